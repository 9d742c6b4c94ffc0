/** The events the 24SevenOffice Trigger offers, as the Event list shows them. */
import type { INodePropertyOptions } from 'n8n-workflow';

export const tsoEventOptions: INodePropertyOptions[] = [
	{ name: 'Customer Created or Changed', value: 'customer', description: 'A customer (company) in the CRM was created or changed' },
	{ name: 'Product Created or Changed', value: 'product', description: 'A product was created or changed' },
	{ name: 'Sales Order Created or Changed', value: 'salesOrder', description: 'A sales order, offer or invoice was created or changed (invoicing an order changes it)' },
	{ name: 'Transaction Created or Changed', value: 'transaction', description: 'A ledger entry was posted or changed' },
];
