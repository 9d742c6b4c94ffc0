/** The browse request Get Many sends for transaction lines, read back by fast-xml-parser, and its rows as typed JSON. */
import { XMLParser } from 'fast-xml-parser';

import { browseLines, browseXml } from '../../nodes/Twinfield/helpers/transactionBrowse';
import { parseXml } from '../../nodes/shared/soap/xml';

const reference = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

interface ColumnRead {
	field: string;
	visible: string;
	ask: string;
	operator: string;
	from?: string;
	to?: string;
}

function columnsOf(xml: string): { code: string; columns: ColumnRead[] } {
	const read = reference.parse(xml).columns as { '@_code': string; column: ColumnRead[] };
	return { code: read['@_code'], columns: read.column };
}

const asked = (columns: ColumnRead[]) => columns.filter((column) => column.ask === 'true').map(({ field, operator, from, to }) => [field, operator, from, to]);

test('general ledger lines: the period range is always asked; other filters only when given', () => {
	const { code, columns } = columnsOf(browseXml({ office: 'DEMO&1', ledger: 'generalLedger', periodFrom: '2026/01', periodTo: '2026/03' }));
	expect(code).toBe('030_2');
	expect(columns).toHaveLength(18);
	expect(columns.every((column) => column.visible === 'true')).toBe(true);
	expect(asked(columns)).toEqual([
		['fin.trs.head.office', 'equal', 'DEMO&1', ''],
		['fin.trs.head.yearperiod', 'between', '2026/01', '2026/03'],
	]);
	expect(columns.find((column) => column.field === 'fin.trs.head.code')).toEqual({ field: 'fin.trs.head.code', visible: 'true', ask: 'false', operator: 'none' });
	expect(columns.map((column) => column.field)).not.toContain('fin.trs.line.matchstatus');
});

test('customer lines: every filter, and the columns only customers and suppliers have', () => {
	const { code, columns } = columnsOf(
		browseXml({
			office: '001',
			ledger: 'customers',
			periodFrom: '2026/01',
			periodTo: '2026/12',
			glAccount: '1300',
			relation: '1000',
			daybook: 'VRK',
			openOnly: true,
			modifiedSince: '20260101000000',
			lineModifiedSince: '20260201000000',
		}),
	);
	expect(code).toBe('100');
	expect(columns).toHaveLength(22);
	expect(asked(columns)).toEqual([
		['fin.trs.head.office', 'equal', '001', ''],
		['fin.trs.head.code', 'equal', 'VRK', ''],
		['fin.trs.head.yearperiod', 'between', '2026/01', '2026/12'],
		['fin.trs.head.modified', 'between', '20260101000000', '99991231235959'],
		['fin.trs.line.dim1', 'equal', '1300', ''],
		['fin.trs.line.dim2', 'equal', '1000', ''],
		['fin.trs.line.matchstatus', 'equal', 'available', ''],
		['fin.trs.line.modified', 'between', '20260201000000', '99991231235959'],
	]);
	expect(columns.slice(-4).map((column) => column.field)).toEqual(['fin.trs.line.datedue', 'fin.trs.line.matchstatus', 'fin.trs.line.openvaluesigned', 'fin.trs.line.modified']);
});

test('supplier lines without filters ask nothing of their own', () => {
	const { code, columns } = columnsOf(browseXml({ office: '001', ledger: 'suppliers', periodFrom: '2026/01', periodTo: '2026/01' }));
	expect(code).toBe('200');
	expect(asked(columns).map(([field]) => field)).toEqual(['fin.trs.head.office', 'fin.trs.head.yearperiod']);
});

test('a row: its identity from <key>, typed values, and null for what is empty', () => {
	const td = (field: string, value: string) => `<td field="fin.trs.${field}">${value}</td>`;
	const root = parseXml(
		'<browse><th/><tr>' +
			td('head.office', 'IGNORED') +
			td('head.status', ' temporary ') +
			td('head.yearperiod', '2026/02') +
			td('head.date', '20260214') +
			td('head.curcode', 'EUR') +
			td('head.modified', '20260214101500') +
			td('line.dim1', '1300') +
			td('line.dim1name', 'Debiteuren') +
			td('line.dim2', '1000') +
			td('line.dim2type', ' DEB ') +
			td('line.debitcredit', 'credit') +
			td('line.valuesigned', '-121.00') +
			td('line.vatcode', '') +
			td('line.description', ' Invoice 9 ') +
			td('line.invnumber', '9') +
			td('line.datedue', '20260314') +
			td('line.matchstatus', 'available') +
			td('line.openvaluesigned', '-21.00') +
			td('line.modified', '20260215000000') +
			'<key><office>001</office><code>VRK</code><number>202600009</number><line>2</line></key></tr>' +
			'<tr>' +
			td('head.office', '002') +
			td('head.code', 'MEMO') +
			td('head.number', '0') +
			td('head.status', 'final') +
			td('line.dim2', 'KP1') +
			td('line.dim2type', 'KPL') +
			'<key><line>-1</line></key></tr></browse>',
	);
	expect(browseLines(root)).toEqual([
		{
			office: '001',
			daybook: 'VRK',
			number: 202600009,
			line: 2,
			status: 'provisional',
			period: '2026/02',
			date: '2026-02-14',
			currency: 'EUR',
			glAccount: '1300',
			glAccountName: 'Debiteuren',
			customer: '1000',
			supplier: null,
			costCentre: null,
			project: null,
			debitCredit: 'credit',
			value: 121,
			valueSigned: -121,
			vatCode: null,
			description: 'Invoice 9',
			invoiceNumber: '9',
			dueDate: '2026-03-14',
			matchStatus: 'available',
			openValueSigned: -21,
			modified: '2026-02-14T10:15:00Z',
			lineModified: '2026-02-15T00:00:00Z',
		},
		{
			office: '002',
			daybook: 'MEMO',
			number: null,
			line: null,
			status: 'final',
			period: null,
			date: null,
			currency: null,
			glAccount: null,
			glAccountName: null,
			customer: null,
			supplier: null,
			costCentre: 'KP1',
			project: null,
			debitCredit: null,
			value: null,
			valueSigned: null,
			vatCode: null,
			description: null,
			invoiceNumber: null,
			dueDate: null,
			matchStatus: null,
			openValueSigned: null,
			modified: null,
			lineModified: null,
		},
	]);
});
