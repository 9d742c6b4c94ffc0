/** Transaction → Get Many: transaction lines from a Twinfield browse, one item per line, filtered by period, account, customer or supplier. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { optionsField } from '../../../shared/n8n/options';
import { limited, returnAllFields, wantedCount } from '../../../shared/n8n/returnAll';
import { inputError } from '../../../shared/soap/errors';
import { refusalError } from '../../helpers/refusal';
import { browseLines, browseXml, type BrowseFilters, type Ledger } from '../../helpers/transactionBrowse';
import { twinfieldPeriod, twinfieldStamp } from '../../helpers/twinfieldValues';
import { sendProcessXml } from '../../transport/processXml';
import { sessionSourceProperties } from '../fields/sessionSource';
import { locatorCode, officeField, optionalDimension } from './fields';

export const option: Operation['option'] = {
	name: 'Get Many',
	value: 'getMany',
	description: 'Get transaction lines of a period range, one item per line, optionally only the open items of customers or suppliers',
	action: 'Get many transaction lines',
};

export const properties: INodeProperties[] = [
	...sessionSourceProperties,
	officeField,
	{
		displayName: 'Ledger',
		name: 'ledger',
		type: 'options',
		options: [
			{ name: 'Customers (Accounts Receivable)', value: 'customers', description: 'Lines on customers, with match status, open amount and due date' },
			{ name: 'General Ledger (All Lines)', value: 'generalLedger', description: 'Every line of every transaction' },
			{ name: 'Suppliers (Accounts Payable)', value: 'suppliers', description: 'Lines on suppliers, with match status, open amount and due date' },
		],
		default: 'generalLedger',
		description: 'Which lines to list',
	},
	{
		displayName: 'From Period',
		name: 'periodFrom',
		type: 'string',
		required: true,
		default: '',
		placeholder: '2026/01',
		description: 'The first period, as YYYY/PP. Twinfield advises one book year per request.',
	},
	{
		displayName: 'To Period',
		name: 'periodTo',
		type: 'string',
		required: true,
		default: '',
		placeholder: '2026/12',
		description: 'The last period, as YYYY/PP',
	},
	{
		...optionalDimension('customer', 'Customer', 'searchCustomers', '1000', 'Only the lines of this customer; leave empty for all'),
		displayOptions: { show: { ledger: ['customers'] } },
	},
	{
		...optionalDimension('supplier', 'Supplier', 'searchSuppliers', '2000', 'Only the lines of this supplier; leave empty for all'),
		displayOptions: { show: { ledger: ['suppliers'] } },
	},
	{
		displayName: 'Open Items Only',
		name: 'openOnly',
		type: 'boolean',
		default: false,
		displayOptions: { show: { ledger: ['customers', 'suppliers'] } },
		description: 'Whether to list only lines not yet paid or matched (match status available)',
	},
	...returnAllFields({ hint: 'Twinfield answers a browse whole, in one request; Limit only shortens the output' }),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				...optionalDimension('glAccount', 'General Ledger Account', 'searchGeneralLedgerAccounts', '8000', 'Only the lines on this general ledger account'),
			},
			{
				displayName: 'Daybook Code',
				name: 'daybook',
				type: 'string',
				default: '',
				placeholder: 'VRK',
				description: 'Only the transactions of this daybook (transaction type)',
			},
			{
				displayName: 'Modified Since',
				name: 'modifiedSince',
				type: 'dateTime',
				default: '',
				description: 'Only transactions changed at or after this moment (UTC when no zone is given)',
			},
		],
	},
	optionsField(),
];

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const { context, node } = run;
	const parameter = <T>(name: string, fallback: T) => context.getNodeParameter(name, itemIndex, fallback) as T;
	const office = locatorCode(parameter('office', ''));
	if (office === '') throw inputError(node, itemIndex, 'No office is given', 'Choose the Twinfield office (administration) to list the lines of.');
	const ledgerValue = parameter<string>('ledger', 'generalLedger');
	const ledger: Ledger = ledgerValue === 'customers' || ledgerValue === 'suppliers' ? ledgerValue : 'generalLedger';
	const periods = ['periodFrom', 'periodTo'].map((name) => {
		const text = String(parameter(name, '')).trim();
		const period = twinfieldPeriod(text);
		if (!period) throw inputError(node, itemIndex, `The period "${text.slice(0, 20)}" is not a period`, 'Write From Period and To Period as YYYY/PP, e.g. 2026/01 and 2026/12.');
		return period;
	});
	const filters: BrowseFilters = { office, ledger, periodFrom: periods[0], periodTo: periods[1] };
	if (ledger !== 'generalLedger') {
		filters.relation = locatorCode(parameter(ledger === 'customers' ? 'customer' : 'supplier', '')) || undefined;
		filters.openOnly = parameter<boolean>('openOnly', false) === true;
	}
	filters.glAccount = locatorCode(parameter('filters.glAccount', '')) || undefined;
	filters.daybook = String(parameter('filters.daybook', '')).trim() || undefined;
	const since = String(parameter('filters.modifiedSince', '') ?? '').trim();
	if (since !== '') {
		filters.modifiedSince = twinfieldStamp(since);
		if (!filters.modifiedSince) throw inputError(node, itemIndex, `Modified Since "${since.slice(0, 40)}" is not a date`, 'Give a date and time, e.g. 2026-02-01T00:00:00Z, or remove the filter.');
	}
	const { root, sent } = await sendProcessXml(run, itemIndex, browseXml(filters), undefined, { fairUseRetries: true, company: office });
	if (root.name !== 'browse' || root.attributes.result !== '1') {
		throw refusalError({ helpers: context.helpers, node, itemIndex }, root, sent, `Twinfield could not list the transaction lines of office ${office}`, 'Check the office, the periods and the filters.');
	}
	return limited(browseLines(root), wantedCount(context, itemIndex));
};
