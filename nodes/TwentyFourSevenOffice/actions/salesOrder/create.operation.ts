/** Sales Order → Create: one order per input item, with its rows, sent with InvoiceService SaveInvoices in batches; status Invoiced invoices it at once. */
import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { BatchOperation, ItemOutcome, OperationRun } from '../../../shared/n8n/operation';
import type { SoapFields } from '../../../shared/soap/envelope';
import { saveInBatches } from '../../transport/saveBatches';
import { readDay } from '../fields/dates';
import { customerLocator } from '../fields/recordLocators';
import { locatorId, ORDER_STATUS_OPTIONS, orderSave, readRows, rowsField } from '../fields/salesOrderFields';
import { serviceDateTime } from '../../helpers/values';
import { withOrdersReadBack } from './readBack';

export const option: BatchOperation['option'] = {
	name: 'Create',
	value: 'create',
	description: 'Create a sales order with product rows for a customer, as a draft, offer or order, or invoiced at once',
	action: 'Create a sales order',
};

export const properties: INodeProperties[] = [
	customerLocator('The customer (a company of CompanyService) the order is for'),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: ORDER_STATUS_OPTIONS,
		default: 'Web',
		description: 'The status of the new order; Invoiced makes it an invoice at once',
	},
	rowsField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Invoice Date', name: 'dateInvoiced', type: 'dateTime', default: '', description: 'The date of the invoice, when the status is Invoiced; today when empty' },
			{ displayName: 'Invoice Title', name: 'invoiceTitle', type: 'string', default: '', description: 'The title printed on the invoice' },
			{ displayName: 'Order Date', name: 'dateOrdered', type: 'dateTime', default: '', description: 'The date of the order; today when empty' },
			{ displayName: 'Prices Include VAT', name: 'includeVat', type: 'boolean', default: false, description: 'Whether the row prices already include VAT' },
			{ displayName: 'Your Reference', name: 'yourReference', type: 'string', default: '', description: "The customer's reference for the order" },
		],
	},
];

/** One item's InvoiceOrder, in the WSDL's element order. IncludeVAT is required by the schema, so it is always sent. */
function buildOrder(run: OperationRun, itemIndex: number): SoapFields {
	const { context, node } = run;
	const extra = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const date = (name: string, label: string) => (extra[name] ? serviceDateTime(readDay(node, itemIndex, extra[name], label)) : undefined);
	const text = (name: string) => String(extra[name] ?? '').trim() || undefined;
	const status = String(context.getNodeParameter('status', itemIndex, 'Web'));
	return {
		CustomerId: locatorId(node, itemIndex, context.getNodeParameter('customer', itemIndex), 'customer'),
		OrderStatus: status,
		DateOrdered: date('dateOrdered', 'Order Date'),
		// An invoice date means something only for an order that is invoiced now.
		DateInvoiced: status === 'Invoiced' ? date('dateInvoiced', 'Invoice Date') : undefined,
		IncludeVAT: extra.includeVat === true,
		YourReference: text('yourReference'),
		InvoiceTitle: text('invoiceTitle'),
		InvoiceRows: readRows(node, itemIndex, context.getNodeParameter('rows', itemIndex, {}) as IDataObject),
	};
}

export async function executeBatch(run: OperationRun, items: INodeExecutionData[]): Promise<ItemOutcome[]> {
	const outcomes = await saveInBatches(run, items, {
		...orderSave,
		build: (itemIndex) => buildOrder(run, itemIndex),
	});
	return await withOrdersReadBack(run, outcomes);
}
