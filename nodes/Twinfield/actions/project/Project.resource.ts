/** Project resource (Twinfield dimension type PRJ): one line per operation. */
import { getOperation } from '../dimension/get';
import { getManyOperation } from '../dimension/getMany';
import { PROJECT } from '../dimension/kinds';

export const get = getOperation(PROJECT);
export const getMany = getManyOperation(PROJECT);
