/**
 * Twinfield's browse (`<columns code="…">`) over the stored transaction lines:
 * 030_2 general ledger details (every line), 100 customer transactions and 200
 * supplier transactions (the lines on a customer or a supplier). Only the
 * requested columns come back, in their order; columns with an operator
 * filter the rows. Unknown codes and fields get the bare server error
 * Twinfield gives.
 */
import { findOffice } from './twinfieldData';
import { dimensionName as storedName, officeDimensions } from './twinfieldDimensions';
import type { StoredLine, StoredTransaction } from './twinfieldTransactionData';
import { twinfieldDaybooks } from './twinfieldTransactionData';
import { storedTransactions } from './twinfieldTransactions';
import type { XmlElement, XmlOut } from './xml';

interface Row {
	transaction: StoredTransaction;
	line: StoredLine;
}

interface Field {
	label: string;
	type: 'String' | 'Value' | 'Date' | 'Decimal';
	value(row: Row): string | number;
}

const signed = (cents: number, side: string) => (side === 'debit' ? cents : -cents) / 100;
const dimensionOf = (office: string, code: string | undefined) => officeDimensions(office).find((item) => item.code === code);
const dimType = (row: Row, code: string | undefined) => dimensionOf(row.transaction.office, code)?.type ?? '';
const dimensionName = (office: string, code: string) => {
	const found = dimensionOf(office, code);
	return found ? storedName(found) : '';
};
const relationLine = (transaction: StoredTransaction) => transaction.lines.find((line) => line.type === 'total') ?? transaction.lines.find((line) => line.openCents !== undefined);

/** The fields the browses know, with Twinfield's English default labels. */
const FIELDS: Record<string, Field> = {
	'fin.trs.head.office': { label: 'Office', type: 'String', value: (row) => row.transaction.office },
	'fin.trs.head.officename': { label: 'Office name', type: 'String', value: (row) => findOffice(row.transaction.office)?.name ?? '' },
	'fin.trs.head.year': { label: 'Year', type: 'String', value: (row) => row.transaction.period.slice(0, 4) },
	'fin.trs.head.period': { label: 'Period', type: 'String', value: (row) => row.transaction.period.slice(5) },
	'fin.trs.head.yearperiod': { label: 'Period', type: 'String', value: (row) => row.transaction.period },
	'fin.trs.head.code': { label: 'Transaction type', type: 'String', value: (row) => row.transaction.code },
	'fin.trs.head.shortname': { label: 'Name', type: 'String', value: (row) => twinfieldDaybooks[row.transaction.code]?.name ?? '' },
	'fin.trs.head.number': { label: 'Trans. no.', type: 'String', value: (row) => String(row.transaction.number) },
	'fin.trs.head.status': { label: 'Status', type: 'String', value: (row) => row.transaction.location },
	'fin.trs.head.date': { label: 'Date', type: 'Date', value: (row) => row.transaction.date },
	'fin.trs.head.curcode': { label: 'Currency', type: 'String', value: (row) => row.transaction.currency },
	'fin.trs.head.relation': { label: 'Relation', type: 'String', value: (row) => relationLine(row.transaction)?.dim2 ?? '' },
	'fin.trs.head.relationname': { label: 'Relation name', type: 'String', value: (row) => dimensionName(row.transaction.office, relationLine(row.transaction)?.dim2 ?? '') },
	'fin.trs.head.inpdate': { label: 'Input date', type: 'String', value: (row) => row.transaction.inputDate },
	'fin.trs.head.modified': { label: 'Modified', type: 'String', value: (row) => row.transaction.modified },
	'fin.trs.head.username': { label: 'User', type: 'String', value: (row) => row.transaction.user },
	'fin.trs.head.origin': { label: 'Origin', type: 'String', value: (row) => row.transaction.origin },
	'fin.trs.line.dim1': { label: 'General ledger', type: 'String', value: (row) => row.line.dim1 },
	'fin.trs.line.dim1name': { label: 'Gen. ledger name', type: 'String', value: (row) => dimensionName(row.transaction.office, row.line.dim1) },
	'fin.trs.line.dim1type': { label: 'Dimension type 1', type: 'String', value: (row) => dimType(row, row.line.dim1) },
	'fin.trs.line.dim2': { label: 'Dimension 2', type: 'String', value: (row) => row.line.dim2 ?? '' },
	'fin.trs.line.dim2name': { label: 'Dimension 2 name', type: 'String', value: (row) => dimensionName(row.transaction.office, row.line.dim2 ?? '') },
	'fin.trs.line.dim2type': { label: 'Dimension type 2', type: 'String', value: (row) => dimType(row, row.line.dim2) },
	'fin.trs.line.dim3': { label: 'Dimension 3', type: 'String', value: (row) => row.line.dim3 ?? '' },
	'fin.trs.line.dim3name': { label: 'Dimension 3 name', type: 'String', value: (row) => dimensionName(row.transaction.office, row.line.dim3 ?? '') },
	'fin.trs.line.dim3type': { label: 'Dimension type 3', type: 'String', value: (row) => dimType(row, row.line.dim3) },
	'fin.trs.line.valuesigned': { label: 'Value', type: 'Value', value: (row) => signed(row.line.cents, row.line.debitCredit) },
	'fin.trs.line.basevaluesigned': { label: 'Base value', type: 'Value', value: (row) => signed(row.line.cents, row.line.debitCredit) },
	'fin.trs.line.repvaluesigned': { label: 'Reporting value', type: 'Value', value: (row) => signed(row.line.cents, row.line.debitCredit) },
	'fin.trs.line.openvaluesigned': { label: 'Open amount', type: 'Value', value: (row) => (row.line.openCents ?? 0) / 100 },
	'fin.trs.line.openbasevaluesigned': { label: 'Open amount', type: 'Value', value: (row) => (row.line.openCents ?? 0) / 100 },
	'fin.trs.line.debitcredit': { label: 'D/C', type: 'String', value: (row) => row.line.debitCredit },
	'fin.trs.line.vatcode': { label: 'VAT code', type: 'String', value: (row) => row.line.vatCode ?? '' },
	'fin.trs.line.description': { label: 'Description', type: 'String', value: (row) => row.line.description ?? '' },
	'fin.trs.line.invnumber': { label: 'Invoice number', type: 'String', value: (row) => row.line.invoiceNumber ?? '' },
	'fin.trs.line.datedue': { label: 'Due date', type: 'Date', value: (row) => (row.line.openCents === undefined ? '' : row.transaction.dueDate ?? '') },
	'fin.trs.line.matchstatus': { label: 'Status', type: 'String', value: (row) => row.line.matchStatus },
	'fin.trs.line.modified': { label: 'Line modified', type: 'String', value: (row) => row.line.modified },
};

/** Which lines each browse code shows, and what its dimension 2 columns are called. */
const CODES: Record<string, { rows(row: Row): boolean; dim2: string }> = {
	'030_2': { rows: () => true, dim2: 'Dimension 2' },
	'100': { rows: (row) => dimType(row, row.line.dim2) === 'DEB', dim2: 'Customer' },
	'200': { rows: (row) => dimType(row, row.line.dim2) === 'CRD', dim2: 'Supplier' },
};

function defaultLabel(code: string, field: string): string {
	if (field === 'fin.trs.line.dim2') return CODES[code].dim2;
	if (field === 'fin.trs.line.dim2name') return `${CODES[code].dim2} name`;
	return FIELDS[field].label;
}

interface Column {
	field: string;
	label: string;
	visible: boolean;
	operator: string;
	from: string;
	to: string;
}

function text(parent: XmlElement | undefined, name: string): string {
	return parent?.children.find((item) => item.local === name)?.text.trim() ?? '';
}

function out(name: string, content: string | XmlOut[], attrs: Record<string, string> = {}): XmlOut {
	return typeof content === 'string' ? { name, text: content, attrs } : { name, children: content, attrs };
}

export type BrowseOutcome = { document: XmlOut } | { serverError: string };

const SERVER_ERROR = 'An error occurred on the server. Reference: 2026-01-15 C0A1B2C3';

export function browseTransactions(request: XmlElement, offices: string[]): BrowseOutcome {
	const code = request.attrs.code ?? '';
	const columns: Column[] = request.children
		.filter((item) => item.local === 'column')
		.map((column) => ({
			field: text(column, 'field'),
			label: text(column, 'label'),
			visible: text(column, 'visible') !== 'false',
			operator: text(column, 'operator'),
			from: text(column, 'from'),
			to: text(column, 'to'),
		}));
	if (!CODES[code] || columns.length === 0 || columns.some((column) => !FIELDS[column.field])) return { serverError: SERVER_ERROR };
	const officeFilter = columns.find((column) => column.field === 'fin.trs.head.office' && column.operator === 'equal');
	if (officeFilter && !offices.includes(officeFilter.from)) {
		const reply = out('columns', [], { code, result: '0', msgtype: 'error', msg: `You have no access to administration ${officeFilter.from}.` });
		return { document: reply };
	}
	const rows: Row[] = [];
	for (const transaction of storedTransactions()) {
		if (!offices.includes(transaction.office)) continue;
		for (const line of transaction.lines) {
			const row = { transaction, line };
			if (CODES[code].rows(row) && columns.every((column) => matches(column, FIELDS[column.field].value(row)))) rows.push(row);
		}
	}
	sortRows(rows, request);
	const head = out(
		'th',
		columns.map((column) => out('td', column.field, { label: column.label || defaultLabel(code, column.field), hideforuser: String(!column.visible), type: FIELDS[column.field].type })),
	);
	const body = rows.map((row) =>
		out('tr', [
			...columns.map((column) => {
				const field = FIELDS[column.field];
				const value = field.value(row);
				return out('td', typeof value === 'number' ? value.toFixed(2) : value, { field: column.field, hideforuser: String(!column.visible), type: field.type });
			}),
			out('key', [out('office', row.transaction.office), out('code', row.transaction.code), out('number', String(row.transaction.number)), out('line', String(row.line.id))]),
		]),
	);
	const total = String(rows.length);
	return { document: out('browse', [head, ...body], { result: '1', first: rows.length ? '1' : '0', last: total, total }) };
}

/** By office, daybook, number and line; a `<sort>` field first when the request names one. */
function sortRows(rows: Row[], request: XmlElement): void {
	const sortField = request.children.find((item) => item.local === 'sort')?.children.find((item) => item.local === 'field');
	const natural = (a: Row, b: Row) =>
		a.transaction.office.localeCompare(b.transaction.office) || a.transaction.code.localeCompare(b.transaction.code) || a.transaction.number - b.transaction.number || a.line.id - b.line.id;
	const field = sortField ? FIELDS[sortField.text.trim()] : undefined;
	const direction = sortField?.attrs.order === 'descending' ? -1 : 1;
	rows.sort((a, b) => {
		if (field) {
			const [x, y] = [field.value(a), field.value(b)];
			const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
			if (order !== 0) return order * direction;
		}
		return natural(a, b);
	});
}

/** The operators of a browse column; an empty `to` leaves a range open at the top. */
function matches(column: Column, value: string | number): boolean {
	const compare = (a: string | number, b: string) => (typeof a === 'number' ? a - Number(b) : a.localeCompare(b));
	switch (column.operator) {
		case '':
		case 'none':
			return true;
		case 'equal':
			return compare(value, column.from) === 0;
		case 'notequal':
			return compare(value, column.from) !== 0;
		case 'between':
			return (column.from === '' || compare(value, column.from) >= 0) && (column.to === '' || compare(value, column.to) <= 0);
		case 'greaterequal':
			return compare(value, column.from) >= 0;
		case 'lessequal':
			return compare(value, column.from) <= 0;
		case 'like':
			return new RegExp(`^${column.from.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'is').test(String(value));
		case 'in':
			return column.from.split(',').some((part) => compare(value, part.trim()) === 0);
		default:
			return false;
	}
}
