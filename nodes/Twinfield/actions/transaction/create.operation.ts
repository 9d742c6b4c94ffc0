/** Transaction → Create: one Twinfield transaction per item, sent in batches of 25, each answered as Twinfield saved it. */
import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { BatchOperation, ItemOutcome, OperationRun } from '../../../shared/n8n/operation';
import { optionsField } from '../../../shared/n8n/options';
import { inputError } from '../../../shared/soap/errors';
import { transactionJson } from '../../helpers/transactionRead';
import { imbalance, transactionXml, type DaybookKind, type TransactionInput, type TransactionLineInput } from '../../helpers/transactionXml';
import { centsText, twinfieldDate, twinfieldPeriod } from '../../helpers/twinfieldValues';
import { saveBatch, type BatchDocument } from '../../transport/saveBatch';
import { sessionSourceProperties } from '../fields/sessionSource';
import { dimensionLocator } from '../fields/locators';
import { locatorCode, officeField, optionalDimension } from './fields';

export const option: BatchOperation['option'] = {
	name: 'Create',
	value: 'create',
	description: 'Book a journal, sales or purchase transaction in Twinfield, provisional unless Final is chosen',
	action: 'Create a transaction',
};

const salesOrPurchase = { show: { daybookType: ['sales', 'purchase'] } };

export const properties: INodeProperties[] = [
	...sessionSourceProperties,
	officeField,
	{
		displayName: 'Daybook Type',
		name: 'daybookType',
		type: 'options',
		options: [
			{ name: 'Journal (MEMO)', value: 'journal', description: 'A memorial entry: detail lines only' },
			{ name: 'Purchase (INK)', value: 'purchase', description: 'A purchase invoice: one line on the supplier (the gross amount) and cost lines' },
			{ name: 'Sales (VRK)', value: 'sales', description: 'A sales invoice: one line on the customer (the gross amount) and revenue lines' },
		],
		default: 'journal',
		description: 'What kind of transaction this is; it decides how the lines are read',
	},
	{
		displayName: 'Daybook Code',
		name: 'daybookCode',
		type: 'string',
		default: '',
		placeholder: 'VRK',
		description: "The daybook (transaction type) code in Twinfield. Leave empty for the usual code of the daybook type: MEMO, VRK or INK.",
	},
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The transaction date; Twinfield takes the period from it unless Period is set',
	},
	{
		displayName: 'Invoice Number',
		name: 'invoiceNumber',
		type: 'string',
		required: true,
		default: '',
		displayOptions: salesOrPurchase,
		description: 'The invoice number of the sales or purchase invoice',
	},
	{
		displayName: 'Due Date',
		name: 'dueDate',
		type: 'dateTime',
		default: '',
		displayOptions: salesOrPurchase,
		description: 'When the invoice must be paid. Empty lets Twinfield take the payment term of the customer or supplier.',
	},
	{
		displayName: 'Lines',
		name: 'lines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line',
		default: {},
		description: 'The lines of the transaction; debit and credit must balance',
		options: [
			{
				displayName: 'Line',
				name: 'line',
				values: [
					dimensionLocator('glAccount', 'General Ledger Account', 'searchGeneralLedgerAccounts', '8000', 'The general ledger account of the line, e.g. 8000 for revenue or 1300 for debtors'),
					optionalDimension('customer', 'Customer', 'searchCustomers', '1000', 'The customer of the line (on the debtors account, e.g. 1300); in a sales transaction this line holds the invoice total'),
					optionalDimension('supplier', 'Supplier', 'searchSuppliers', '2000', 'The supplier of the line (on the creditors account, e.g. 1600); in a purchase transaction this line holds the invoice total'),
					{
						displayName: 'Amount',
						name: 'amount',
						type: 'number',
						typeOptions: { numberPrecision: 2, minValue: 0 },
						default: 0,
						description: 'The amount, positive, with at most two decimals; Debit or Credit gives the side',
					},
					{
						displayName: 'Cost Centre',
						name: 'costCentre',
						type: 'string',
						default: '',
						description: 'The cost centre code, on a profit and loss line',
					},
					{
						displayName: 'Debit or Credit',
						name: 'debitCredit',
						type: 'options',
						options: [
							{ name: 'Debit', value: 'debit' },
							{ name: 'Credit', value: 'credit' },
						],
						default: 'debit',
						description: 'Which side of the account the amount is on',
					},
					{
						displayName: 'Description',
						name: 'description',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Project',
						name: 'project',
						type: 'string',
						default: '',
						description: 'The project code, on a profit and loss line',
					},
					{
						displayName: 'VAT Code',
						name: 'vatCode',
						type: 'string',
						default: '',
						placeholder: 'VH',
						description: 'The VAT code of a revenue or cost line, e.g. VH (sales, high rate) or IH (purchase, high rate); Twinfield adds the VAT lines',
					},
				],
			},
		],
	},
	{
		displayName: 'Save As',
		name: 'saveAs',
		type: 'options',
		options: [
			{ name: 'Provisional (Draft)', value: 'temporary', description: 'Saved for review: it can still be changed or deleted in Twinfield' },
			{ name: 'Final', value: 'final', description: 'Booked for good: it can no longer be changed' },
		],
		default: 'temporary',
		description: 'Whether Twinfield keeps the transaction provisional for a person to check, or books it final',
	},
	optionsField([
		{
			displayName: 'Period',
			name: 'period',
			type: 'string',
			default: '',
			placeholder: '2026/02',
			description: 'The period as YYYY/PP, when it is not the one of the date (e.g. 0 for an opening balance, 55 for year-end entries)',
		},
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: 'EUR',
			description: 'The currency code of the amounts',
		},
		{
			displayName: 'Save Despite Warnings',
			name: 'allowWarnings',
			type: 'boolean',
			default: false,
			description: 'Whether to save when Twinfield only warns (raisewarning="false"); by default a warning stops the save',
		},
	]),
];

const DEFAULT_DAYBOOKS: Record<DaybookKind, string> = { journal: 'MEMO', sales: 'VRK', purchase: 'INK' };
const MAX_LINES = 1000;

function readLine(node: INode, itemIndex: number, raw: IDataObject, position: number): TransactionLineInput {
	const where = `Line ${position}`;
	const glAccount = locatorCode(raw.glAccount);
	if (glAccount === '') throw inputError(node, itemIndex, `${where} has no general ledger account`, 'Choose the general ledger account of every line, e.g. 8000 for revenue.');
	const amount = Number(raw.amount);
	if (!Number.isFinite(amount) || amount < 0) {
		throw inputError(node, itemIndex, `${where} has the amount ${String(raw.amount)}, which is not a positive number`, 'Give the amount as a positive number and choose Debit or Credit for its side.');
	}
	const cents = Math.round(amount * 100);
	if (Math.abs(amount * 100 - cents) > 1e-6) {
		throw inputError(node, itemIndex, `${where} has the amount ${amount} with more than two decimals`, 'Round the amount to cents: Twinfield takes at most two decimals.');
	}
	const customer = locatorCode(raw.customer);
	const supplier = locatorCode(raw.supplier);
	const costCentre = String(raw.costCentre ?? '').trim();
	const filled = [customer && 'Customer', supplier && 'Supplier', costCentre && 'Cost Centre'].filter(Boolean);
	if (filled.length > 1) {
		throw inputError(node, itemIndex, `${where} has both ${filled.join(' and ')}`, 'A line has one second dimension: a customer, a supplier or a cost centre. Split it into two lines.');
	}
	return {
		glAccount,
		customer: customer || undefined,
		supplier: supplier || undefined,
		costCentre: costCentre || undefined,
		project: String(raw.project ?? '').trim() || undefined,
		debitCredit: raw.debitCredit === 'credit' ? 'credit' : 'debit',
		cents,
		vatCode: String(raw.vatCode ?? '').trim() || undefined,
		description: String(raw.description ?? '') || undefined,
	};
}

/** The item's transaction, checked as far as the node can before sending. */
export function readTransactionInput(context: IExecuteFunctions, node: INode, itemIndex: number): TransactionInput {
	const parameter = <T>(name: string, fallback: T) => context.getNodeParameter(name, itemIndex, fallback) as T;
	const office = locatorCode(parameter('office', ''));
	if (office === '') throw inputError(node, itemIndex, 'No office is given', 'Choose the Twinfield office (administration) to book in.');
	const kindValue = parameter<string>('daybookType', 'journal');
	const kind: DaybookKind = kindValue === 'sales' || kindValue === 'purchase' ? kindValue : 'journal';
	const daybook = String(parameter('daybookCode', '')).trim() || DEFAULT_DAYBOOKS[kind];
	const date = twinfieldDate(parameter('date', ''));
	if (!date) throw inputError(node, itemIndex, `The date "${String(parameter('date', ''))}" is not a date`, 'Give the transaction date, e.g. 2026-02-15.');
	const periodText = String(parameter('options.period', '')).trim();
	const period = periodText === '' ? undefined : twinfieldPeriod(periodText);
	if (periodText !== '' && !period) throw inputError(node, itemIndex, `The period "${periodText}" is not a period`, 'Write the period as YYYY/PP, e.g. 2026/02, or leave it empty to take it from the date.');
	const input: TransactionInput = {
		office,
		daybook,
		kind,
		date,
		period,
		currency: String(parameter('options.currency', 'EUR')).trim().toUpperCase() || 'EUR',
		final: parameter<string>('saveAs', 'temporary') === 'final',
		allowWarnings: parameter<boolean>('options.allowWarnings', false) === true,
		lines: [],
	};
	if (kind !== 'journal') {
		input.invoiceNumber = String(parameter('invoiceNumber', '')).trim();
		if (input.invoiceNumber === '') throw inputError(node, itemIndex, `A ${kind} transaction needs an invoice number`, 'Fill in Invoice Number.');
		const dueText = String(parameter('dueDate', '') ?? '').trim();
		input.dueDate = dueText === '' ? undefined : twinfieldDate(dueText);
		if (dueText !== '' && !input.dueDate) throw inputError(node, itemIndex, `The due date "${dueText}" is not a date`, 'Give the due date, e.g. 2026-03-15, or leave it empty.');
	}
	const rawLines = parameter<{ line?: IDataObject[] }>('lines', {}).line ?? [];
	input.lines = rawLines.map((raw, index) => readLine(node, itemIndex, raw, index + 1));
	checkLines(node, itemIndex, input);
	return input;
}

function checkLines(node: INode, itemIndex: number, input: TransactionInput): void {
	const { lines, kind } = input;
	if (lines.length < 2) throw inputError(node, itemIndex, `The transaction has ${lines.length} line${lines.length === 1 ? '' : 's'}; Twinfield needs at least two`, 'Add lines so that debit and credit balance, e.g. one debit and one credit line.');
	if (lines.length > MAX_LINES) throw inputError(node, itemIndex, `The transaction has ${lines.length} lines; Twinfield takes at most ${MAX_LINES}`, 'Split it into several transactions.');
	if (kind !== 'journal') {
		const party = kind === 'sales' ? 'customer' : 'supplier';
		const other = kind === 'sales' ? 'supplier' : 'customer';
		const totals = lines.filter((line) => line[party]).length;
		if (totals !== 1) {
			throw inputError(node, itemIndex, `A ${kind} transaction needs exactly one line with a ${party}; this one has ${totals}`, `Put the ${party} on the one line with the invoice total (on the ${kind === 'sales' ? 'debtors' : 'creditors'} account), and leave it empty on the other lines.`);
		}
		if (lines.some((line) => line[other])) throw inputError(node, itemIndex, `A ${kind} transaction has no ${other} lines`, `Remove the ${other}, or choose the daybook type that fits.`);
	}
	const difference = imbalance(lines);
	if (difference) {
		const { debitCents, creditCents } = difference;
		const higher = debitCents > creditCents ? 'debit' : 'credit';
		throw inputError(
			node,
			itemIndex,
			`The transaction does not balance: debit ${centsText(debitCents)}, credit ${centsText(creditCents)}, a difference of ${centsText(Math.abs(debitCents - creditCents))} on the ${higher} side`,
			'Twinfield refuses a transaction whose debit and credit lines differ. Correct the amounts or add a line so that both sides total the same.',
		);
	}
}

export const executeBatch: BatchOperation['executeBatch'] = async function (run: OperationRun, items: INodeExecutionData[]) {
	const outcomes: ItemOutcome[] = new Array(items.length);
	const documents: BatchDocument[] = [];
	items.forEach((_item, itemIndex) => {
		try {
			const input = readTransactionInput(run.context, run.node, itemIndex);
			documents.push({ itemIndex, xml: transactionXml(input), office: input.office });
		} catch (error) {
			outcomes[itemIndex] = error as Error;
		}
	});
	// Twinfield paths inside a transaction keep their line numbers: "lines/line[2]/dim1".
	const saved = await saveBatch(run, 'transactions', documents, { noun: () => 'transaction' });
	saved.forEach((outcome, position) => {
		const { itemIndex } = documents[position];
		if (outcome instanceof Error) {
			outcomes[itemIndex] = outcome;
			return;
		}
		const record = transactionJson(outcome.element);
		if (outcome.warnings.length > 0) record.warnings = outcome.warnings.map((warning) => ({ ...warning }));
		outcomes[itemIndex] = record;
	});
	return outcomes;
};
