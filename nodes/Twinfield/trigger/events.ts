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

export const twinfieldEvents: Record<string, TriggerEvent> = {
	customer: dimensionEvent('customer', 'customers changed in the last 30 days'),
	supplier: dimensionEvent('supplier', 'suppliers changed in the last 30 days'),
};
