/** Random changes between the polls of a trigger, on the emulator's clock, checked against the emulator's change log: what was lost, what came twice. */
import type { IDataObject } from 'n8n-workflow';

import type { ChangeLog, LoggedChange } from '../emulator/changeLog';
import type { ServiceClock } from '../emulator/clock';
import type { TriggerPoller } from './poll';

export interface Scenario {
	poller: TriggerPoller;
	clock: ServiceClock;
	log: ChangeLog;
	/** Makes one change in the service, which stamps and logs it; `pick` chooses among `count` things. */
	change(pick: (count: number) => number): void | Promise<void>;
	/** The change log's key of an output item. */
	keyOf(item: IDataObject): string;
	/** The stamp the service wrote on the record of an output item. */
	stampOf(item: IDataObject): string;
	/** Requests the emulator has answered so far. */
	requestCount(): number;
}

export interface ScenarioOptions {
	changes: number;
	polls: number;
	seed: number;
	/** The service's clock less n8n's, in milliseconds (negative: the service is behind). */
	skewMs?: number;
	/** The longest step of the clock between two changes or before a poll; many steps are 0 (the same second). */
	maxStepMs?: number;
	/** Checks only the logged changes of this kind (the event's); others are changes the trigger must leave out. */
	onlyKind?: string;
}

export interface ScenarioResult {
	/** Changes after which the next poll put out no item of that record with that stamp or a later one. */
	lost: LoggedChange[];
	/** Items put out before with the same record and content. */
	duplicated: IDataObject[];
	emitted: number;
	/** Requests each active poll sent. */
	requestsPerPoll: number[];
}

/** A small seeded generator (mulberry32), so a failing run can be repeated. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Activates the trigger (its first poll starts from now), then makes
 * `changes` changes spread at random over `polls` polls, moving the clock by
 * random steps, often none, so that changes share a second or a minute with
 * each other and with the poll.
 */
export async function runScenario(scenario: Scenario, options: ScenarioOptions): Promise<ScenarioResult> {
	const random = seededRandom(options.seed);
	const pick = (count: number) => Math.floor(random() * count);
	const maxStep = options.maxStepMs ?? 40_000;
	const step = () => (random() < 0.4 ? 0 : Math.floor(random() * maxStep));
	const { clock, log, poller } = scenario;
	clock.set(Date.now() + (options.skewMs ?? 0));
	log.clear();
	expect(await poller.poll()).toEqual([]);

	const perPoll = Array.from({ length: options.polls }, () => 0);
	for (let i = 0; i < options.changes; i++) perPoll[pick(options.polls)]++;

	const outputs: IDataObject[][] = [];
	/** How many changes the log held when each poll ran. */
	const loggedBefore: number[] = [];
	const requestsPerPoll: number[] = [];
	for (const count of perPoll) {
		for (let i = 0; i < count; i++) {
			clock.advance(step());
			await scenario.change(pick);
		}
		clock.advance(step());
		loggedBefore.push(log.entries.length);
		const before = scenario.requestCount();
		outputs.push(await poller.poll());
		requestsPerPoll.push(scenario.requestCount() - before);
	}

	const lost = log.entries.filter((change, index) => {
		if (options.onlyKind !== undefined && change.kind !== options.onlyKind) return false;
		const next = loggedBefore.findIndex((count) => count > index);
		return next === -1 || !outputs[next].some((item) => scenario.keyOf(item) === change.key && scenario.stampOf(item) >= change.stamp);
	});
	const seen = new Set<string>();
	const duplicated: IDataObject[] = [];
	for (const item of outputs.flat()) {
		const fingerprint = `${scenario.keyOf(item)} ${JSON.stringify({ ...item, event: undefined })}`;
		if (seen.has(fingerprint)) duplicated.push(item);
		seen.add(fingerprint);
	}
	return { lost, duplicated, emitted: outputs.flat().length, requestsPerPoll };
}
