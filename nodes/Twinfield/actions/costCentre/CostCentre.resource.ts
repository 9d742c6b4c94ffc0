/** Cost Centre resource (Twinfield dimension type KPL): one line per operation. */
import { getOperation } from '../dimension/get';
import { getManyOperation } from '../dimension/getMany';
import { COST_CENTRE } from '../dimension/kinds';

export const get = getOperation(COST_CENTRE);
export const getMany = getManyOperation(COST_CENTRE);
