/** Reads Create's parameters into a transaction and checks, before anything is sent, what Twinfield would refuse. */
import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { inputError } from '../../../shared/soap/errors';
import { imbalance, type DaybookKind, type TransactionInput, type TransactionLineInput } from '../../helpers/transactionXml';
import { centsText, twinfieldDate, twinfieldPeriod } from '../../helpers/twinfieldValues';
import { locatorCode } from './fields';

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
