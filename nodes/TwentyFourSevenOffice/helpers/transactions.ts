/** TransactionService's transactions read into typed records, and the date windows a long search is split into. */
import type { IDataObject } from 'n8n-workflow';

import { findChild, findChildren, type XmlElement } from '../../shared/soap/xml';
import { booleanOf, dateOf, defined, numberOf, textOf } from './values';

/** The customer an entry belongs to, from its dimension of type Customer. */
function customerOf(record: XmlElement): number | string | undefined {
	const dimension = findChildren(findChild(record, 'Dimensions'), 'Dimension').find((item) => textOf(item, 'Type') === 'Customer');
	return numberOf(dimension, 'Value');
}

export function readTransaction(record: XmlElement): IDataObject {
	return defined({
		id: textOf(record, 'Id'),
		date: dateOf(record, 'Date'),
		accountNo: numberOf(record, 'AccountNo'),
		amount: numberOf(record, 'Amount'),
		currency: textOf(record, 'Currency'),
		transactionNo: numberOf(record, 'TransactionNo'),
		transactionTypeId: numberOf(record, 'TransactionTypeId'),
		period: numberOf(record, 'Period'),
		comment: textOf(record, 'Comment'),
		vatCode: numberOf(record, 'VatCode'),
		invoiceNo: textOf(record, 'InvoiceNo'),
		systemType: textOf(record, 'SystemType'),
		customerId: customerOf(record),
		dueDate: dateOf(record, 'DueDate'),
		registrationDate: dateOf(record, 'RegistrationDate'),
		dateChanged: dateOf(record, 'DateChanged'),
		hidden: booleanOf(record, 'Hidden'),
		open: booleanOf(record, 'Open'),
	});
}

export const readTransactions = (result: XmlElement | undefined): IDataObject[] => findChildren(result, 'Transaction').map(readTransaction);

export interface DateWindow {
	/** First second of the window, UTC. */
	start: Date;
	/** Last second of the window, UTC (the service includes DateEnd). */
	end: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole days from the day of `from` to the end of the day of `to`, in
 * windows of `days` days, oldest first; the last window ends at `to`'s day end.
 */
export function dateWindows(from: Date, to: Date, days: number): DateWindow[] {
	const first = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
	const last = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate()) + DAY_MS - 1000;
	const windows: DateWindow[] = [];
	for (let start = first; start <= last; start += days * DAY_MS) {
		windows.push({ start: new Date(start), end: new Date(Math.min(start + days * DAY_MS - 1000, last)) });
	}
	return windows;
}
