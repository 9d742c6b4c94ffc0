/** Sales Order → Get Many: orders changed after a time, optionally of some statuses or one customer, from InvoiceService GetInvoices. */
/*
 * GetInvoices answers every match at once (broad searches time out, so a
 * Changed After time is required); the node keeps the first Limit of them.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { limited, returnAllFields, wantedCount } from '../../../shared/n8n/returnAll';
import { inputError } from '../../../shared/soap/errors';
import type { SoapFields } from '../../../shared/soap/envelope';
import { getInvoicesFields, readOrders } from '../../helpers/salesOrders';
import { serviceDateTime } from '../../helpers/values';
import { callService, serviceRequest } from '../../transport/resourceCall';
import { tsoRun } from '../../transport/run';
import { readDate } from '../fields/dates';
import { ORDER_STATUS_OPTIONS } from '../fields/salesOrderFields';

export const option: Operation['option'] = {
	name: 'Get Many',
	value: 'getMany',
	description: 'Get the sales orders and invoices changed after a given time, optionally only some statuses or one customer',
	action: 'Get many sales orders',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Changed After',
		name: 'changedAfter',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Only orders created or changed after this time (UTC when no zone is given)',
	},
	...returnAllFields(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Customer ID', name: 'customerId', type: 'number', default: 0, description: 'Only orders of this customer' },
			{ displayName: 'Statuses', name: 'statuses', type: 'multiOptions', options: ORDER_STATUS_OPTIONS.map(({ name, value }) => ({ name, value })), default: [], description: 'Only orders with one of these statuses' },
		],
	},
];

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject[]> {
	const { node, context } = operationRun;
	const changedAfter = readDate(node, itemIndex, context.getNodeParameter('changedAfter', itemIndex), 'Changed After');
	const filters = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const customerId = Number(filters.customerId ?? 0);
	if (!Number.isInteger(customerId) || customerId < 0) {
		throw inputError(node, itemIndex, 'The Customer ID filter is not a customer ID', 'Enter the ID of the customer (a whole number), or remove the filter.');
	}
	const statuses = Array.isArray(filters.statuses) ? (filters.statuses as string[]) : [];
	const search: SoapFields = {
		CustomerIds: customerId > 0 ? { int: [customerId] } : undefined,
		ChangedAfter: serviceDateTime(changedAfter),
		OrderStates: statuses.length > 0 ? { OrderSlipStateType: statuses } : undefined,
	};
	const run = await tsoRun(operationRun);
	const result = await callService(run, itemIndex, serviceRequest('InvoiceService', 'GetInvoices', getInvoicesFields(search)));
	return limited(readOrders(result), wantedCount(context, itemIndex));
}
