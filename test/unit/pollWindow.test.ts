/** A polling trigger's memory: over random changes, polls, clock skew and rounded stamps, nothing is lost and nothing put out twice. */
import fc from 'fast-check';

import { firstMemory, takeNewChanges, windowStart, type Change, type PollMemory, type PollSettings } from '../../nodes/shared/n8n/pollWindow';

interface Version {
	id: string;
	/** When it happened, on n8n's clock. */
	at: number;
	/** Its stamp as the service reports it: its own clock, rounded down. */
	stamp: number;
	serial: number;
}

/** What the service answers at real time `now`: each record's current version, if its stamp is from `since` on. */
function serviceAnswer(versions: Version[], now: number, since: number): Array<Change<Version>> {
	const current = new Map<string, Version>();
	for (const version of versions) if (version.at <= now) current.set(version.id, version);
	return [...current.values()].filter((version) => version.stamp >= since).map((version) => ({ id: version.id, changedAt: version.stamp, version: String(version.serial), record: version }));
}

const MINUTE = 60_000;

const scenario = fc.record({
	resolution: fc.constantFrom(1000, MINUTE),
	skew: fc.integer({ min: -MINUTE, max: MINUTE }),
	activation: fc.integer({ min: 0, max: 30 * MINUTE }),
	changes: fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), at: fc.integer({ min: 0, max: 120 * MINUTE }) }), { maxLength: 200 }),
	polls: fc.array(fc.integer({ min: 0, max: 130 * MINUTE }), { minLength: 1, maxLength: 100 }),
});

/** Five minutes of overlap: more than the skew plus a rounded minute. */
const settings: PollSettings = { overlapMs: 5 * MINUTE, maxSeen: 10_000 };

describe('the poll window', () => {
	it('puts out every version visible at a poll after activation exactly once, and no history from before it', () => {
		fc.assert(
			fc.property(scenario, ({ resolution, skew, activation, changes, polls }) => {
				const versions: Version[] = changes
					.map((change, serial) => ({ ...change, serial, stamp: Math.floor((change.at + skew) / resolution) * resolution }))
					.sort((a, b) => a.at - b.at || a.serial - b.serial);
				const pollTimes = [...new Set(polls.filter((time) => time > activation))].sort((a, b) => a - b);
				let memory: PollMemory = firstMemory(activation);
				const emitted: number[] = [];
				const visible = new Set<number>();
				for (const now of pollTimes) {
					const answer = serviceAnswer(versions, now, windowStart(memory, settings));
					for (const version of serviceAnswer(versions, now, -Infinity)) if (version.record.at > activation) visible.add(version.record.serial);
					const result = takeNewChanges(memory, answer, settings);
					memory = result.memory;
					emitted.push(...result.fresh.map((change) => change.record.serial));
				}
				// Nothing twice.
				expect(new Set(emitted).size).toBe(emitted.length);
				// Everything visible after activation.
				for (const serial of visible) expect(emitted).toContain(serial);
				// No flood: only what happened after activation, or within the overlap before it.
				for (const serial of emitted) expect(versions.find((version) => version.serial === serial)!.at).toBeGreaterThan(activation - settings.overlapMs - MINUTE - resolution);
			}),
			{ numRuns: 300 },
		);
	});

	it('moves the cursor only as far as the newest stamp read', () => {
		const memory = firstMemory(1_000_000);
		const change = (id: string, changedAt: number): Change<null> => ({ id, changedAt, record: null });
		expect(takeNewChanges(memory, [], settings).memory.cursor).toBe(1_000_000);
		expect(takeNewChanges(memory, [change('a', 900_000)], settings).memory.cursor).toBe(1_000_000);
		expect(takeNewChanges(memory, [change('a', 1_200_000), change('b', 1_100_000)], settings).memory.cursor).toBe(1_200_000);
	});

	it('puts out a second version with the same stamp, and forgets keys that the window can no longer bring back', () => {
		const first = takeNewChanges(firstMemory(0), [{ id: 'a', changedAt: 10 * MINUTE, version: '1', record: 1 }], settings);
		const second = takeNewChanges(first.memory, [{ id: 'a', changedAt: 10 * MINUTE, version: '2', record: 2 }], settings);
		expect(second.fresh.map((change) => change.record)).toEqual([2]);
		const later = takeNewChanges(second.memory, [{ id: 'b', changedAt: 30 * MINUTE, record: 3 }], settings);
		expect(later.memory.seen).toEqual(['b@1800000']);
	});

	it('keeps at most maxSeen keys, the newest', () => {
		const many = Array.from({ length: 10 }, (_, index) => ({ id: `r${index}`, changedAt: index, record: index }));
		expect(takeNewChanges(firstMemory(0), many, { overlapMs: MINUTE, maxSeen: 3 }).memory.seen).toEqual(['r7@7', 'r8@8', 'r9@9']);
	});
});
