/** A Twinfield `<transaction>` (read or save answer) as typed JSON: the header's fields and one object per line. */
import type { IDataObject } from 'n8n-workflow';

import { childText, findChild, findChildren, type XmlElement } from '../../shared/soap/xml';
import { amountValue, isoDate, isoStamp, textOrNull } from './twinfieldValues';

/** Twinfield's `temporary` is what its screens call provisional. */
export function transactionStatus(location: string | undefined): string | null {
	if (location === 'temporary') return 'provisional';
	if (location === 'final') return 'final';
	return textOrNull(location);
}

/** Who or what dimension 2 and 3 name, by their dimension type; null where the line has none. */
export function lineDimensions(dim2: string | null, dim2Type: string, dim3: string | null): IDataObject {
	return {
		customer: dim2Type === 'DEB' ? dim2 : null,
		supplier: dim2Type === 'CRD' ? dim2 : null,
		costCentre: dim2Type === 'KPL' ? dim2 : null,
		project: dim3,
	};
}

/** The value with the sign of its side: debit positive, credit negative. */
export function signed(value: number | null, side: string | null): number | null {
	if (value === null) return null;
	return side === 'credit' ? -value : value;
}

function lineJson(line: XmlElement): IDataObject {
	const text = (name: string) => textOrNull(childText(line, name));
	const dim1 = findChild(line, 'dim1');
	const dim2 = findChild(line, 'dim2');
	const side = text('debitcredit');
	const value = amountValue(childText(line, 'value'));
	const open = amountValue(childText(line, 'openvalue'));
	const id = Number(line.attributes.id);
	return {
		line: Number.isInteger(id) ? id : null,
		type: textOrNull(line.attributes.type),
		glAccount: textOrNull(dim1?.text),
		glAccountName: textOrNull(dim1?.attributes.name),
		...lineDimensions(textOrNull(dim2?.text), dim2?.attributes.type ?? '', text('dim3')),
		debitCredit: side,
		value,
		valueSigned: signed(value, side),
		vatCode: text('vatcode'),
		description: text('description'),
		invoiceNumber: text('invoicenumber'),
		matchStatus: text('matchstatus'),
		openValueSigned: signed(open, side),
	};
}

/** The transaction's header fields and lines, typed: numbers, ISO dates and UTC stamps. */
export function transactionJson(transaction: XmlElement): IDataObject {
	const header = findChild(transaction, 'header');
	const text = (name: string) => textOrNull(childText(header, name));
	const number = Number(text('number'));
	const period = text('period');
	return {
		office: text('office'),
		daybook: text('code'),
		daybookName: textOrNull(findChild(header, 'code')?.attributes.name),
		number: Number.isSafeInteger(number) && number > 0 ? number : null,
		status: transactionStatus(transaction.attributes.location),
		period,
		date: isoDate(childText(header, 'date')),
		currency: text('currency'),
		invoiceNumber: text('invoicenumber'),
		dueDate: isoDate(childText(header, 'duedate')),
		origin: text('origin'),
		user: text('user'),
		inputDate: isoStamp(childText(header, 'inputdate')),
		modified: isoStamp(childText(header, 'modificationdate')),
		lines: findChildren(findChild(transaction, 'lines'), 'line').map(lineJson),
	};
}
