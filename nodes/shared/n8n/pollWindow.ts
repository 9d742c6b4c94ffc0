/** A polling trigger's memory between polls: how far it has read, and which changes it has already put out. */
/*
 * Each poll asks the service for what changed since `cursor - overlap`. The
 * overlap covers clock skew between n8n and the service and timestamps that
 * the service rounds (to the second, or the minute), so a change stamped just
 * before the cursor is still seen. What the overlap brings back twice is
 * dropped by its key: the record's ID with its change stamp. The cursor moves
 * only as far as the newest change actually read, never to n8n's own clock.
 */

/** One changed record as the service reported it. */
export interface Change<T> {
	/** What identifies the record, e.g. its code or ID (with the office where codes repeat). */
	id: string;
	/** When the service says it changed, in milliseconds since 1970 (UTC). */
	changedAt: number;
	/**
	 * Tells two versions apart that carry the same stamp (two changes within
	 * one second, or one minute where the service rounds to minutes), e.g. a
	 * digest of the record. Optional.
	 */
	version?: string;
	record: T;
}

/** What a trigger keeps in n8n's static data. Plain JSON, so n8n can store it. */
export interface PollMemory {
	/** The newest change stamp read so far, in milliseconds since 1970. */
	cursor: number;
	/** `id#version@changedAt` of the changes put out whose stamp is still within the overlap of the cursor. */
	seen: string[];
}

export interface PollSettings {
	/** How far before the cursor each poll asks again. */
	overlapMs: number;
	/** The most keys kept; the oldest go first. */
	maxSeen: number;
}

export const DEFAULT_POLL_SETTINGS: PollSettings = { overlapMs: 5 * 60 * 1000, maxSeen: 2000 };

/** The memory of a trigger just activated: it starts at `start` (now, or the date the user chose). */
export function firstMemory(start: number): PollMemory {
	return { cursor: start, seen: [] };
}

/** Whether `value` is a memory this module wrote (static data may be empty or from an older version). */
export function isPollMemory(value: unknown): value is PollMemory {
	if (typeof value !== 'object' || value === null) return false;
	const { cursor, seen } = value as Partial<PollMemory>;
	return typeof cursor === 'number' && Number.isFinite(cursor) && Array.isArray(seen) && seen.every((key) => typeof key === 'string');
}

/** Where the next poll starts asking: the cursor less the overlap. */
export function windowStart(memory: PollMemory, settings: PollSettings = DEFAULT_POLL_SETTINGS): number {
	return memory.cursor - settings.overlapMs;
}

function keyOf(change: Change<unknown>): string {
	const version = change.version === undefined ? '' : `#${change.version}`;
	return `${change.id}${version}@${change.changedAt}`;
}

/**
 * Sorts out one poll's answer: the changes not put out before, oldest first,
 * and the memory for the next poll. `changes` must be everything the service
 * has from `windowStart(memory)` on; a change older than the window that the
 * service sends anyway is put out only if it was not seen.
 */
export function takeNewChanges<T>(
	memory: PollMemory,
	changes: Array<Change<T>>,
	settings: PollSettings = DEFAULT_POLL_SETTINGS,
): { fresh: Array<Change<T>>; memory: PollMemory } {
	const seen = new Set(memory.seen);
	const fresh: Array<Change<T>> = [];
	let cursor = memory.cursor;
	for (const change of [...changes].sort((a, b) => a.changedAt - b.changedAt)) {
		if (!Number.isFinite(change.changedAt)) continue;
		cursor = Math.max(cursor, change.changedAt);
		const key = keyOf(change);
		if (seen.has(key)) continue;
		seen.add(key);
		fresh.push(change);
	}
	// Only keys that the next window can bring back are worth keeping.
	const oldestKept = cursor - settings.overlapMs;
	const kept = [...seen]
		.map((key) => ({ key, at: Number(key.slice(key.lastIndexOf('@') + 1)) }))
		.filter((entry) => entry.at >= oldestKept)
		.sort((a, b) => a.at - b.at)
		.slice(-settings.maxSeen)
		.map((entry) => entry.key);
	return { fresh, memory: { cursor, seen: kept } };
}
