/**
 * Twinfield transactions in ProcessXml: saving one `<transaction>` or a batch
 * under `<transactions>`, and `<read><type>transaction</type>`, over books kept
 * per office. A save answers the transaction as stored: its number, its
 * period, the VAT lines Twinfield adds in sales and purchase daybooks, match
 * status and stamps. Problems are marked on the elements of the request, as
 * Twinfield does; each transaction of a batch succeeds or fails on its own.
 */
import { changeLog } from './changeLog';
import { serviceClock, twinfieldStamp as minuteStamp } from './clock';
import { findOffice, twinfieldOpenYear } from './twinfieldData';
import { dimensionName, dimensionShortName, markDimensionInUse, officeDimensions } from './twinfieldDimensions';
import { echo, markProblems, problemList } from './twinfieldProblems';
import {
	EMULATOR_USER,
	seededTransactions,
	twinfieldClosedPeriods,
	twinfieldDaybooks,
	twinfieldFirstOpenPeriod,
	twinfieldRelationAccounts,
	twinfieldVatCodes,
	type Side,
	type StoredLine,
	type StoredTransaction,
} from './twinfieldTransactionData';
import type { XmlElement, XmlOut } from './xml';

let books: StoredTransaction[] = seededTransactions();

/** Back to the seeded transactions, as every test starts. */
export function resetTwinfieldTransactions(): void {
	books = seededTransactions();
}

/** Adds a transaction Twinfield booked itself (e.g. a final invoice's posting), stamped `stamp` at `at`, to the books and the change log. */
export function bookPosted(stored: StoredTransaction, at: number): void {
	books = [...books, stored];
	changeLog.record({ service: 'twinfield', kind: 'transaction', key: `${stored.office}/${stored.code}/${stored.number}`, action: 'created' }, at, stored.modified);
}

export function storedTransactions(): readonly StoredTransaction[] {
	return books;
}

/** Now as Twinfield stamps it: YYYYMMDDHHMMSS in UTC. */
export function twinfieldStamp(date = new Date()): string {
	return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function text(parent: XmlElement | undefined, name: string): string {
	return parent?.children.find((item) => item.local === name)?.text.trim() ?? '';
}

function out(name: string, content: string | XmlOut[], attrs: Record<string, string> = {}): XmlOut {
	return typeof content === 'string' ? { name, text: content, attrs } : { name, children: content, attrs };
}

function amount(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const absolute = Math.abs(cents);
	return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** A dimension of the office by its code, as the dimension store holds it now. */
function dimension(office: string, code: string) {
	return officeDimensions(office).find((item) => item.code === code);
}

/** `<transactions>` holds a batch; each transaction is answered in order under the same root. */
export function saveTransactions(request: XmlElement, offices: string[]): XmlOut {
	if (request.local === 'transaction') return saveTransaction(request, offices);
	const answers = request.children.filter((item) => item.local === 'transaction').map((item) => saveTransaction(item, offices));
	const failed = answers.some((item) => item.attrs?.result === '0');
	return out('transactions', answers, { result: failed ? '0' : '1' });
}

/** One transaction: checked as Twinfield checks it, then stored, or answered with its problems marked. */
function saveTransaction(request: XmlElement, offices: string[]): XmlOut {
	const reply = echo(request);
	const { problems, note } = problemList(reply);
	const find = (parent: XmlOut | undefined, name: string) => parent?.children?.find((item) => item.name === name);
	const value = (element: XmlOut | undefined) => element?.text?.trim() ?? '';

	const destiny = request.attrs.destiny ?? 'temporary';
	if (destiny !== 'temporary' && destiny !== 'final') note(reply, 'error', 'Incorrect XML - the destiny is invalid.');

	const header = find(reply, 'header');
	const officeElement = find(header, 'office');
	const office = value(officeElement);
	if (!officeElement || office === '') note(header, 'error', 'Office is mandatory.');
	else if (!offices.includes(office)) note(officeElement, 'error', `You have no access to administration ${office}.`);

	const codeElement = find(header, 'code');
	const code = value(codeElement);
	const daybook = twinfieldDaybooks[code];
	if (!daybook) note(codeElement ?? header, 'error', `Transaction type ${code} does not exist.`);

	const dateElement = find(header, 'date');
	const date = value(dateElement);
	let period = '';
	if (!/^\d{8}$/.test(date) || !isCalendarDate(date)) note(dateElement ?? header, 'error', 'Date is mandatory and must be written as yyyymmdd.');
	else period = `${date.slice(0, 4)}/${date.slice(4, 6)}`;
	const periodElement = find(header, 'period');
	if (periodElement && value(periodElement) !== '') {
		const match = /^(\d{4})\/(\d{1,2})$/.exec(value(periodElement));
		if (!match || ![...Array(13).keys(), 55, 56].includes(Number(match[2]))) note(periodElement, 'error', 'Period must be written as yyyy/pp.');
		else period = `${match[1]}/${match[2].padStart(2, '0')}`;
	}
	if (period !== '' && Number(period.slice(0, 4)) < twinfieldOpenYear) {
		note(dateElement, 'warning', `The date lies in ${date.slice(0, 4)}, a year that is closed; the transaction is booked in the first open period.`);
		period = twinfieldFirstOpenPeriod[office] ?? `${twinfieldOpenYear}/01`;
	}
	if (period !== '' && (twinfieldClosedPeriods[office] ?? []).includes(period)) note(periodElement ?? dateElement, 'error', `Period ${period} is closed.`);

	const currency = value(find(header, 'currency')) || 'EUR';
	if (currency !== 'EUR') note(find(header, 'currency'), 'error', `Currency ${currency} does not exist.`);
	const invoiceNumber = value(find(header, 'invoicenumber'));
	if (daybook && daybook.kind !== 'journal' && invoiceNumber === '') note(header, 'error', 'Invoice number is mandatory.');
	const dueDateElement = find(header, 'duedate');
	const dueDate = value(dueDateElement);
	if (dueDate !== '' && (!/^\d{8}$/.test(dueDate) || !isCalendarDate(dueDate))) note(dueDateElement, 'error', 'Due date must be written as yyyymmdd.');

	const numberElement = find(header, 'number');
	const number = value(numberElement);
	const existing = number === '' ? undefined : books.find((item) => item.office === office && item.code === code && String(item.number) === number);
	if (number !== '' && !existing) note(numberElement, 'error', `Transaction ${code} ${number} does not exist.`);
	else if (existing?.location === 'final') note(numberElement, 'error', `Transaction ${code} ${number} is final and cannot be changed.`);

	const linesElement = find(reply, 'lines');
	const lineElements = linesElement?.children?.filter((item) => item.name === 'line') ?? [];
	if (lineElements.length < 2) note(linesElement ?? reply, 'error', 'A transaction needs at least two lines.');
	const lines: StoredLine[] = [];
	let totals = 0;
	for (const [index, line] of lineElements.entries()) {
		const type = line.attrs?.type ?? 'detail';
		if (type !== 'total' && type !== 'detail') note(line, 'error', `Line type ${type} cannot be sent.`);
		if (type === 'total') {
			totals++;
			if (daybook?.kind === 'journal') note(line, 'error', `A ${code} transaction has no total line.`);
		}
		const dim1Element = find(line, 'dim1');
		const dim1 = value(dim1Element);
		const account = dimension(office, dim1);
		if (!account || !['BAS', 'PNL'].includes(account.type)) note(dim1Element ?? line, 'error', `Dimension ${dim1} does not exist in administration ${office}.`);
		const relationType = twinfieldRelationAccounts[dim1];
		const dim2Element = find(line, 'dim2');
		const dim2 = value(dim2Element);
		if (dim2 !== '') {
			const found = dimension(office, dim2);
			if (!found) note(dim2Element, 'error', `Dimension ${dim2} does not exist in administration ${office}.`);
			const allowed = relationType ? found?.type === relationType : account?.type === 'PNL' && found?.type === 'KPL';
			if (!allowed) note(dim2Element, 'error', `Dimension ${dim2} is not allowed on a line with general ledger account ${dim1}.`);
		} else if (relationType) {
			note(dim1Element, 'error', `General ledger account ${dim1} needs a ${relationType === 'DEB' ? 'customer' : 'supplier'} as dimension 2.`);
		}
		const dim3Element = find(line, 'dim3');
		const dim3 = value(dim3Element);
		if (dim3 !== '') {
			const found = dimension(office, dim3);
			if (!found) note(dim3Element, 'error', `Dimension ${dim3} does not exist in administration ${office}.`);
			else if (found.type !== 'PRJ' || account?.type !== 'PNL') note(dim3Element, 'error', `Dimension ${dim3} is not allowed on a line with general ledger account ${dim1}.`);
		}
		const sideElement = find(line, 'debitcredit');
		let side = value(sideElement) as Side;
		if (side !== 'debit' && side !== 'credit') note(sideElement ?? line, 'error', 'Debit/credit must be debit or credit.');
		const valueElement = find(line, 'value');
		const written = value(valueElement);
		let cents = 0;
		if (!/^-?\d+(\.\d{1,2})?$/.test(written)) note(valueElement ?? line, 'error', 'Value must be an amount with at most two decimals.');
		else cents = Math.round(Number(written) * 100);
		if (cents < 0) {
			cents = -cents;
			side = side === 'debit' ? 'credit' : 'debit';
		}
		const vatElement = find(line, 'vatcode');
		const vatCode = value(vatElement);
		const vat = twinfieldVatCodes[vatCode];
		if (vatCode !== '' && !vat) note(vatElement, 'error', `VAT code ${vatCode} does not exist.`);
		else if (vat && daybook && daybook.kind !== 'journal' && vat.type !== daybook.kind) {
			note(vatElement, 'error', `VAT code ${vatCode} is of type ${title(vat.type)} while the daybook is of VAT type ${title(daybook.kind)}.`);
		}
		const matchable = relationType !== undefined && dim2 !== '';
		const signed = side === 'debit' ? cents : -cents;
		lines.push({
			id: Number(line.attrs?.id) || index + 1,
			type: type === 'total' ? 'total' : 'detail',
			dim1,
			dim2: dim2 || undefined,
			dim3: dim3 || undefined,
			debitCredit: side,
			cents,
			vatCode: vatCode || undefined,
			description: value(find(line, 'description')) || undefined,
			invoiceNumber: matchable ? value(find(line, 'invoicenumber')) || invoiceNumber || undefined : undefined,
			matchStatus: matchable ? 'available' : 'notmatchable',
			openCents: matchable ? signed : undefined,
			modified: '',
		});
	}
	if (daybook && daybook.kind !== 'journal' && lineElements.length >= 2 && totals !== 1) note(linesElement, 'error', `A ${code} transaction needs exactly one total line.`);

	if (daybook && daybook.kind !== 'journal') lines.push(...vatLines(lines));
	const balance = lines.reduce((sum, line) => sum + (line.debitCredit === 'debit' ? line.cents : -line.cents), 0);
	const vatLine = lines.find((line) => line.type === 'vat');
	if (balance !== 0 && vatLine && request.attrs.autobalancevat === 'true' && Math.abs(balance) <= 2) {
		const adjusted = vatLine.cents + (vatLine.debitCredit === 'debit' ? -balance : balance);
		vatLine.cents = adjusted;
	} else if (balance !== 0 && lineElements.length >= 2) {
		const debit = lines.filter((line) => line.debitCredit === 'debit').reduce((sum, line) => sum + line.cents, 0);
		const credit = lines.filter((line) => line.debitCredit === 'credit').reduce((sum, line) => sum + line.cents, 0);
		note(linesElement, 'error', `The transaction is not balanced: debit ${amount(debit)}, credit ${amount(credit)}, difference ${amount(Math.abs(balance))}.`);
	}

	const raiseWarnings = request.attrs.raisewarning !== 'false';
	if (markProblems(reply, problems, raiseWarnings)) return reply;

	const warnings = [...problems.keys()].map((element) => ({ path: pathTo(reply, element) ?? [], attrs: element.attrs ?? {} }));
	// The services' clock, cut to the minute (clock.ts).
	const at = serviceClock.now();
	const now = minuteStamp(at);
	for (const line of lines) line.modified = now;
	const stored: StoredTransaction = {
		office,
		code,
		number: existing?.number ?? nextNumber(office, code, period),
		period,
		date,
		currency,
		location: destiny === 'final' ? 'final' : 'temporary',
		invoiceNumber: invoiceNumber || undefined,
		dueDate: daybook?.kind === 'journal' ? undefined : dueDate || addDays(date, paymentTerm(office, lines)),
		origin: 'import',
		user: EMULATOR_USER,
		inputDate: existing?.inputDate ?? now,
		modified: now,
		lines,
	};
	books = [...books.filter((item) => item !== existing), stored];
	changeLog.record({ service: 'twinfield', kind: 'transaction', key: `${office}/${code}/${stored.number}`, action: existing ? 'updated' : 'created' }, at, now);
	// Booked dimensions are in use: Twinfield no longer lets them be deleted.
	for (const line of lines) for (const code of [line.dim1, line.dim2, line.dim3]) if (code) markDimensionInUse(office, code);
	const document = transactionDocument(stored, { result: '1' });
	// A save that went through despite warnings (raisewarning="false") keeps them on the same elements.
	for (const warning of warnings) {
		const target = follow(document, warning.path);
		if (target) target.attrs = { ...target.attrs, msgtype: warning.attrs.msgtype, msg: warning.attrs.msg };
	}
	return document;
}

type Step = [name: string, index: number];

/** The way from `root` down to `target`: each element's name and its place among siblings of that name. */
function pathTo(root: XmlOut, target: XmlOut): Step[] | undefined {
	if (root === target) return [];
	for (const item of root.children ?? []) {
		const below = pathTo(item, target);
		if (below) return [[item.name, (root.children ?? []).filter((other) => other.name === item.name).indexOf(item)], ...below];
	}
	return undefined;
}

function follow(root: XmlOut, path: Step[]): XmlOut | undefined {
	let current: XmlOut | undefined = root;
	for (const [name, index] of path) current = current?.children?.filter((item) => item.name === name)[index];
	return current;
}

/** The VAT lines Twinfield adds to a sales or purchase transaction: one per VAT code, on the code's account, on the side of its lines. */
function vatLines(lines: StoredLine[]): StoredLine[] {
	const byCode = new Map<string, number>();
	for (const line of lines) {
		if (line.type !== 'detail' || !line.vatCode || !twinfieldVatCodes[line.vatCode]) continue;
		const signed = line.debitCredit === 'debit' ? line.cents : -line.cents;
		byCode.set(line.vatCode, (byCode.get(line.vatCode) ?? 0) + signed);
	}
	let id = Math.max(0, ...lines.map((line) => line.id));
	const added: StoredLine[] = [];
	for (const [vatCode, base] of byCode) {
		const vat = twinfieldVatCodes[vatCode];
		const signed = Math.round((base * vat.percent) / 100);
		if (signed === 0) continue;
		id++;
		added.push({
			id,
			type: 'vat',
			dim1: vat.account,
			debitCredit: signed > 0 ? 'debit' : 'credit',
			cents: Math.abs(signed),
			vatCode,
			matchStatus: 'notmatchable',
			modified: '',
		});
	}
	return added;
}

/** The due days of the transaction's customer or supplier (its financials), 30 when it has none. */
function paymentTerm(office: string, lines: StoredLine[]): number {
	const relation = lines.find((line) => line.type === 'total')?.dim2;
	const financials = relation ? dimension(office, relation)?.elements.find((item) => item.name === 'financials') : undefined;
	const days = Number(financials?.children?.find((item) => item.name === 'duedays')?.text);
	return Number.isInteger(days) && days >= 0 ? days : 30;
}

function title(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function isCalendarDate(text: string): boolean {
	const date = new Date(Date.UTC(Number(text.slice(0, 4)), Number(text.slice(4, 6)) - 1, Number(text.slice(6, 8))));
	return date.toISOString().slice(0, 10).replace(/-/g, '') === text;
}

function addDays(date: string, days: number): string {
	const start = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)));
	return new Date(start + days * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
}

/** Numbers run per office, daybook and year: 202600001, 202600002, … */
/** The number the next transaction of a daybook in a period's year gets. */
export function nextNumber(office: string, code: string, period: string): number {
	const year = Number(period.slice(0, 4));
	const first = year * 100000 + 1;
	const used = books.filter((item) => item.office === office && item.code === code && Math.floor(item.number / 100000) === year).map((item) => item.number);
	return used.length === 0 ? first : Math.max(...used) + 1;
}

/** `<read><type>transaction</type><office/><code/><number/></read>`: the stored transaction, or an empty one with an error. */
export function readTransaction(request: XmlElement, offices: string[]): XmlOut {
	const office = text(request, 'office');
	const code = text(request, 'code');
	const number = text(request, 'number');
	if (office === '' || !offices.includes(office)) {
		return out('transaction', [], { result: '0', msgtype: 'error', msg: office === '' ? 'Office is mandatory.' : `You have no access to administration ${office}.` });
	}
	const found = books.find((item) => item.office === office && item.code === code && String(item.number) === number);
	if (!found) return out('transaction', [], { result: '0', msgtype: 'error', msg: `Transaction ${code} ${number} does not exist.` });
	return transactionDocument(found, { result: '1' });
}

/** A transaction as Twinfield answers a read or a save: references decorated with names, amounts with two decimals. */
function transactionDocument(transaction: StoredTransaction, attrs: Record<string, string>): XmlOut {
	const office = findOffice(transaction.office);
	const headerChildren: XmlOut[] = [
		out('office', transaction.office, { name: office?.name ?? '', shortname: office?.shortname ?? '' }),
		out('code', transaction.code, { name: twinfieldDaybooks[transaction.code]?.name ?? '', shortname: transaction.code }),
		out('number', String(transaction.number)),
		out('period', transaction.period),
		out('currency', transaction.currency, { name: 'Euro', shortname: 'EUR' }),
		out('date', transaction.date),
		out('origin', transaction.origin),
		out('modificationdate', transaction.modified),
		out('user', transaction.user, { name: 'Demo user' }),
		out('inputdate', transaction.inputDate),
		out('regime', 'generic'),
	];
	if (transaction.invoiceNumber) headerChildren.push(out('invoicenumber', transaction.invoiceNumber));
	if (transaction.dueDate) headerChildren.push(out('duedate', transaction.dueDate));
	const lines = transaction.lines.map((line) => {
		const children: XmlOut[] = [reference('dim1', transaction.office, line.dim1)];
		if (line.dim2) children.push(reference('dim2', transaction.office, line.dim2));
		if (line.dim3) children.push(reference('dim3', transaction.office, line.dim3));
		const value = amount(line.cents);
		children.push(out('debitcredit', line.debitCredit), out('value', value), out('basevalue', value), out('rate', '1'), out('repvalue', value), out('reprate', '1'));
		if (line.description) children.push(out('description', line.description));
		if (line.vatCode) children.push(out('vatcode', line.vatCode, { name: line.vatCode, type: twinfieldVatCodes[line.vatCode]?.type ?? '' }));
		if (line.invoiceNumber) children.push(out('invoicenumber', line.invoiceNumber));
		children.push(out('matchstatus', line.matchStatus));
		if (line.openCents !== undefined) {
			const open = amount(Math.abs(line.openCents));
			children.push(out('matchlevel', '2'), out('openvalue', open), out('openbasevalue', open));
		}
		return out('line', children, { type: line.type, id: String(line.id) });
	});
	return out('transaction', [out('header', headerChildren), out('lines', lines)], { location: transaction.location, ...attrs });
}

function reference(name: string, office: string, code: string): XmlOut {
	const found = dimension(office, code);
	return out(name, code, { name: found ? dimensionName(found) : '', shortname: found ? dimensionShortName(found) : '', type: found?.type ?? '' });
}
