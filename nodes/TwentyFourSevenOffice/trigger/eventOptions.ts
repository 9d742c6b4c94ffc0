/** The events the 24SevenOffice Trigger offers, as the Event list shows them. */
import type { INodePropertyOptions } from 'n8n-workflow';

export const tsoEventOptions: INodePropertyOptions[] = [
	{ name: 'Transaction Created or Changed', value: 'transaction', description: 'A ledger entry was posted or changed' },
];
