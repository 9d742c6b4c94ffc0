/** Supplier resource (Twinfield dimension type CRD): one line per operation. */
import { createOperation } from '../dimension/create';
import { deleteOperation } from '../dimension/delete';
import { getOperation } from '../dimension/get';
import { getManyOperation } from '../dimension/getMany';
import { SUPPLIER } from '../dimension/kinds';
import { updateOperation } from '../dimension/update';

export const create = createOperation(SUPPLIER);
const deleteSupplier = deleteOperation(SUPPLIER);
export const get = getOperation(SUPPLIER);
export const getMany = getManyOperation(SUPPLIER);
export const update = updateOperation(SUPPLIER);
export { deleteSupplier as delete };
