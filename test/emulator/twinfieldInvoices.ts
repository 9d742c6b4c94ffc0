/**
 * Twinfield's VAT codes, articles, invoice types and sales invoices per office: their reads, finder rows and saves.
 */
/*
 * Shapes follow the captured answers the sources cite (vat, article and
 * salesinvoice reads; a save answers the document with the server's values).
 * Where the sources are silent, the likeliest reading:
 * - a line's value excluding VAT is quantity × units × price, rounded to cents;
 *   its VAT is that value times the VAT code's rate on the invoice date, rounded
 *   to cents; the VAT lines and totals are sums of the lines;
 * - a new invoice gets the next number of its office and invoice type, concept or final;
 * - a final invoice is posted as a sales transaction in daybook VRK (total line
 *   on 1300 and the customer, one line per invoice line, one per VAT code);
 * - an invoice dated in a closed year is a warning, which stops the save
 *   unless the root says raisewarning="false" (the root, as murb's requests put it).
 * Messages are in English; the real service answers in the user's language.
 */
import { twinfieldOpenYear } from './twinfieldData';
import { dimensionName, findDimension } from './twinfieldDimensions';
import { bookInvoicePosting } from './twinfieldPostings';
import { echo, markProblems, problemList, type Problem } from './twinfieldProblems';
import { nextNumber } from './twinfieldTransactions';
import type { XmlElement, XmlOut } from './xml';

export interface TwinfieldVatCode {
	readonly office: string;
	readonly code: string;
	readonly name: string;
	readonly type: 'sales' | 'purchase';
	/** Rates with the date each starts on, yyyymmdd. */
	readonly percentages: ReadonlyArray<{ readonly date: string; readonly percentage: number }>;
}

export interface TwinfieldArticle {
	readonly office: string;
	readonly code: string;
	readonly name: string;
	readonly unitNameSingular: string;
	readonly unitNamePlural: string;
	readonly vatCode: string;
	readonly lines: ReadonlyArray<{ readonly subCode: string; readonly name: string; readonly unitsPriceExcl: number; readonly units: number; readonly revenueAccount: string }>;
}

export interface TwinfieldInvoiceType {
	readonly office: string;
	readonly code: string;
	readonly name: string;
}

export interface EmulatedInvoiceLine {
	article: string;
	subArticle: string;
	quantity: number;
	units: number;
	unitsPriceExcl: number;
	description: string;
	vatCode: string;
	dim1: string;
	dim2: string;
	valueExcl: number;
	vatValue: number;
}

export interface EmulatedInvoice {
	office: string;
	invoiceType: string;
	invoiceNumber: number;
	status: 'concept' | 'final';
	customer: string;
	invoiceDate: string;
	dueDate: string;
	period: string;
	currency: string;
	headerText: string;
	footerText: string;
	lines: EmulatedInvoiceLine[];
	/** The sales transaction a final invoice was posted as. */
	financials?: { code: string; number: string };
}

/** A sales transaction a final invoice left in the books. */
export interface EmulatedSalesTransaction {
	office: string;
	code: string;
	number: string;
	invoiceNumber: number;
	lines: Array<{ type: 'total' | 'detail' | 'vat'; dim1: string; dim2: string; debitCredit: 'debit' | 'credit'; value: number; vatCode: string }>;
}

export const twinfieldVatCodes: readonly TwinfieldVatCode[] = [
	{ office: 'DEMO1', code: 'VH', name: 'BTW hoog', type: 'sales', percentages: [{ date: '20010101', percentage: 19 }, { date: '20121001', percentage: 21 }] },
	{ office: 'DEMO1', code: 'VL', name: 'BTW laag', type: 'sales', percentages: [{ date: '20010101', percentage: 6 }, { date: '20190101', percentage: 9 }] },
	{ office: 'DEMO1', code: 'VN', name: 'BTW nul', type: 'sales', percentages: [{ date: '20010101', percentage: 0 }] },
	{ office: 'DEMO1', code: 'IH', name: 'BTW hoog inkoop', type: 'purchase', percentages: [{ date: '20121001', percentage: 21 }] },
	{ office: 'DEMO2', code: 'VH', name: 'BTW hoog', type: 'sales', percentages: [{ date: '20121001', percentage: 21 }] },
];

export const twinfieldArticles: readonly TwinfieldArticle[] = [
	{
		office: 'DEMO1',
		code: 'CONSULT',
		name: 'Consultancy',
		unitNameSingular: 'hour',
		unitNamePlural: 'hours',
		vatCode: 'VH',
		lines: [{ subCode: '0', name: 'Consultancy', unitsPriceExcl: 95, units: 1, revenueAccount: '8000' }],
	},
	{
		office: 'DEMO1',
		code: 'HOURS',
		name: 'Hours worked',
		unitNameSingular: 'hour',
		unitNamePlural: 'hours',
		vatCode: 'VH',
		lines: [
			{ subCode: 'STD', name: 'Standard rate', unitsPriceExcl: 60, units: 1, revenueAccount: '8000' },
			{ subCode: 'WKD', name: 'Weekend rate', unitsPriceExcl: 90, units: 1, revenueAccount: '8000' },
		],
	},
	{
		office: 'DEMO1',
		code: 'BOOK',
		name: 'Handbook',
		unitNameSingular: 'copy',
		unitNamePlural: 'copies',
		vatCode: 'VL',
		lines: [{ subCode: '0', name: 'Handbook', unitsPriceExcl: 24.95, units: 1, revenueAccount: '8000' }],
	},
];

export const twinfieldInvoiceTypes: readonly TwinfieldInvoiceType[] = [
	{ office: 'DEMO1', code: 'FACTUUR', name: 'Factuur' },
	{ office: 'DEMO2', code: 'FACTUUR', name: 'Factuur' },
];

const SEED_INVOICE: EmulatedInvoice = {
	office: 'DEMO1',
	invoiceType: 'FACTUUR',
	invoiceNumber: 1,
	status: 'final',
	customer: '1000',
	invoiceDate: '20260105',
	dueDate: '20260204',
	period: '2026/01',
	currency: 'EUR',
	headerText: 'January work',
	footerText: '',
	lines: [
		{ article: 'CONSULT', subArticle: '0', quantity: 10, units: 1, unitsPriceExcl: 95, description: 'Consultancy', vatCode: 'VH', dim1: '8000', dim2: '', valueExcl: 950, vatValue: 199.5 },
		{ article: 'BOOK', subArticle: '0', quantity: 2, units: 1, unitsPriceExcl: 24.95, description: 'Handbook', vatCode: 'VL', dim1: '8000', dim2: '', valueExcl: 49.9, vatValue: 4.49 },
	],
	financials: { code: 'VRK', number: '202600005' },
};

/** The invoices saved since the last reset, the seeded one first. */
export const emulatedInvoices: EmulatedInvoice[] = [];
/** The sales transactions final invoices were posted as since the last reset. */
export const emulatedSalesTransactions: EmulatedSalesTransaction[] = [];
let nextSalesTransaction = 202600006;

/** Back to the seed: one final invoice, FACTUUR 1 of DEMO1. */
export function resetTwinfieldInvoices(): void {
	emulatedInvoices.length = 0;
	emulatedInvoices.push(structuredClone(SEED_INVOICE));
	emulatedSalesTransactions.length = 0;
	nextSalesTransaction = 202600006;
}
resetTwinfieldInvoices();

// ---------------------------------------------------------------- helpers

function out(name: string, content: string | XmlOut[] = '', attrs: Record<string, string> = {}): XmlOut {
	return typeof content === 'string' ? { name, text: content, attrs } : { name, children: content, attrs };
}

function text(parent: XmlElement | undefined, name: string): string {
	return parent?.children.find((item) => item.local === name)?.text.trim() ?? '';
}

function has(parent: XmlElement | undefined, name: string): boolean {
	return parent?.children.some((item) => item.local === name) ?? false;
}

function money(value: number): string {
	return value.toFixed(2);
}

function cents(value: number): number {
	return Math.round((value + Number.EPSILON) * 100) / 100;
}

function failedRead(name: string, message: string): XmlOut {
	return out(name, [], { msgtype: 'error', msg: message, result: '0' });
}

/** The rate of a VAT code on a date: the latest one that starts on or before it. */
export function vatRate(vat: TwinfieldVatCode, date: string): number {
	const started = vat.percentages.filter((item) => item.date <= date);
	return (started.length > 0 ? started[started.length - 1] : vat.percentages[0]).percentage;
}

function today(): string {
	return new Date().toISOString().slice(0, 10).replace(/-/g, '');
}

/** An active dimension of one of `types` in the office's dimension store (customers made by a save count too). */
function dimensionExists(office: string, code: string, types: string[]): boolean {
	return types.some((type) => findDimension(office, type, code)?.status === 'active');
}

function customerName(office: string, code: string): string {
	const customer = findDimension(office, 'DEB', code);
	return customer ? dimensionName(customer) : '';
}

// ---------------------------------------------------------------- reads

/** `<read><type>vat</type>`: one VAT code with its rates. */
export function readVatCode(office: string, code: string): XmlOut {
	const vat = twinfieldVatCodes.find((item) => item.office === office && item.code === code);
	if (!vat) return failedRead('vat', `VAT code ${code} does not exist in administration ${office}.`);
	const current = vatRate(vat, today());
	const percentages = vat.percentages.map((item) =>
		out(
			'percentage',
			[
				out('date', item.date),
				out('name', vat.name),
				out('shortname', ''),
				out('percentage', item.percentage.toFixed(9)),
				out('accounts', [
					out('account', [out('dim1', vat.type === 'sales' ? '1500' : '1510', { dimensiontype: 'BAS' }), out('groupcountry', 'NL'), out('group', 'NL1A'), out('percentage', '100.0'), out('linetype', 'vat')], { id: '1' }),
				]),
			],
			{ status: 'active', inuse: String(item.percentage === current) },
		),
	);
	return out(
		'vat',
		[
			out('code', vat.code),
			out('name', vat.name),
			out('shortname', ''),
			out('uid', `0c1d2e3f-${vat.office}-${vat.code}`),
			out('created', '20200101120000'),
			out('modified', '20250101120000'),
			out('touched', '2'),
			out('user', 'DEMO', { name: 'Demo user' }),
			out('type', vat.type),
			out('percentages', percentages),
		],
		{ status: 'active', result: '1' },
	);
}

/** `<read><type>article</type>`: one article with its sub-articles. */
export function readArticle(office: string, code: string): XmlOut {
	const article = twinfieldArticles.find((item) => item.office === office && item.code === code);
	if (!article) return failedRead('article', `Article ${code} does not exist in administration ${office}.`);
	const header = out(
		'header',
		[
			out('office', office),
			out('code', article.code),
			out('type', 'normal'),
			out('name', article.name),
			out('shortname', ''),
			out('unitnamesingular', article.unitNameSingular),
			out('unitnameplural', article.unitNamePlural),
			out('vatcode', article.vatCode, { name: twinfieldVatCodes.find((item) => item.office === office && item.code === article.vatCode)?.name ?? '' }),
			out('allowchangevatcode', 'true'),
			out('performancetype', ''),
			out('allowchangeperformancetype', 'true'),
			out('percentage', 'false'),
			out('allowdiscountorpremium', 'true'),
			out('allowchangeunitsprice', 'true'),
			out('allowdecimalquantity', 'true'),
		],
		{ status: 'active' },
	);
	const lines = article.lines.map((line, index) =>
		out(
			'line',
			[
				out('unitspriceexcl', money(line.unitsPriceExcl)),
				out('unitspriceinc', ''),
				out('units', String(line.units)),
				out('name', line.name),
				out('shortname', ''),
				out('subcode', line.subCode),
				out('freetext1', line.revenueAccount, { dimensiontype: 'PNL' }),
				out('freetext2', ''),
				out('freetext3', ''),
			],
			{ id: String(index + 1), status: 'active', inuse: 'true' },
		),
	);
	return out('article', [header, out('lines', lines)], { result: '1' });
}

/** `<read><type>salesinvoice</type>`: `code` is the invoice type. */
export function readSalesInvoice(office: string, invoiceType: string, number: string): XmlOut {
	const invoice = emulatedInvoices.find((item) => item.office === office && item.invoiceType === invoiceType && String(item.invoiceNumber) === number);
	if (!invoice) return failedRead('salesinvoice', `Invoice ${number} of type ${invoiceType} does not exist.`);
	return invoiceDocument(invoice);
}

function invoiceDocument(invoice: EmulatedInvoice, attrs: Record<string, string> = { result: '1' }): XmlOut {
	const header = out('header', [
		out('office', invoice.office),
		out('invoicetype', invoice.invoiceType),
		out('invoicenumber', String(invoice.invoiceNumber)),
		out('invoicedate', invoice.invoiceDate),
		out('duedate', invoice.dueDate),
		out('bank', 'BNK'),
		out('invoiceaddressnumber', '1'),
		out('deliveraddressnumber', '1'),
		out('customer', invoice.customer, { name: customerName(invoice.office, invoice.customer) }),
		out('period', invoice.period),
		out('currency', invoice.currency),
		out('status', invoice.status),
		out('paymentmethod', 'bank'),
		out('headertext', invoice.headerText),
		out('footertext', invoice.footerText),
	]);
	const lines = invoice.lines.map((line, index) =>
		out(
			'line',
			[
				out('article', line.article),
				out('subarticle', line.subArticle),
				out('quantity', String(line.quantity)),
				out('units', String(line.units)),
				out('allowdiscountorpremium', 'true'),
				out('description', line.description),
				out('valueexcl', money(line.valueExcl)),
				out('vatvalue', money(line.vatValue)),
				out('valueinc', money(cents(line.valueExcl + line.vatValue))),
				out('unitspriceexcl', money(line.unitsPriceExcl)),
				out('freetext1', ''),
				out('freetext2', ''),
				out('freetext3', ''),
				out('dim1', line.dim1),
				out('dim2', line.dim2),
				out('vatcode', line.vatCode, { name: vatCodeOf(invoice.office, line.vatCode)?.name ?? '', type: 'sales' }),
			],
			{ id: String(index + 1) },
		),
	);
	const vatLines = vatTotals(invoice).map(({ vatCode, vatValue }) =>
		out('vatline', [out('vatcode', vatCode), out('vatvalue', money(vatValue)), out('performancetype', ''), out('performancedate', '')]),
	);
	const excl = cents(invoice.lines.reduce((sum, line) => sum + line.valueExcl, 0));
	const vat = cents(invoice.lines.reduce((sum, line) => sum + line.vatValue, 0));
	const children = [header];
	if (invoice.financials) children.push(out('financials', [out('code', invoice.financials.code), out('number', invoice.financials.number)]));
	children.push(out('lines', lines), out('vatlines', vatLines), out('totals', [out('valueinc', money(cents(excl + vat))), out('valueexcl', money(excl))]));
	return out('salesinvoice', children, attrs);
}

function vatTotals(invoice: EmulatedInvoice): Array<{ vatCode: string; vatValue: number }> {
	const totals = new Map<string, number>();
	for (const line of invoice.lines) totals.set(line.vatCode, cents((totals.get(line.vatCode) ?? 0) + line.vatValue));
	return [...totals].map(([vatCode, vatValue]) => ({ vatCode, vatValue }));
}

function vatCodeOf(office: string, code: string): TwinfieldVatCode | undefined {
	return twinfieldVatCodes.find((item) => item.office === office && item.code === code);
}

// ---------------------------------------------------------------- finder

/** Finder rows of VAT, ART and INV: code and name, the office's own, sorted by code. */
export function invoiceFinderRows(type: string, office: string): string[][] | undefined {
	const pick = (items: ReadonlyArray<{ office: string; code: string; name: string }>) =>
		items
			.filter((item) => item.office === office)
			.map((item) => [item.code, item.name])
			.sort((a, b) => a[0].localeCompare(b[0]));
	if (type === 'VAT') return pick(twinfieldVatCodes);
	if (type === 'ART') return pick(twinfieldArticles);
	if (type === 'INV') return pick(twinfieldInvoiceTypes);
	return undefined;
}

// ---------------------------------------------------------------- saves

/** `<salesinvoice>` alone or up to many under `<salesinvoices>`; each document is saved or refused on its own. */
export function saveSalesInvoices(request: XmlElement, offices: readonly string[]): XmlOut {
	const raiseWarnings = request.attrs.raisewarning !== 'false';
	if (request.local === 'salesinvoice') return saveOne(request, offices, raiseWarnings);
	const answers = request.children.filter((item) => item.local === 'salesinvoice').map((item) => saveOne(item, offices, raiseWarnings && item.attrs.raisewarning !== 'false'));
	const allSaved = answers.every((item) => item.attrs?.result === '1');
	return out('salesinvoices', answers, { result: allSaved ? '1' : '0' });
}

function saveOne(request: XmlElement, offices: readonly string[], raiseWarnings: boolean): XmlOut {
	const reply = echo(request);
	const { problems, note } = problemList(reply);
	const find = (parent: XmlOut | undefined, name: string) => parent?.children?.find((item) => item.name === name);
	const headerIn = request.children.find((item) => item.local === 'header');
	const header = find(reply, 'header');

	const office = text(headerIn, 'office');
	if (office === '') note(header, 'error', 'Office is mandatory.');
	else if (!offices.includes(office)) note(find(header, 'office'), 'error', `You have no access to administration ${office}.`);

	const invoiceType = text(headerIn, 'invoicetype');
	const typeKnown = twinfieldInvoiceTypes.some((item) => item.office === office && item.code === invoiceType);
	if (!typeKnown) {
		note(find(header, 'invoicetype') ?? header, 'error', 'The invoice type does not exist.');
		note(header, 'error', 'The invoice cannot calculate totals.');
	}

	const customer = text(headerIn, 'customer');
	if (!dimensionExists(office, customer, ['DEB'])) note(find(header, 'customer') ?? header, 'error', 'The customer dimension does not exist.');

	const status = text(headerIn, 'status') || 'concept';
	if (!['concept', 'final'].includes(status)) note(find(header, 'status'), 'error', `Status ${status} is not valid; use concept or final.`);

	const invoiceDate = text(headerIn, 'invoicedate') || today();
	if (!isDate(invoiceDate)) note(find(header, 'invoicedate'), 'error', 'The invoice date is not a valid date (yyyymmdd).');
	else if (Number(invoiceDate.slice(0, 4)) < twinfieldOpenYear) {
		note(find(header, 'invoicedate'), 'warning', `The invoice date lies in ${invoiceDate.slice(0, 4)}, a year that is closed.`);
	}
	const dueDate = text(headerIn, 'duedate') || (isDate(invoiceDate) ? addDays(invoiceDate, 30) : '');
	if (has(headerIn, 'duedate') && (!isDate(dueDate) || dueDate < invoiceDate)) note(find(header, 'duedate'), 'error', 'The due date is not valid or lies before the invoice date.');
	const period = text(headerIn, 'period') || (isDate(invoiceDate) ? `${invoiceDate.slice(0, 4)}/${invoiceDate.slice(4, 6)}` : '');
	if (!/^\d{4}\/\d{1,2}$/.test(period) || Number(period.split('/')[1]) > 56) note(find(header, 'period'), 'error', `Period ${period} is not valid (yyyy/pp).`);
	const currency = text(headerIn, 'currency') || 'EUR';
	if (!/^[A-Z]{3}$/.test(currency)) note(find(header, 'currency'), 'error', `Currency ${currency} does not exist.`);

	const existingNumber = text(headerIn, 'invoicenumber');
	const existing = existingNumber
		? emulatedInvoices.find((item) => item.office === office && item.invoiceType === invoiceType && String(item.invoiceNumber) === existingNumber)
		: undefined;
	if (existingNumber && !existing) note(find(header, 'invoicenumber'), 'error', `Invoice ${existingNumber} of type ${invoiceType} does not exist.`);
	if (existing && existing.status !== 'concept') note(reply, 'error', 'Cannot update an invoice that is no longer a concept.');

	const linesIn = request.children.find((item) => item.local === 'lines')?.children.filter((item) => item.local === 'line') ?? [];
	const linesOut = find(reply, 'lines')?.children?.filter((item) => item.name === 'line') ?? [];
	if (linesIn.length === 0) note(find(reply, 'lines') ?? reply, 'error', 'An invoice needs at least one line.');
	const lines: EmulatedInvoiceLine[] = [];
	linesIn.forEach((lineIn, index) => {
		const lineOut = linesOut[index];
		const line = readLine(lineIn, office, isDate(invoiceDate) ? invoiceDate : today(), (name, message) => note(find(lineOut, name) ?? lineOut, 'error', message));
		if (line) lines.push(line);
	});

	if (markProblems(reply, problems, raiseWarnings)) return reply;

	const invoice: EmulatedInvoice = existing ?? {
		office,
		invoiceType,
		invoiceNumber: 1 + Math.max(0, ...emulatedInvoices.filter((item) => item.office === office && item.invoiceType === invoiceType).map((item) => item.invoiceNumber)),
		status: 'concept',
		customer,
		invoiceDate,
		dueDate,
		period,
		currency,
		headerText: '',
		footerText: '',
		lines: [],
	};
	Object.assign(invoice, { status, customer, invoiceDate, dueDate, period, currency, headerText: text(headerIn, 'headertext'), footerText: text(headerIn, 'footertext'), lines });
	if (!existing) emulatedInvoices.push(invoice);
	if (status === 'final') post(invoice);
	// The answer is the saved document with the server's values; warnings stay on their elements.
	const saved = invoiceDocument(invoice, { ...reply.attrs, result: '1' });
	for (const [element, messages] of problems) copyMessage(saved, element, messages);
	return saved;
}

function copyMessage(saved: XmlOut, element: XmlOut, messages: Problem[]): void {
	const header = saved.children?.find((item) => item.name === 'header');
	const target = header?.children?.find((item) => item.name === element.name) ?? saved;
	target.attrs = { ...target.attrs, msgtype: 'warning', msg: messages.map((message) => message.text).join('//') };
}

function readLine(line: XmlElement, office: string, date: string, problem: (element: string, message: string) => void): EmulatedInvoiceLine | undefined {
	const code = text(line, 'article');
	if (code === '') {
		problem('article', 'Article code may not be empty.');
		return undefined;
	}
	const article = twinfieldArticles.find((item) => item.office === office && item.code === code);
	if (!article) {
		problem('article', `Article ${code} was not found.`);
		return undefined;
	}
	const subCode = text(line, 'subarticle');
	const sub = subCode === '' ? article.lines[0] : article.lines.find((item) => item.subCode === subCode);
	if (!sub) {
		problem('subarticle', `Sub-article ${subCode} of article ${code} was not found.`);
		return undefined;
	}
	let ok = true;
	const number = (name: string, fallback: number, label: string): number => {
		const raw = text(line, name);
		if (raw === '') return fallback;
		if (!/^-?\d+(\.\d+)?$/.test(raw)) {
			problem(name, `${label} must be a number with a dot as decimal sign.`);
			ok = false;
		}
		return Number(raw);
	};
	const quantity = number('quantity', Number.NaN, 'Quantity');
	if (text(line, 'quantity') === '') {
		problem('quantity', 'Quantity is mandatory.');
		ok = false;
	}
	const units = number('units', sub.units, 'Units');
	const price = number('unitspriceexcl', sub.unitsPriceExcl, 'Price');
	const vatCode = text(line, 'vatcode') || article.vatCode;
	const vat = vatCodeOf(office, vatCode);
	if (!vat) {
		problem('vatcode', `VAT code ${vatCode} does not exist.`);
		ok = false;
	} else if (vat.type !== 'sales') {
		problem('vatcode', `VAT code ${vatCode} is of type purchase; a sales invoice needs a sales VAT code.`);
		ok = false;
	}
	const dim1 = text(line, 'dim1') || sub.revenueAccount;
	if (!dimensionExists(office, dim1, ['PNL'])) {
		problem('dim1', `Dimension ${dim1} does not exist in administration ${office}.`);
		ok = false;
	}
	const dim2 = text(line, 'dim2');
	if (dim2 !== '' && !dimensionExists(office, dim2, ['KPL'])) {
		problem('dim2', `Dimension ${dim2} does not exist in administration ${office}.`);
		ok = false;
	}
	if (!ok || !vat) return undefined;
	const valueExcl = cents(quantity * units * price);
	return {
		article: code,
		subArticle: sub.subCode,
		quantity,
		units,
		unitsPriceExcl: price,
		description: text(line, 'description') || sub.name,
		vatCode,
		dim1,
		dim2,
		valueExcl,
		vatValue: cents((valueExcl * vatRate(vat, date)) / 100),
	};
}

/** A final invoice leaves a sales transaction: the link the read shows under <financials>. */
function post(invoice: EmulatedInvoice): void {
	// The books number the daybook: a transaction booked there since takes the number after it.
	const number = String(Math.max(nextSalesTransaction, nextNumber(invoice.office, 'VRK', invoice.period)));
	nextSalesTransaction = Number(number) + 1;
	invoice.financials = { code: 'VRK', number };
	const gross = cents(invoice.lines.reduce((sum, line) => sum + line.valueExcl + line.vatValue, 0));
	const posted: EmulatedSalesTransaction = {
		office: invoice.office,
		code: 'VRK',
		number,
		invoiceNumber: invoice.invoiceNumber,
		lines: [
			{ type: 'total', dim1: '1300', dim2: invoice.customer, debitCredit: 'debit', value: gross, vatCode: '' },
			...invoice.lines.map((line) => ({ type: 'detail' as const, dim1: line.dim1, dim2: line.dim2, debitCredit: 'credit' as const, value: line.valueExcl, vatCode: line.vatCode })),
			...vatTotals(invoice).map(({ vatCode, vatValue }) => ({ type: 'vat' as const, dim1: '1500', dim2: '', debitCredit: 'credit' as const, value: vatValue, vatCode })),
		],
	};
	emulatedSalesTransactions.push(posted);
	// In the books too, where the transaction browse and read find it.
	bookInvoicePosting({
		...posted,
		number: Number(number),
		date: invoice.invoiceDate,
		period: invoice.period,
		dueDate: invoice.dueDate,
		currency: invoice.currency,
		invoiceNumber: String(invoice.invoiceNumber),
	});
}

function isDate(value: string): boolean {
	if (!/^\d{8}$/.test(value)) return false;
	const date = new Date(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10).replace(/-/g, '') === value;
}

function addDays(value: string, days: number): string {
	const date = new Date(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10).replace(/-/g, '');
}
