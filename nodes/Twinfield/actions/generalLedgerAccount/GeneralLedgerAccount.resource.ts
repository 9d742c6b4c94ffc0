/** General Ledger Account resource (Twinfield dimension types BAS and PNL): one line per operation. */
import { getOperation } from '../dimension/get';
import { getManyOperation } from '../dimension/getMany';
import { GENERAL_LEDGER_ACCOUNT } from '../dimension/kinds';

export const get = getOperation(GENERAL_LEDGER_ACCOUNT);
export const getMany = getManyOperation(GENERAL_LEDGER_ACCOUNT);
