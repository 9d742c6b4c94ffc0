/** The 24SevenOffice Trigger's events: which resource operation lists each one's changes, and how to read a change from its records. */
import type { IDataObject } from 'n8n-workflow';

import type { TriggerEvent } from '../../shared/n8n/triggerEvent';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A time as the operations' date fields take it. */
const iso = (time: number) => new Date(time).toISOString();

const timeOf = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : NaN);

/**
 * Companies (customers) by CompanyService's ChangedAfter, which means
 * strictly after: the search starts a second before the window, so a change
 * stamped at its start is not missed. Companies carry DateCreated, so a
 * company whose last change is its creation is told apart.
 */
const customer: TriggerEvent = {
	subject: 'customers',
	changedSince: (since) => ({ resource: 'customer', operation: 'getMany', returnAll: true, filters: { changedAfter: iso(since - 1000) } }),
	recent: () => ({ resource: 'customer', operation: 'getMany', returnAll: true, filters: {} }),
	id: (record) => String(record.Id),
	changedAt: (record) => timeOf(record.DateChanged),
	kind: (record) => (record.DateCreated !== undefined && record.DateCreated === record.DateChanged ? 'created' : 'updated'),
};

/** Products by ProductService's DateChanged (changed after); a product carries no creation date, so its event is `changed`. */
const product: TriggerEvent = {
	subject: 'products',
	changedSince: (since) => ({ resource: 'product', operation: 'getMany', returnAll: true, filters: { changedAfter: iso(since - 1000) } }),
	recent: () => ({ resource: 'product', operation: 'getMany', returnAll: true, filters: {} }),
	id: (record) => String(record.Id),
	changedAt: (record) => timeOf(record.DateChanged),
	kind: () => 'changed',
};

/**
 * Sales orders and invoices by InvoiceService's ChangedAfter (strictly after,
 * hence a second earlier). An order carries no creation stamp (DateOrdered is
 * the order's business date), so its event is `changed`; its `status` says
 * whether it is invoiced.
 */
const salesOrder: TriggerEvent = {
	subject: 'sales orders changed in the last year',
	changedSince: (since) => ({ resource: 'salesOrder', operation: 'getMany', changedAfter: iso(since - 1000), returnAll: true, filters: {} }),
	recent: (parameter) => salesOrder.changedSince(Date.now() - 365 * DAY_MS, parameter),
	id: (record) => String(record.orderId),
	changedAt: (record) => timeOf(record.dateChanged),
	kind: () => 'changed',
};

/**
 * Entries posted or changed, by TransactionService's DateChangedUTC search.
 * The search goes to the end of tomorrow by n8n's clock, so a service clock
 * ahead of n8n's loses nothing; one request covers up to a year.
 */
const transaction: TriggerEvent = {
	subject: 'new or changed transactions',
	changedSince: (since) => ({
		resource: 'transaction',
		operation: 'getMany',
		dateFrom: iso(since),
		dateTo: iso(Date.now() + DAY_MS),
		dateField: 'DateChangedUTC',
		account: '',
		returnAll: true,
		filters: { windowDays: 366 },
	}),
	recent: (parameter) => transaction.changedSince(Date.now() - 365 * DAY_MS, parameter),
	id: (record) => String(record.id),
	changedAt: (record) => timeOf(record.dateChanged),
	// Posted entries are not edited in place; an entry whose change is its registration is new.
	kind: (record: IDataObject) => (record.registrationDate === record.dateChanged ? 'created' : 'updated'),
};

export const tsoEvents: Record<string, TriggerEvent> = { customer, product, salesOrder, transaction };
