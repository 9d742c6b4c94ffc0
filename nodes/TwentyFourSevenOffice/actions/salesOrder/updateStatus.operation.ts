/** Sales Order → Update Status: moves orders to another status with InvoiceService SaveInvoices in batches, e.g. an order to Invoiced; invoiced ones cannot change. */
import type { INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { BatchOperation, ItemOutcome, OperationRun } from '../../../shared/n8n/operation';
import { serviceDateTime } from '../../helpers/values';
import { saveInBatches } from '../../transport/saveBatches';
import { readDay } from '../fields/dates';
import { orderIdField, readOrderId } from '../fields/orderId';
import { ORDER_STATUS_OPTIONS, orderSave } from '../fields/salesOrderFields';
import { withOrdersReadBack } from './readBack';

export const option: BatchOperation['option'] = {
	name: 'Update Status',
	value: 'updateStatus',
	description: 'Change the status of a sales order, e.g. from order to invoiced; an invoiced order cannot change',
	action: 'Update the status of a sales order',
};

export const properties: INodeProperties[] = [
	orderIdField,
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: ORDER_STATUS_OPTIONS,
		default: 'Invoiced',
		description: 'The new status; Invoiced invoices the order',
	},
	{
		displayName: 'Invoice Date',
		name: 'dateInvoiced',
		type: 'dateTime',
		default: '',
		description: 'The date of the invoice; today when empty',
		displayOptions: { show: { status: ['Invoiced'] } },
	},
];

export async function executeBatch(run: OperationRun, items: INodeExecutionData[]): Promise<ItemOutcome[]> {
	const { context, node } = run;
	const outcomes = await saveInBatches(run, items, {
		...orderSave,
		// Only the Id and the status: what is not sent stays as it is.
		build: (itemIndex) => {
			const status = String(context.getNodeParameter('status', itemIndex, 'Invoiced'));
			const invoiceDate = status === 'Invoiced' ? context.getNodeParameter('dateInvoiced', itemIndex, '') : '';
			return {
				OrderId: readOrderId(node, itemIndex, context.getNodeParameter('orderId', itemIndex, '', { extractValue: true })),
				OrderStatus: status,
				DateInvoiced: invoiceDate ? serviceDateTime(readDay(node, itemIndex, invoiceDate, 'Invoice Date')) : undefined,
				IncludeVAT: null,
			};
		},
	});
	return await withOrdersReadBack(run, outcomes);
}
