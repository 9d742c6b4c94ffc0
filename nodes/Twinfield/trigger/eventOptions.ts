/** The events the Twinfield Trigger offers, as the Event list shows them. */
import type { INodePropertyOptions } from 'n8n-workflow';

export const twinfieldEventOptions: INodePropertyOptions[] = [
	{ name: 'Customer Created or Changed', value: 'customer', description: 'A customer (dimension type DEB) of the office was created or changed' },
	{ name: 'Supplier Created or Changed', value: 'supplier', description: 'A supplier (dimension type CRD) of the office was created or changed' },
	{ name: 'Transaction Created or Changed', value: 'transaction', description: 'A transaction of a daybook (sales, purchase, journal or bank) was booked or changed; one item per line' },
];
