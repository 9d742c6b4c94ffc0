/** Builds the `<transaction>` Twinfield's ProcessXml saves, from checked input, and checks that its lines balance. */
import { xmlEscape } from '../../shared/soap/xmlText';
import { centsText } from './twinfieldValues';

export type DaybookKind = 'journal' | 'sales' | 'purchase';

export interface TransactionLineInput {
	glAccount: string;
	customer?: string;
	supplier?: string;
	costCentre?: string;
	project?: string;
	debitCredit: 'debit' | 'credit';
	/** Positive, in cents. */
	cents: number;
	vatCode?: string;
	description?: string;
}

export interface TransactionInput {
	office: string;
	daybook: string;
	kind: DaybookKind;
	/** `YYYYMMDD`. */
	date: string;
	/** `YYYY/PP`, or none to let Twinfield take it from the date. */
	period?: string;
	currency: string;
	invoiceNumber?: string;
	/** `YYYYMMDD`. */
	dueDate?: string;
	final: boolean;
	allowWarnings: boolean;
	lines: TransactionLineInput[];
}

function element(name: string, value: string | undefined): string {
	return value === undefined || value === '' ? '' : `<${name}>${xmlEscape(value)}</${name}>`;
}

/**
 * In a sales or purchase daybook the line on the customer or supplier is the
 * total line (the invoice's gross amount) and the others are details; a
 * journal has detail lines only.
 */
export function lineType(kind: DaybookKind, line: TransactionLineInput): 'total' | 'detail' {
	if (kind === 'sales') return line.customer ? 'total' : 'detail';
	if (kind === 'purchase') return line.supplier ? 'total' : 'detail';
	return 'detail';
}

function lineXml(kind: DaybookKind, line: TransactionLineInput, id: number): string {
	const dim2 = line.customer || line.supplier || line.costCentre;
	return (
		`<line type="${lineType(kind, line)}" id="${id}">` +
		element('dim1', line.glAccount) +
		element('dim2', dim2) +
		element('dim3', line.project) +
		element('debitcredit', line.debitCredit) +
		element('value', centsText(line.cents)) +
		element('description', line.description) +
		element('vatcode', line.vatCode) +
		'</line>'
	);
}

/**
 * One `<transaction>`: saved provisional (`destiny="temporary"`) unless final
 * is chosen; sales and purchase let Twinfield round its VAT lines by up to two
 * cents (`autobalancevat`).
 */
export function transactionXml(input: TransactionInput): string {
	const attributes = [
		`destiny="${input.final ? 'final' : 'temporary'}"`,
		input.kind === 'journal' ? '' : 'autobalancevat="true"',
		input.allowWarnings ? 'raisewarning="false"' : '',
	].filter(Boolean);
	const header =
		'<header>' +
		element('office', input.office) +
		element('code', input.daybook) +
		element('date', input.date) +
		element('period', input.period) +
		element('currency', input.currency) +
		element('invoicenumber', input.invoiceNumber) +
		element('duedate', input.dueDate) +
		'</header>';
	const lines = input.lines.map((line, index) => lineXml(input.kind, line, index + 1)).join('');
	return `<transaction ${attributes.join(' ')}>${header}<lines>${lines}</lines></transaction>`;
}

export interface Imbalance {
	debitCents: number;
	creditCents: number;
}

/**
 * The totals of the two sides when they differ and the node can know it:
 * with a VAT code on any line Twinfield adds VAT lines of its own, so only
 * Twinfield can check the balance then.
 */
export function imbalance(lines: TransactionLineInput[]): Imbalance | undefined {
	if (lines.some((line) => line.vatCode)) return undefined;
	let debitCents = 0;
	let creditCents = 0;
	for (const line of lines) {
		if (line.debitCredit === 'debit') debitCents += line.cents;
		else creditCents += line.cents;
	}
	return debitCents === creditCents ? undefined : { debitCents, creditCents };
}
