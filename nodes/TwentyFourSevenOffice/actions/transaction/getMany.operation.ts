/** Transaction → Get Many: posted entries from TransactionService GetTransactions, searched window by window over a date range. */
/*
 * GetTransactions answers every match of a search at once, so a long range
 * is asked for in windows of some days, oldest first, and the node stops
 * asking once it has as many entries as the Limit.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { returnAllFields, wantedCount } from '../../../shared/n8n/returnAll';
import { inputError } from '../../../shared/soap/errors';
import type { SoapFields } from '../../../shared/soap/envelope';
import { dateWindows, readTransactions, type DateWindow } from '../../helpers/transactions';
import { serviceDateTime } from '../../helpers/values';
import { callService, serviceRequest } from '../../transport/resourceCall';
import { tsoRun } from '../../transport/run';
import { accountLocator } from '../fields/accountLocators';
import { readDay } from '../fields/dates';

export const option: Operation['option'] = {
	name: 'Get Many',
	value: 'getMany',
	description: 'Get posted ledger entries between two dates, optionally of one account or one customer',
	action: 'Get many transactions',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'From Date',
		name: 'dateFrom',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The first day to search, included',
	},
	{
		displayName: 'To Date',
		name: 'dateTo',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The last day to search, included up to its end',
	},
	{
		displayName: 'Search By',
		name: 'dateField',
		type: 'options',
		options: [
			{ name: 'Entry Date', value: 'EntryDate', description: 'The date the entry is booked on' },
			{ name: 'Date Changed', value: 'DateChangedUTC', description: 'When the entry was created or last changed, in UTC' },
		],
		default: 'EntryDate',
		description: 'Which date of the entries the range applies to',
	},
	accountLocator('account', 'Account', 'Only entries on this account; leave empty for all accounts', false),
	...returnAllFields({ hint: 'The node asks 24SevenOffice once per window of days in the range' }),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Customer ID', name: 'customerId', type: 'number', default: 0, description: 'Only entries of this customer' },
			{ displayName: 'Days Per Request', name: 'windowDays', type: 'number', typeOptions: { minValue: 1, maxValue: 366 }, default: 31, description: 'How many days one request to 24SevenOffice covers; smaller windows keep each answer small' },
			{ displayName: 'From Voucher Number', name: 'transactionNoFrom', type: 'number', default: 0, description: 'Only vouchers from this number on' },
			{ displayName: 'To Voucher Number', name: 'transactionNoTo', type: 'number', default: 0, description: 'Only vouchers up to this number' },
		],
	},
];

interface Search {
	dateField: string;
	accountNo?: number;
	customerId?: number;
	transactionNoFrom?: number;
	transactionNoTo?: number;
}

function positive(value: unknown): number | undefined {
	const number = Number(value);
	return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** The search in the WSDL's element order; the required nillable elements are sent as nil. */
function searchFields(search: Search, window: DateWindow): SoapFields {
	return {
		searchParams: {
			DateSearchParameters: search.dateField,
			DateStart: serviceDateTime(window.start),
			DateEnd: serviceDateTime(window.end),
			CustomerId: search.customerId,
			AccountNoStart: search.accountNo,
			AccountNoEnd: search.accountNo,
			TransactionNoStart: search.transactionNoFrom,
			TransactionNoEnd: search.transactionNoTo,
			SystemType: null,
			HasInvoiceId: null,
		},
	};
}

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject[]> {
	const run = await tsoRun(operationRun);
	const { context } = run;
	const node = operationRun.node;
	const from = readDay(node, itemIndex, context.getNodeParameter('dateFrom', itemIndex), 'From Date');
	const to = readDay(node, itemIndex, context.getNodeParameter('dateTo', itemIndex), 'To Date');
	if (from > to) {
		throw inputError(node, itemIndex, 'From Date is after To Date', 'Choose a From Date on or before the To Date.');
	}
	const account = String(context.getNodeParameter('account', itemIndex, '', { extractValue: true }) ?? '').trim();
	if (account && !/^\d+$/.test(account)) {
		throw inputError(node, itemIndex, `"${account.slice(0, 40)}" is not an account number`, 'Choose the account from the list, or enter its number (digits only).');
	}
	const filters = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const search: Search = {
		dateField: context.getNodeParameter('dateField', itemIndex, 'EntryDate') === 'DateChangedUTC' ? 'DateChangedUTC' : 'EntryDate',
		accountNo: account ? Number(account) : undefined,
		customerId: positive(filters.customerId),
		transactionNoFrom: positive(filters.transactionNoFrom),
		transactionNoTo: positive(filters.transactionNoTo),
	};
	const days = positive(filters.windowDays) ?? 31;
	const wanted = wantedCount(context, itemIndex);
	const found: IDataObject[] = [];
	for (const window of dateWindows(from, to, Math.min(days, 366))) {
		const result = await callService(run, itemIndex, serviceRequest('TransactionService', 'GetTransactions', searchFields(search, window)));
		found.push(...readTransactions(result));
		if (found.length >= wanted) return found.slice(0, wanted);
	}
	return found;
}
