/**
 * How many requests a workflow run sends for 1, 100 or 10,000 items, read from
 * the emulator's counters: items must share one check and one log-in.
 */
import type { IDataObject } from 'n8n-workflow';

import { tsoDemo, twinfieldDemo } from '../emulator/seed';
import { runWorkflow } from '../engine/runWorkflow';
import { chain, type Step } from '../engine/workflow';
import { countDelta, type EmulatorProcess } from './emulatorProcess';

export interface CountRow {
	scenario: string;
	items: number;
	/** Requests per operation during the run. */
	requests: Record<string, number>;
	runMs: number;
}

interface Scenario {
	name: string;
	/** Needs a live 24SevenOffice session on every item. */
	withSession: boolean;
	step: Step;
	operations: string[];
}

const TSO_OPERATIONS = ['24sevenoffice HasSession', '24sevenoffice Login'];

const SCENARIOS: Scenario[] = [
	{
		name: 'Check Session, the same session ID on every item',
		withSession: true,
		step: { name: '24SevenOffice', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation: 'checkSession' }, credential: 'demo' },
		operations: TSO_OPERATIONS,
	},
	{
		name: 'Ensure Session, the same live session ID on every item',
		withSession: true,
		step: { name: '24SevenOffice', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation: 'ensureSession' }, credential: 'demo' },
		operations: TSO_OPERATIONS,
	},
	{
		name: 'Ensure Session, no session ID (first run)',
		withSession: false,
		step: { name: '24SevenOffice', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation: 'ensureSession' }, credential: 'demo' },
		operations: TSO_OPERATIONS,
	},
	{
		name: 'Twinfield Log On',
		withSession: false,
		step: { name: 'Twinfield', type: 'twinfield', parameters: { resource: 'session', operation: 'logOn' }, credential: 'demo' },
		operations: ['twinfield-login Logon'],
	},
];

export async function countRequests(emulator: EmulatorProcess, itemCounts: number[]): Promise<CountRow[]> {
	const credentials = {
		twentyFourSevenOfficeApi: { demo: { ...tsoDemo, apiUrl: emulator.twentyFourSevenOfficeUrl } },
		twinfieldApi: {
			demo: { user: twinfieldDemo.user, password: twinfieldDemo.password, organisation: twinfieldDemo.organisation, loginUrl: emulator.twinfieldLoginUrl },
		},
	};
	const rows: CountRow[] = [];
	for (const scenario of SCENARIOS) {
		for (const count of itemCounts) {
			// A clean emulator each time: no session left over, no log-in throttle.
			await emulator.reset();
			const item: IDataObject = scenario.withSession ? { sessionId: await logIn(credentials) } : {};
			const before = await emulator.counts();
			const start = process.hrtime.bigint();
			const run = await runWorkflow(chain(Array.from({ length: count }, () => item), scenario.step), credentials);
			const runMs = Number(process.hrtime.bigint() - start) / 1e6;
			if (run.error) throw run.error;
			const outputs = run.json(scenario.step.name).length;
			if (outputs !== count) throw new Error(`${scenario.name}: ${outputs} items out for ${count} in`);
			const after = await emulator.counts();
			const requests = Object.fromEntries(scenario.operations.map((key) => [key, countDelta(before, after, key)]));
			rows.push({ scenario: scenario.name, items: count, requests, runMs });
		}
	}
	return rows;
}

async function logIn(credentials: Parameters<typeof runWorkflow>[1]): Promise<string> {
	const step: Step = { name: 'Log In', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation: 'logIn' }, credential: 'demo' };
	const run = await runWorkflow(chain([{}], step), credentials);
	if (run.error) throw run.error;
	return String(run.json('Log In')[0].sessionId);
}
