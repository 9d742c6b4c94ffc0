/** The events the Twinfield Trigger offers, as the Event list shows them. */
import type { INodePropertyOptions } from 'n8n-workflow';

export const twinfieldEventOptions: INodePropertyOptions[] = [
	{ name: 'Customer Created or Changed', value: 'customer', description: 'A customer (dimension type DEB) of the office was created or changed' },
	{ name: 'New Sales Invoice', value: 'salesInvoice', description: 'A sales invoice was made final (posted in the sales daybook); one item per invoice, as Sales Invoice → Get reads it' },
	{ name: 'Open Item Paid', value: 'openItemPaid', description: 'A customer or supplier open item was matched with its payment; one item per transaction line' },
	{ name: 'Supplier Created or Changed', value: 'supplier', description: 'A supplier (dimension type CRD) of the office was created or changed' },
	{ name: 'Transaction Created or Changed', value: 'transaction', description: 'A transaction of a daybook (sales, purchase, journal or bank) was booked or changed; one item per line' },
];
