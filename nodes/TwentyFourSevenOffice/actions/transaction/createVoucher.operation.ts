/** Transaction → Create Voucher: one voucher of balanced lines, posted with AccountService SaveBundleList as a bundle of its own. */
/*
 * The node checks before sending that the lines balance (debits positive,
 * credits negative, two decimals at most) and says by how much they do not.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { inputError } from '../../../shared/soap/errors';
import type { SoapFields } from '../../../shared/soap/envelope';
import { serviceDateTime } from '../../helpers/values';
import { centsText, toCents, voucherBalance } from '../../helpers/voucher';
import { callService, serviceRequest } from '../../transport/resourceCall';
import { tsoRun } from '../../transport/run';
import { accountLocator, taxCodeLocator } from '../fields/accountLocators';
import { readDay } from '../fields/dates';

export const option: Operation['option'] = {
	name: 'Create Voucher',
	value: 'createVoucher',
	description: 'Post a voucher of ledger lines whose debits and credits balance, to the journal for review or straight to the ledger',
	action: 'Create a voucher',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The date of the voucher and its lines; its year is the fiscal year, which must be set up in 24SevenOffice',
	},
	{
		displayName: 'Voucher Number',
		name: 'transactionNo',
		type: 'number',
		required: true,
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'The number of the voucher (TransactionNo) in its voucher series',
	},
	{
		displayName: 'Post To',
		name: 'saveOption',
		type: 'options',
		options: [
			{ name: 'Journal (for Review)', value: 'journal', description: 'Saved in a journal that someone approves in 24SevenOffice' },
			{ name: 'Ledger', value: 'ledger', description: 'Posted to the ledger at once' },
		],
		default: 'journal',
		description: 'Where the voucher goes',
	},
	{
		displayName: 'Voucher Type',
		name: 'voucherType',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 1,
		description: 'The voucher series: the No of a transaction type from TransactionService GetTransactionTypes. Used for the journal only.',
	},
	{
		displayName: 'Lines',
		name: 'lines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line',
		default: {},
		description: 'The lines of the voucher; their amounts must add up to zero',
		options: [
			{
				displayName: 'Line',
				name: 'line',
				values: [
					accountLocator('account', 'Account', 'The account the line is posted on', true),
					{
						displayName: 'Amount',
						name: 'amount',
						type: 'number',
						typeOptions: { numberPrecision: 2 },
						default: 0,
						description: 'Positive for a debit, negative for a credit, with at most two decimals',
					},
					taxCodeLocator('taxCode', 'The VAT code of the line; leave empty for none'),
					{ displayName: 'Customer ID', name: 'customerId', type: 'number', default: 0, description: 'The customer of the line, e.g. on the receivables account; 0 for none' },
					{ displayName: 'Invoice Number', name: 'invoiceNo', type: 'string', default: '', description: 'The invoice the line refers to, if any' },
					{ displayName: 'Comment', name: 'comment', type: 'string', default: '', description: 'Text shown with the line' },
				],
			},
		],
	},
	{
		displayName: 'Bundle Name',
		name: 'bundleName',
		type: 'string',
		default: 'n8n',
		description: 'The name of the bundle the voucher is sent in, shown in 24SevenOffice',
	},
];

interface Line {
	accountNo: number;
	cents: number;
	taxNo?: number;
	customerId?: number;
	invoiceNo?: string;
	comment?: string;
}

function locatorValue(value: unknown): string {
	if (value !== null && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value ?? '').trim();
	return String(value ?? '').trim();
}

function readLines(run: OperationRun, itemIndex: number): Line[] {
	const { node } = run;
	const raw = (run.context.getNodeParameter('lines', itemIndex, {}) as IDataObject).line;
	const lines = Array.isArray(raw) ? (raw as IDataObject[]) : [];
	if (lines.length < 2) {
		throw inputError(node, itemIndex, `A voucher needs at least two lines, it has ${lines.length}`, 'Add a debit line (positive amount) and a credit line (negative amount) under Lines.');
	}
	return lines.map((line, index) => {
		const account = locatorValue(line.account);
		if (!/^\d+$/.test(account)) {
			throw inputError(node, itemIndex, `Line ${index + 1} has no account number`, 'Choose the account of every line from the list, or enter its number (digits only).');
		}
		const cents = toCents(Number(line.amount));
		if (cents === undefined) {
			throw inputError(node, itemIndex, `The amount of line ${index + 1} is not an amount with at most two decimals`, `24SevenOffice takes amounts with up to two decimals. It was ${String(line.amount).slice(0, 40)}.`);
		}
		const tax = locatorValue(line.taxCode);
		if (tax && !/^\d+$/.test(tax)) {
			throw inputError(node, itemIndex, `The tax code of line ${index + 1} is not a number`, 'Choose the tax code from the list, or enter its number (digits only), or leave it empty.');
		}
		const customerId = Number(line.customerId);
		return {
			accountNo: Number(account),
			cents,
			taxNo: tax ? Number(tax) : undefined,
			customerId: Number.isInteger(customerId) && customerId > 0 ? customerId : undefined,
			invoiceNo: String(line.invoiceNo ?? '').trim() || undefined,
			comment: String(line.comment ?? '') || undefined,
		};
	});
}

/** The entry in the WSDL's element order. */
function entry(line: Line, date: string): SoapFields {
	return {
		CustomerId: line.customerId,
		AccountNo: line.accountNo,
		Date: date,
		Amount: centsText(line.cents),
		InvoiceReferenceNo: line.invoiceNo,
		TaxNo: line.taxNo,
		Comment: line.comment,
	};
}

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject> {
	const { node, context } = operationRun;
	const day = readDay(node, itemIndex, context.getNodeParameter('date', itemIndex), 'Date');
	const transactionNo = Number(context.getNodeParameter('transactionNo', itemIndex));
	if (!Number.isInteger(transactionNo) || transactionNo < 1) {
		throw inputError(node, itemIndex, 'The Voucher Number must be a whole number from 1', 'Enter the number of the voucher in its series.');
	}
	const lines = readLines(operationRun, itemIndex);
	const balance = voucherBalance(lines.map((line) => line.cents));
	if (balance.differenceCents !== 0) {
		const more = balance.differenceCents > 0 ? 'debits exceed the credits' : 'credits exceed the debits';
		throw inputError(
			node,
			itemIndex,
			`The voucher does not balance: the ${more} by ${centsText(Math.abs(balance.differenceCents))}`,
			`Debits (positive amounts) add up to ${centsText(balance.debitCents)} and credits (negative amounts) to ${centsText(balance.creditCents)}; they must be equal. Nothing was sent.`,
		);
	}
	const ledger = context.getNodeParameter('saveOption', itemIndex, 'journal') === 'ledger';
	const voucherType = Number(context.getNodeParameter('voucherType', itemIndex, 1));
	const date = serviceDateTime(day);
	const yearId = day.getUTCFullYear();
	const fields: SoapFields = {
		BundleList: {
			Bundles: {
				Bundle: {
					YearId: yearId,
					Vouchers: { Voucher: { TransactionNo: transactionNo, Entries: { Entry: lines.map((line) => entry(line, date)) }, Sort: voucherType } },
					Sort: voucherType,
					Name: String(context.getNodeParameter('bundleName', itemIndex, 'n8n')) || 'n8n',
				},
			},
			AllowDifference: false,
			SaveOption: ledger ? 0 : 1,
		},
	};
	const run = await tsoRun(operationRun);
	await callService(run, itemIndex, serviceRequest('AccountService', 'SaveBundleList', fields));
	return {
		transactionNo,
		date: day.toISOString(),
		yearId,
		postedTo: ledger ? 'ledger' : 'journal',
		lineCount: lines.length,
		totalDebit: balance.debitCents / 100,
		totalCredit: balance.creditCents / 100,
	};
}
