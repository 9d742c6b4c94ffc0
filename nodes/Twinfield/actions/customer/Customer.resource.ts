/** Customer resource (Twinfield dimension type DEB): one line per operation. */
import { createOperation } from '../dimension/create';
import { deleteOperation } from '../dimension/delete';
import { getOperation } from '../dimension/get';
import { getManyOperation } from '../dimension/getMany';
import { CUSTOMER } from '../dimension/kinds';
import { updateOperation } from '../dimension/update';

export const create = createOperation(CUSTOMER);
const deleteCustomer = deleteOperation(CUSTOMER);
export const get = getOperation(CUSTOMER);
export const getMany = getManyOperation(CUSTOMER);
export const update = updateOperation(CUSTOMER);
export { deleteCustomer as delete };
