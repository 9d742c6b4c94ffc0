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

/** What the credential holds before the run. */
type Stored = 'nothing' | 'live session' | 'ended session';

interface Scenario {
	name: string;
	stored: Stored;
	/** Every item carries the session ID of a fresh Log In, for steps that take it from the input. */
	sessionOnItems?: boolean;
	step: Step;
	operations: string[];
}

const TSO_OPERATIONS = ['24sevenoffice Login', '24sevenoffice HasSession', '24sevenoffice GetCompanies'];
const TWINFIELD_OPERATIONS = ['twinfield-login Logon', 'twinfield-cluster KeepAlive', 'twinfield-cluster ProcessXmlString', 'twinfield-cluster Search'];
const tsoStep = (operation: string, parameters = {}): Step => ({
	name: '24SevenOffice',
	type: 'twentyFourSevenOffice',
	parameters: { resource: 'session', operation, ...parameters },
	credential: 'demo',
});
const twinfieldStep = (parameters: Step['parameters']): Step => ({ name: 'Twinfield', type: 'twinfield', parameters, credential: 'demo' });
const twinfieldLogOn = twinfieldStep({ resource: 'session', operation: 'logOn' });
const processXml = twinfieldStep({ resource: 'xml', operation: 'processXml', message: '<list><type>offices</type></list>' });
const search = twinfieldStep({ resource: 'finder', operation: 'search', finderType: 'OFF', limit: 1 });
const DEMO1 = { __rl: true, mode: 'id', value: 'DEMO1' };
const customerCreate = twinfieldStep({ resource: 'customer', operation: 'create', office: DEMO1, code: '', name: 'Benchmark customer' });
const customerGet = twinfieldStep({ resource: 'customer', operation: 'get', office: DEMO1, customer: { __rl: true, mode: 'id', value: '1000' } });
const customerGetMany = twinfieldStep({ resource: 'customer', operation: 'getMany', office: DEMO1, limit: 5 });
const callService: Step = {
	name: '24SevenOffice',
	type: 'twentyFourSevenOffice',
	parameters: { resource: 'service', operation: 'callService', service: 'CompanyService', serviceOperation: 'GetCompanies', parameters: '{"searchParams": {"ChangedAfter": "2000-01-01"}, "returnProperties": ["Id", "Name"]}' },
	credential: 'demo',
};

/** One scenario per situation the credential can be in before the run. */
function inEverySituation(name: string, step: Step, operations: string[]): Scenario[] {
	return [
		{ name: `${name}, nothing stored yet (first run)`, stored: 'nothing', step, operations },
		{ name: `${name}, live session stored (every later run)`, stored: 'live session', step, operations },
		{ name: `${name}, stored session has ended`, stored: 'ended session', step, operations },
	];
}

const SCENARIOS: Scenario[] = [
	{
		name: 'Check Session, one session ID from the input on every item',
		stored: 'nothing',
		sessionOnItems: true,
		step: tsoStep('checkSession', { sessionId: '={{ $json.sessionId }}' }),
		operations: TSO_OPERATIONS,
	},
	...inEverySituation('Twinfield Log On (password)', twinfieldLogOn, TWINFIELD_OPERATIONS),
	...inEverySituation('Twinfield Process XML (password)', processXml, TWINFIELD_OPERATIONS),
	...inEverySituation('Twinfield Search (password)', search, TWINFIELD_OPERATIONS),
	{ name: 'Twinfield Customer Create (25 a request), live session', stored: 'live session', step: customerCreate, operations: TWINFIELD_OPERATIONS },
	{ name: 'Twinfield Customer Get, live session', stored: 'live session', step: customerGet, operations: TWINFIELD_OPERATIONS },
	{ name: 'Twinfield Customer Get Many (Limit 5 per item), live session', stored: 'live session', step: customerGetMany, operations: TWINFIELD_OPERATIONS },
	...inEverySituation('24SevenOffice Ensure Session', tsoStep('ensureSession'), TSO_OPERATIONS),
	...inEverySituation('24SevenOffice Call Service', callService, TSO_OPERATIONS),
];

type Credentials = Parameters<typeof runWorkflow>[1];

/** The demo users of both services on this emulator, with no session stored yet. */
export function freshCredentials(emulator: EmulatorProcess): Credentials {
	return {
		twentyFourSevenOfficeApi: { demo: { ...tsoDemo, apiUrl: emulator.twentyFourSevenOfficeUrl } },
		twinfieldApi: {
			demo: { user: twinfieldDemo.user, password: twinfieldDemo.password, organisation: twinfieldDemo.organisation, loginUrl: emulator.twinfieldLoginUrl },
		},
	};
}

/** Puts the credential in the state the scenario starts from; n8n keeps the session in the credential as this store does. */
async function prepare(emulator: EmulatorProcess, scenario: Scenario, credentials: Credentials): Promise<IDataObject> {
	const item: IDataObject = scenario.sessionOnItems ? { sessionId: await logIn(credentials) } : {};
	if (scenario.stored !== 'nothing') {
		const run = await runWorkflow(chain([{}], scenario.step), credentials);
		if (run.error) throw run.error;
	}
	// Ending sessions keeps the counters; the difference below counts the run alone.
	if (scenario.stored === 'ended session') await emulator.expireSessions();
	return item;
}

export async function countRequests(emulator: EmulatorProcess, itemCounts: number[]): Promise<CountRow[]> {
	const rows: CountRow[] = [];
	for (const scenario of SCENARIOS) {
		for (const count of itemCounts) {
			// A clean emulator and credential each time: no session left over, no log-in throttle.
			await emulator.reset();
			const credentials = freshCredentials(emulator);
			const item = await prepare(emulator, scenario, credentials);
			const before = await emulator.counts();
			const start = process.hrtime.bigint();
			const run = await runWorkflow(chain(Array.from({ length: count }, () => item), scenario.step), credentials);
			const runMs = Number(process.hrtime.bigint() - start) / 1e6;
			if (run.error) throw run.error;
			const outputs = run.json(scenario.step.name).length;
			if (outputs < count) throw new Error(`${scenario.name}: ${outputs} items out for ${count} in`);
			const after = await emulator.counts();
			const requests = Object.fromEntries(scenario.operations.map((key) => [key, countDelta(before, after, key)]));
			rows.push({ scenario: scenario.name, items: count, requests, runMs });
		}
	}
	return rows;
}

async function logIn(credentials: Credentials): Promise<string> {
	const step: Step = { name: 'Log In', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation: 'logIn' }, credential: 'demo' };
	const run = await runWorkflow(chain([{}], step), credentials);
	if (run.error) throw run.error;
	return String(run.json('Log In')[0].sessionId);
}

/** The requests of a row as one line, e.g. `Logon 1, ProcessXmlString 1`; none sent reads `none`. */
export function requestLine(row: CountRow): string {
	const sent = Object.entries(row.requests).filter(([, value]) => value > 0);
	return sent.length === 0 ? 'none' : sent.map(([key, value]) => `${key.split(' ')[1]} ${value}`).join(', ');
}
