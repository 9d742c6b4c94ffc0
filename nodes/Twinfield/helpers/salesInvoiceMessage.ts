/** A `<salesinvoice>` written from one item's fields: header, lines, checked before anything is sent. */
import type { IDataObject, INode } from 'n8n-workflow';

import { inputError } from '../../shared/soap/errors';
import { locatorValue } from './locatorValue';
import { leaf, node as element, renderXml, type XmlDocument } from './xmlDocument';
import { twinfieldDate } from './twinfieldValues';

export interface InvoiceLineInput {
	article?: unknown;
	subArticle?: unknown;
	quantity?: unknown;
	units?: unknown;
	price?: unknown;
	vatCode?: unknown;
	description?: unknown;
	generalLedgerAccount?: unknown;
	costCentre?: unknown;
}

export interface InvoiceInput {
	office: string;
	invoiceType: string;
	customer: string;
	status: string;
	lines: InvoiceLineInput[];
	invoiceDate?: string;
	dueDate?: string;
	period?: string;
	currency?: string;
	headerText?: string;
	footerText?: string;
}

const LINE_KEYS = ['article', 'subArticle', 'quantity', 'units', 'price', 'vatCode', 'description', 'generalLedgerAccount', 'costCentre'];

function text(value: unknown): string {
	return locatorValue(value);
}

/** The elements whose value is not empty, in order. */
function filled(pairs: Array<[string, string | undefined]>): XmlDocument[] {
	return pairs.filter(([, value]) => value !== undefined && value !== '').map(([name, value]) => leaf(name, value as string));
}

/** A number as Twinfield writes it: dot decimal, never an exponent; undefined for an empty value, NaN for no number. */
export function decimalText(value: unknown): string | undefined {
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
	const number = typeof value === 'number' ? value : /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(String(value)) ? Number(value) : Number.NaN;
	if (!Number.isFinite(number)) return 'NaN';
	const plain = String(number);
	return /e/i.test(plain) ? number.toFixed(10).replace(/\.?0+$/, '') : plain;
}

/** The lines given as JSON: an array of objects with the line fields' names. */
export function linesFromJson(node: INode, itemIndex: number, value: unknown): InvoiceLineInput[] {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value) as unknown;
		} catch {
			throw inputError(node, itemIndex, 'The Lines (JSON) are not valid JSON', 'Give an array of lines, e.g. [{"article": "CONSULT", "quantity": 2}].');
		}
	}
	if (!Array.isArray(parsed) || parsed.some((line) => !line || typeof line !== 'object' || Array.isArray(line))) {
		throw inputError(node, itemIndex, 'The Lines (JSON) must be an array of line objects', 'Give an array of lines, e.g. [{"article": "CONSULT", "quantity": 2}].');
	}
	parsed.forEach((line: IDataObject, index) => {
		const unknown = Object.keys(line).filter((key) => !LINE_KEYS.includes(key));
		if (unknown.length > 0) {
			throw inputError(node, itemIndex, `Line ${index + 1} has a field the node does not know: ${unknown.join(', ')}`, `A line takes these fields: ${LINE_KEYS.join(', ')}.`);
		}
	});
	return parsed as InvoiceLineInput[];
}

function lineXml(node: INode, itemIndex: number, line: InvoiceLineInput, index: number): XmlDocument {
	const where = `Line ${index + 1}`;
	const article = text(line.article);
	if (article === '') throw inputError(node, itemIndex, `${where} has no article`, 'Every line needs an article code, e.g. CONSULT. Get Many of the Article resource lists them.');
	const quantity = decimalText(line.quantity ?? 1);
	if (quantity === undefined || quantity === 'NaN') throw inputError(node, itemIndex, `${where}: the quantity is not a number`, 'Enter the quantity as a number with a dot for decimals, e.g. 2 or 1.5.');
	const units = decimalText(line.units);
	if (units === 'NaN') throw inputError(node, itemIndex, `${where}: the units are not a number`, "Enter the units as a number, or leave them empty to use the article's.");
	const price = decimalText(line.price);
	if (price === 'NaN') throw inputError(node, itemIndex, `${where}: the price is not a number`, "Enter the price excluding VAT as a number with a dot for decimals, e.g. 95.50, or leave it empty to use the article's.");
	const children = filled([
		['article', article],
		['subarticle', text(line.subArticle)],
		['quantity', quantity],
		['units', units],
		['unitspriceexcl', price],
		['vatcode', text(line.vatCode)],
		['description', text(line.description)],
		['dim1', text(line.generalLedgerAccount)],
		['dim2', text(line.costCentre)],
	]);
	return element('line', children, { id: String(index + 1) });
}

function dateField(node: INode, itemIndex: number, value: string | undefined, label: string): string | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const date = twinfieldDate(value);
	if (!date) throw inputError(node, itemIndex, `The ${label} is not a date`, `Enter the ${label} as a date, e.g. 2026-01-31.`);
	return date;
}

/** The `<salesinvoice>` of one item; warnings are returned with the answer rather than stopping the save. */
export function salesInvoiceXml(node: INode, itemIndex: number, input: InvoiceInput): string {
	if (input.office === '') throw inputError(node, itemIndex, 'No office given', 'Enter the code of the Twinfield office (administration), e.g. 001.');
	if (input.invoiceType === '') throw inputError(node, itemIndex, 'No invoice type given', 'Enter the invoice type, e.g. FACTUUR.');
	if (input.customer === '') throw inputError(node, itemIndex, 'No customer given', 'Enter the customer code, e.g. 1000.');
	if (!['concept', 'final'].includes(input.status)) throw inputError(node, itemIndex, `The status "${input.status}" is not known`, 'Use concept (the default) or final.');
	if (input.lines.length === 0) throw inputError(node, itemIndex, 'The invoice has no lines', 'Add at least one line with an article and a quantity.');
	const period = input.period?.trim() ?? '';
	if (period !== '' && !/^\d{4}\/\d{1,2}$/.test(period)) throw inputError(node, itemIndex, `The period "${period}" is not a Twinfield period`, 'Write the period as year/period, e.g. 2026/03, or leave it empty to derive it from the invoice date.');
	const currency = input.currency?.trim().toUpperCase() ?? '';
	if (currency !== '' && !/^[A-Z]{3}$/.test(currency)) throw inputError(node, itemIndex, `The currency "${currency}" is not a currency code`, 'Use a three-letter currency code such as EUR, or leave it empty for the office currency.');
	const header = element(
		'header',
		filled([
			['office', input.office],
			['invoicetype', input.invoiceType],
			['invoicedate', dateField(node, itemIndex, input.invoiceDate, 'invoice date')],
			['duedate', dateField(node, itemIndex, input.dueDate, 'due date')],
			['period', period],
			['currency', currency],
			['customer', input.customer],
			['status', input.status],
			['headertext', input.headerText],
			['footertext', input.footerText],
		]),
	);
	const lines = element('lines', input.lines.map((line, index) => lineXml(node, itemIndex, line, index)));
	return renderXml(element('salesinvoice', [header, lines], { raisewarning: 'false' }));
}
