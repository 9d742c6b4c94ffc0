/** The Twinfield Trigger's fields: how to sign in, the event, the office (as the resources name it), and where to start. */
import type { INodeProperties } from 'n8n-workflow';

import { eventField, eventSubtitle, startFromOptions } from '../../shared/n8n/triggerFields';
import { twinfieldEventOptions } from './eventOptions';

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{ name: 'OAuth2 (Recommended)', value: 'oAuth2' },
			{ name: 'User and Password', value: 'password' },
		],
		default: 'oAuth2',
		description: 'How to sign in to Twinfield. Most organisations only allow OAuth2 since 2021.',
	},
	eventField(twinfieldEventOptions, twinfieldEventOptions[0].value as string),
	{
		displayName: 'Office',
		name: 'office',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The Twinfield office (administration) to watch',
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchOffices', searchable: true } },
			{ displayName: 'By Code', name: 'id', type: 'string', placeholder: 'e.g. 001' },
		],
	},
	{
		displayName: 'Daybook Type',
		name: 'daybookType',
		type: 'options',
		options: [
			{ name: 'Bank (BNK)', value: 'bank' },
			{ name: 'Journal (MEMO)', value: 'journal' },
			{ name: 'Purchase (INK)', value: 'purchase' },
			{ name: 'Sales (VRK)', value: 'sales' },
		],
		default: 'sales',
		displayOptions: { show: { event: ['transaction'] } },
		description: 'Which daybook to watch, by its usual code',
	},
	{
		displayName: 'Daybook Code',
		name: 'daybookCode',
		type: 'string',
		default: '',
		placeholder: 'VRK',
		displayOptions: { show: { event: ['transaction', 'salesInvoice'] } },
		description: "The daybook's code in this office when it is not the usual one of its type (sales: VRK); empty uses the usual code",
	},
	{
		// Written out here rather than imported, so the trigger's fields load without the resources' code.
		displayName: 'Invoice Type',
		name: 'invoiceType',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'id', value: 'FACTUUR' },
		displayOptions: { show: { event: ['salesInvoice'] } },
		description: "The invoice type whose new invoices to put out; Twinfield numbers each type's invoices on their own. Its standard type is FACTUUR.",
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchInvoiceTypes', searchable: true } },
			{ displayName: 'By Code', name: 'id', type: 'string', placeholder: 'FACTUUR', hint: 'The invoice type code, e.g. FACTUUR' },
		],
	},
	{
		displayName: 'Ledger',
		name: 'ledger',
		type: 'options',
		options: [
			{ name: 'Customers (Accounts Receivable)', value: 'customers' },
			{ name: 'Suppliers (Accounts Payable)', value: 'suppliers' },
		],
		default: 'customers',
		displayOptions: { show: { event: ['openItemPaid'] } },
		description: 'Whose open items to watch: sales invoices paid by customers, or purchase invoices paid to suppliers',
	},
	startFromOptions,
];

export const triggerSubtitle = eventSubtitle(twinfieldEventOptions);
