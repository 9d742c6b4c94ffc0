/** The browse Get Many sends for transaction lines (`<columns>`), and its rows as typed JSON, one object per line. */
/*
 * 030_2 lists general ledger lines; 100 and 200 list the lines on customers
 * and suppliers, the only ones with match status, open amount and due date.
 */
import type { IDataObject } from 'n8n-workflow';

import { childText, findChild, findChildren, type XmlElement } from '../../shared/soap/xml';
import { xmlEscape } from '../../shared/soap/xmlText';
import { lineDimensions, transactionStatus } from './transactionRead';
import { amountValue, isoDate, isoStamp, textOrNull } from './twinfieldValues';

export type Ledger = 'generalLedger' | 'customers' | 'suppliers';

export const BROWSE_CODES: Record<Ledger, string> = { generalLedger: '030_2', customers: '100', suppliers: '200' };

export interface BrowseFilters {
	office: string;
	ledger: Ledger;
	/** `YYYY/PP`. */
	periodFrom: string;
	periodTo: string;
	glAccount?: string;
	/** The customer or supplier (dimension 2). */
	relation?: string;
	daybook?: string;
	openOnly?: boolean;
	/** `YYYYMMDDHHMMSS`, UTC. */
	modifiedSince?: string;
}

interface Column {
	field: string;
	operator?: 'equal' | 'between';
	from?: string;
	to?: string;
}

const LATEST_STAMP = '99991231235959';

function columns(filters: BrowseFilters): Column[] {
	const equal = (field: string, value: string | undefined): Column => (value ? { field, operator: 'equal', from: value } : { field });
	const list: Column[] = [
		equal('fin.trs.head.office', filters.office),
		equal('fin.trs.head.code', filters.daybook),
		{ field: 'fin.trs.head.number' },
		{ field: 'fin.trs.head.yearperiod', operator: 'between', from: filters.periodFrom, to: filters.periodTo },
		{ field: 'fin.trs.head.date' },
		{ field: 'fin.trs.head.status' },
		{ field: 'fin.trs.head.curcode' },
		filters.modifiedSince ? { field: 'fin.trs.head.modified', operator: 'between', from: filters.modifiedSince, to: LATEST_STAMP } : { field: 'fin.trs.head.modified' },
		equal('fin.trs.line.dim1', filters.glAccount),
		{ field: 'fin.trs.line.dim1name' },
		equal('fin.trs.line.dim2', filters.relation),
		{ field: 'fin.trs.line.dim2type' },
		{ field: 'fin.trs.line.dim3' },
		{ field: 'fin.trs.line.debitcredit' },
		{ field: 'fin.trs.line.valuesigned' },
		{ field: 'fin.trs.line.vatcode' },
		{ field: 'fin.trs.line.description' },
		{ field: 'fin.trs.line.invnumber' },
	];
	if (filters.ledger !== 'generalLedger') {
		list.push(
			{ field: 'fin.trs.line.datedue' },
			filters.openOnly ? equal('fin.trs.line.matchstatus', 'available') : { field: 'fin.trs.line.matchstatus' },
			{ field: 'fin.trs.line.openvaluesigned' },
			{ field: 'fin.trs.line.modified' },
		);
	}
	return list;
}

function columnXml(column: Column): string {
	const filtered = column.operator !== undefined;
	return (
		'<column>' +
		`<field>${column.field}</field>` +
		'<visible>true</visible>' +
		`<ask>${filtered}</ask>` +
		`<operator>${column.operator ?? 'none'}</operator>` +
		(filtered ? `<from>${xmlEscape(column.from ?? '')}</from><to>${xmlEscape(column.to ?? '')}</to>` : '') +
		'</column>'
	);
}

/** The `<columns>` request: the fields Get Many puts out, the chosen filters on them. */
export function browseXml(filters: BrowseFilters): string {
	return `<columns code="${BROWSE_CODES[filters.ledger]}">${columns(filters).map(columnXml).join('')}</columns>`;
}

/** One row of the answer: each cell by its field name, the line's identity from `<key>`. */
function rowJson(row: XmlElement): IDataObject {
	const cells = new Map<string, string>();
	for (const cell of findChildren(row, 'td')) cells.set(cell.attributes.field ?? '', cell.text.trim());
	const cell = (field: string) => textOrNull(cells.get(`fin.trs.${field}`));
	const key = findChild(row, 'key');
	const number = Number(childText(key, 'number') ?? cell('head.number'));
	const line = Number(childText(key, 'line'));
	const valueSigned = amountValue(cells.get('fin.trs.line.valuesigned'));
	const openValue = amountValue(cells.get('fin.trs.line.openvaluesigned'));
	return {
		office: textOrNull(childText(key, 'office')) ?? cell('head.office'),
		daybook: textOrNull(childText(key, 'code')) ?? cell('head.code'),
		number: Number.isSafeInteger(number) && number > 0 ? number : null,
		line: Number.isInteger(line) && line > 0 ? line : null,
		status: transactionStatus(cells.get('fin.trs.head.status')),
		period: cell('head.yearperiod'),
		date: isoDate(cells.get('fin.trs.head.date')),
		currency: cell('head.curcode'),
		glAccount: cell('line.dim1'),
		glAccountName: cell('line.dim1name'),
		...lineDimensions(cell('line.dim2'), cells.get('fin.trs.line.dim2type') ?? '', cell('line.dim3')),
		debitCredit: cell('line.debitcredit'),
		value: valueSigned === null ? null : Math.abs(valueSigned),
		valueSigned,
		vatCode: cell('line.vatcode'),
		description: cell('line.description'),
		invoiceNumber: cell('line.invnumber'),
		dueDate: isoDate(cells.get('fin.trs.line.datedue')),
		matchStatus: cell('line.matchstatus'),
		openValueSigned: cells.has('fin.trs.line.openvaluesigned') ? openValue : null,
		modified: isoStamp(cells.get('fin.trs.head.modified')),
		lineModified: isoStamp(cells.get('fin.trs.line.modified')),
	};
}

/** The rows of a `<browse>` answer, in the order Twinfield sent them. */
export function browseLines(root: XmlElement): IDataObject[] {
	return findChildren(root, 'tr').map(rowJson);
}
