/** The Twinfield Trigger's events: which resource operation lists each one's changes, and how to read a change from its records. */
import type { IDataObject } from 'n8n-workflow';

import type { TriggerEvent } from '../../shared/n8n/triggerEvent';

const DAY_MS = 24 * 60 * 60 * 1000;

const timeOf = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : NaN);

/**
 * Customers or suppliers through their Get Many: the Finder's modifiedsince
 * (at or after) lists the codes, each is then read whole. Hidden ones are
 * included, so hiding one is a change too. Dimensions carry no creation
 * stamp, so the event is `changed`.
 */
function dimensionEvent(resource: 'customer' | 'supplier', subject: string): TriggerEvent {
	const changedSince = (since: number) => ({
		resource,
		operation: 'getMany',
		returnAll: true,
		filters: { modifiedSince: new Date(since).toISOString(), includeHidden: true },
	});
	return {
		subject,
		changedSince,
		// Fetch Test Event looks back 30 days, so it reads no more than recent changes.
		recent: () => changedSince(Date.now() - 30 * DAY_MS),
		id: (record: IDataObject) => `${String(record.office)}/${String(record.code)}`,
		changedAt: (record: IDataObject) => timeOf(record.modifiedAt),
		kind: () => 'changed',
	};
}

/** The usual daybook code of each daybook type, as Transaction → Create assumes them. */
export const DAYBOOK_CODES: Record<string, string> = { sales: 'VRK', purchase: 'INK', journal: 'MEMO', bank: 'BNK' };

const periodOf = (time: number, period: string) => `${new Date(time).getUTCFullYear()}/${period}`;

/**
 * Transaction lines of one daybook through Transaction → Get Many (browse
 * 030_2 with fin.trs.head.modified from the window on), one item per line.
 * The periods run from the year before the window's to the year after n8n's
 * today, so a transaction booked in another year is seen too. The browse
 * shows no entry stamp beside `modified`, so the event is `changed`.
 */
function transactionEvent(): TriggerEvent {
	const changedSince = (since: number, daybook: string) => ({
		resource: 'transaction',
		operation: 'getMany',
		ledger: 'generalLedger',
		periodFrom: periodOf(since - 365 * DAY_MS, '00'),
		periodTo: periodOf(Date.now() + 365 * DAY_MS, '56'),
		returnAll: true,
		'filters.glAccount': '',
		'filters.daybook': daybook,
		'filters.modifiedSince': new Date(since).toISOString(),
	});
	return {
		subject: 'transactions of the daybook changed in the last 30 days',
		changedSince: (since, parameter) => changedSince(since, daybookOf(parameter)),
		recent: (parameter) => changedSince(Date.now() - 30 * DAY_MS, daybookOf(parameter)),
		id: (record: IDataObject) => `${String(record.office)}/${String(record.daybook)}/${String(record.number)}/${String(record.line)}`,
		changedAt: (record: IDataObject) => timeOf(record.modified),
		kind: () => 'changed',
	};
}

/**
 * New sales invoices: a final invoice is posted as a sales transaction whose
 * customer line carries the invoice number, so the sales daybook's new
 * transactions are listed as the transaction event lists them (one browse),
 * and each new one with an invoice number is read as Sales Invoice → Get reads
 * it (one read). A transaction booked without invoicing, or of another
 * invoice type, has no such invoice (or one posted elsewhere) and is left out.
 */
function salesInvoiceEvent(): TriggerEvent {
	const lines = transactionEvent();
	return {
		...lines,
		subject: 'sales invoices posted in the last 30 days',
		id: (record: IDataObject) => `${String(record.office)}/${String(record.daybook)}/${String(record.number)}`,
		kind: () => 'created',
		accepts: (record: IDataObject) => typeof record.invoiceNumber === 'string' && record.invoiceNumber !== '',
		readWhole: (record: IDataObject, parameter) => {
			const invoiceType = locatorText(parameter('invoiceType'));
			if (invoiceType === '') return undefined;
			return {
				resource: 'salesInvoice',
				operation: 'get',
				office: { __rl: true, mode: 'id', value: String(record.office) },
				invoiceType: { __rl: true, mode: 'id', value: invoiceType },
				invoiceNumber: String(record.invoiceNumber),
			};
		},
		// Another invoice type may use the same number: only the invoice posted as this transaction is the one.
		belongsTo: (whole: IDataObject, listed: IDataObject) => {
			const posted = whole.transaction as IDataObject | null;
			return posted !== null && typeof posted === 'object' && posted.code === listed.daybook && String(posted.number) === String(listed.number);
		},
		isMissing: (error: unknown) => error instanceof Error && error.message.startsWith('Twinfield refused the read of sales invoice'),
	};
}

/**
 * Open items paid: the lines of customers (browse 100) or suppliers (200)
 * whose own stamp (fin.trs.line.modified, which matching moves) is in the
 * window and whose match status is now `matched`. A part payment leaves the
 * line `available` with a smaller open amount: it is not put out. The
 * periods run from three years before the window's year to the year after today.
 */
function openItemPaidEvent(): TriggerEvent {
	const changedSince = (since: number, parameter: (name: string) => unknown) => {
		const ledger = parameter('ledger') === 'suppliers' ? 'suppliers' : 'customers';
		return {
			resource: 'transaction',
			operation: 'getMany',
			ledger,
			periodFrom: `${new Date(since).getUTCFullYear() - 3}/00`,
			periodTo: periodOf(Date.now() + 365 * DAY_MS, '56'),
			customer: '',
			supplier: '',
			openOnly: false,
			returnAll: true,
			'filters.glAccount': '',
			'filters.daybook': '',
			'filters.modifiedSince': '',
			'filters.lineModifiedSince': new Date(since).toISOString(),
		};
	};
	return {
		subject: 'open items paid in the last 30 days',
		changedSince,
		recent: (parameter) => changedSince(Date.now() - 30 * DAY_MS, parameter),
		id: (record: IDataObject) => `${String(record.office)}/${String(record.daybook)}/${String(record.number)}/${String(record.line)}`,
		changedAt: (record: IDataObject) => timeOf(record.lineModified),
		kind: () => 'paid',
		accepts: (record: IDataObject) => record.matchStatus === 'matched',
	};
}

/** The value of a resource locator, or of a plain text field. */
function locatorText(value: unknown): string {
	const raw = typeof value === 'object' && value !== null ? (value as IDataObject).value : value;
	return typeof raw === 'string' ? raw.trim() : '';
}

/** The daybook code the trigger watches: the one typed in, or the usual code of the chosen type. */
function daybookOf(parameter: (name: string) => unknown): string {
	const typed = String(parameter('daybookCode') ?? '').trim();
	return typed || DAYBOOK_CODES[String(parameter('daybookType'))] || 'VRK';
}

export const twinfieldEvents: Record<string, TriggerEvent> = {
	customer: dimensionEvent('customer', 'customers changed in the last 30 days'),
	supplier: dimensionEvent('supplier', 'suppliers changed in the last 30 days'),
	transaction: transactionEvent(),
	salesInvoice: salesInvoiceEvent(),
	openItemPaid: openItemPaidEvent(),
};
