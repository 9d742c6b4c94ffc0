/** One event of a trigger: the resource operation that lists changed records, and how to read a change from one of its records. */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { Resource } from './operation';
import { executeFunctionsOf } from './pollContext';
import type { ChangeSource } from './pollTrigger';
import type { Change } from './pollWindow';
import { route } from './router';

/** `created` and `updated` where the service tells them apart; `changed` where it does not; `paid` for an open item matched with its payment. */
export type EventKind = 'created' | 'updated' | 'changed' | 'paid';

export interface TriggerEvent {
	/** What the event watches, for messages: e.g. "changed customers". */
	subject: string;
	/**
	 * The operation's parameters that list every record changed from `since`
	 * (milliseconds since 1970) on; `parameter` reads the trigger's own fields.
	 */
	changedSince(since: number, parameter: (name: string) => unknown): Record<string, unknown>;
	/** The operation's parameters that list the records among which the latest is, for Fetch Test Event. */
	recent(parameter: (name: string) => unknown): Record<string, unknown>;
	/** What identifies a record (with the office or client where codes repeat). */
	id(record: IDataObject): string;
	/** When the service stamped the record's last change, in milliseconds; NaN when it carries no stamp. */
	changedAt(record: IDataObject): number;
	/** Whether the record's last change created it. */
	kind(record: IDataObject): EventKind;
	/** Which listed records the event is about (all when absent). */
	accepts?(record: IDataObject): boolean;
	/**
	 * The operation's parameters that read a new record whole, when the listing
	 * shows only part of it; undefined skips the read and the record.
	 */
	readWhole?(record: IDataObject, parameter: (name: string) => unknown): Record<string, unknown> | undefined;
	/** Whether the whole record read belongs to the listed one; a record that does not is left out. */
	belongsTo?(whole: IDataObject, listed: IDataObject): boolean;
	/** Whether an error of the read says the record is not there (it is then left out). */
	isMissing?(error: unknown): boolean;
}

/**
 * A digest of the record as read: two changes that carry the same stamp (within
 * one second, or one minute where stamps are rounded) differ in it, so the
 * second is put out too; the same version brought back by the overlap is not.
 */
export function versionOf(record: IDataObject): string {
	// Two 32-bit multiplicative hashes of the JSON text (FNV-1a and a second prime): 64 bits, so versions of one record do not collide.
	const text = JSON.stringify(record);
	let first = 0x811c9dc5;
	let second = 0x01000193 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		first = Math.imul(first ^ code, 0x01000193) >>> 0;
		second = Math.imul(second ^ code, 0x5bd1e995) >>> 0;
	}
	return `${first.toString(36)}.${second.toString(36)}`;
}

/** Runs one operation of the node's resources from a poll and returns its records. */
export async function runOperation(poll: IPollFunctions, resources: Resource[], parameters: Record<string, unknown>): Promise<IDataObject[]> {
	const [output] = await route(executeFunctionsOf(poll, parameters), resources);
	return (output ?? []).map((item) => item.json);
}

/** The trigger's source of changes for one event, read with the resource's own operation. */
export function eventSource(poll: IPollFunctions, resources: Resource[], event: TriggerEvent): ChangeSource<IDataObject> {
	const parameter = (name: string) => poll.getNodeParameter(name, '') as unknown;
	const listed = async (parameters: Record<string, unknown>) => (await runOperation(poll, resources, parameters)).filter((record) => event.accepts?.(record) ?? true);
	const changeOf = (record: IDataObject): Change<IDataObject> => ({ id: event.id(record), changedAt: event.changedAt(record), version: versionOf(record), record });
	return {
		subject: event.subject,
		// An operation may search whole days: what changed before `since` was put out by an earlier poll.
		changesSince: async (since) => (await listed(event.changedSince(since, parameter))).map(changeOf).filter((change) => change.changedAt >= since),
		latest: async () => {
			const records = await listed(event.recent(parameter));
			let latest: IDataObject | undefined;
			for (const record of records) {
				if (latest === undefined || event.changedAt(record) > event.changedAt(latest)) latest = record;
			}
			return latest;
		},
		complete: event.readWhole === undefined ? undefined : async (listed) => await readWhole(poll, resources, event, listed, parameter),
		output: (record) => ({ ...record, event: event.kind(record) }),
	};
}

/** One new record read whole with the event's read; undefined when the service has no such record or it is another one. */
async function readWhole(poll: IPollFunctions, resources: Resource[], event: TriggerEvent, listed: IDataObject, parameter: (name: string) => unknown): Promise<IDataObject | undefined> {
	const parameters = event.readWhole?.(listed, parameter);
	if (parameters === undefined) return undefined;
	// A read the service refuses because the record is not there leaves it out; any other failure fails the poll.
	const records = await runOperation(poll, resources, parameters).then(undefined, (error: unknown) => {
		if (event.isMissing?.(error) === true) return [];
		throw error;
	});
	const whole = records[0];
	if (whole === undefined || !(event.belongsTo?.(whole, listed) ?? true)) return undefined;
	return whole;
}
