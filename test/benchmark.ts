/**
 * `npm run benchmark`: what the pack's SOAP layer costs, told straight.
 *
 * Eight ways to make the same SOAP call run against one emulator on 127.0.0.1
 * (in its own process, so CPU figures are the client's alone): raw POST (read
 * as text, and read as a stream as the layer reads it) and the shared layer
 * through n8n's own request helper, raw POST and the layer on plain node:http, node-soap from the emulator's WSDL, the naive fetch +
 * fast-xml-parser, and a whole workflow through n8n-core's engine. Each
 * repetition runs every contender's batch once, in a fresh random order; the
 * tables give the median and p10–p90 over repetitions of per-repetition ratios.
 * Then: requests per workflow run for 1, 100 and 10,000 items, from the
 * emulator's counters, and where the layer's own CPU goes.
 *
 * Bounded in time: BENCH_SECONDS (default 80) is shared by the timed
 * repetitions of both operations, BENCH_REPETITIONS (default 10) sets how many;
 * the calls per batch follow from the warm-up's speed unless BENCH_CALLS sets
 * them. BENCH_ITEMS sets the item counts (default 1,100,10000).
 */
import { breakdown } from './benchmark/breakdown';
import { hasSessionCase, logonCase } from './benchmark/cases';
import { contendersFor, type Contender, type OperationCase } from './benchmark/contenders';
import { countDelta, startEmulatorProcess, type EmulatorProcess } from './benchmark/emulatorProcess';
import { executeContext } from './benchmark/n8nContext';
import { countRequests, requestLine } from './benchmark/requestCounts';
import { shuffle, spread, timeBatch, type BatchSample, type Spread } from './benchmark/stats';
import { fixed, table } from './benchmark/table';
import { tsoDemo } from './emulator/seed';
import { runWorkflow } from './engine/runWorkflow';
import { chain } from './engine/workflow';

const SECONDS = positive('BENCH_SECONDS', 80);
const REPETITIONS = positive('BENCH_REPETITIONS', 10);
const FIXED_CALLS = process.env.BENCH_CALLS ? positive('BENCH_CALLS', 1) : undefined;
const WARMUP_CALLS = 50;
const ITEM_COUNTS = (process.env.BENCH_ITEMS ?? '1,100,10000').split(',').map(Number);

function positive(name: string, fallback: number): number {
	const value = Number(process.env[name] ?? fallback);
	if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0`);
	return value;
}

/** Which raw POST each contender is compared with: the one on its own transport, else plain node:http. */
const BASELINE: Record<string, string> = {
	rawN8n: 'rawN8n',
	rawN8nStream: 'rawN8n',
	layerN8n: 'rawN8n',
	workflow: 'rawN8n',
	rawHttp: 'rawHttp',
	layerHttp: 'rawHttp',
	nodeSoap: 'rawHttp',
	naiveFetch: 'rawHttp',
};

interface Measured {
	contenders: Contender[];
	calls: number;
	samples: Map<string, BatchSample[]>;
	requestsPerCall: Map<string, number>;
}

async function measure(emulator: EmulatorProcess, spec: OperationCase, seconds: number): Promise<Measured> {
	const contenders = await contendersFor(spec, executeContext(spec.workflow, spec.credentials));
	// Warm-up: JIT and connections, the requests each call really sends, and how long a call takes.
	const requestsPerCall = new Map<string, number>();
	let warmupMs = 0;
	for (const contender of contenders) {
		const before = await emulator.counts();
		warmupMs += (await timeBatch(WARMUP_CALLS, contender.call)).ms;
		requestsPerCall.set(contender.key, countDelta(before, await emulator.counts(), spec.countKey) / WARMUP_CALLS);
	}
	const calls = FIXED_CALLS ?? Math.max(20, Math.floor((seconds * 1000) / REPETITIONS / warmupMs));
	const samples = new Map(contenders.map((contender) => [contender.key, [] as BatchSample[]]));
	for (let repetition = 0; repetition < REPETITIONS; repetition++) {
		for (const contender of shuffle([...contenders])) {
			samples.get(contender.key)?.push(await timeBatch(calls, contender.call));
		}
	}
	return { contenders, calls, samples, requestsPerCall };
}

/** Per-repetition ratios of one contender's figure to another's, summarised. */
function ratio(measured: Measured, key: string, over: string, field: keyof BatchSample): Spread {
	const mine = measured.samples.get(key) ?? [];
	const theirs = measured.samples.get(over) ?? [];
	return spread(mine.map((sample, index) => sample[field] / theirs[index][field]));
}

const withSpread = (value: Spread, digits: number) => `${fixed(value.median, digits)} (${fixed(value.p10, digits)}–${fixed(value.p90, digits)})`;

function report(spec: OperationCase, measured: Measured): string {
	const rows = measured.contenders.map((contender) => {
		const samples = measured.samples.get(contender.key) ?? [];
		const baseline = BASELINE[contender.key];
		return [
			contender.label,
			contender.transport,
			withSpread(spread(samples.map((sample) => sample.ms)), 3),
			`${withSpread(ratio(measured, contender.key, baseline, 'ms'), 2)} ${baseline === 'rawN8n' ? 'a' : 'c'}`,
			withSpread(spread(samples.map((sample) => sample.cpuUs)), 0),
			withSpread(ratio(measured, contender.key, 'naiveFetch', 'cpuUs'), 2),
			fixed(measured.requestsPerCall.get(contender.key) ?? NaN, 2),
		];
	});
	const headline = (what: string, key: string, over: string) =>
		`  ${what.padEnd(42)} time ×${withSpread(ratio(measured, key, over, 'ms'), 2)}   client CPU ×${withSpread(ratio(measured, key, over, 'cpuUs'), 2)}`;
	return [
		`${spec.title}: ${REPETITIONS} repetitions × ${measured.calls} calls per contender, order shuffled every repetition.`,
		'Median (p10–p90) over repetitions; ratios are taken within each repetition. "× raw" is against the raw POST',
		'on the same transport (a: n8n\'s helper, c: plain node:http). Client CPU is this process only (the emulator runs apart).',
		'',
		table(['contender', 'transport', 'ms per call', '× raw', 'client CPU µs/call', 'CPU × naive (f)', 'requests/call'], rows),
		'',
		headline('b layer vs a raw, both through n8n\'s helper', 'layerN8n', 'rawN8n'),
		headline('b layer vs a2 raw, the same n8n request', 'layerN8n', 'rawN8nStream'),
		headline('d layer vs c raw, both on node:http', 'layerHttp', 'rawHttp'),
		headline('b layer (n8n) vs f naive fetch', 'layerN8n', 'naiveFetch'),
		headline('d layer (node:http) vs f naive fetch', 'layerHttp', 'naiveFetch'),
		headline('b layer (n8n) vs e node-soap', 'layerN8n', 'nodeSoap'),
		headline('d layer (node:http) vs e node-soap', 'layerHttp', 'nodeSoap'),
		'',
	].join('\n');
}

async function liveSession(emulator: EmulatorProcess): Promise<string> {
	const run = await runWorkflow(
		chain([{}], { name: 'Log In', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation: 'logIn' }, credential: 'demo' }),
		{ twentyFourSevenOfficeApi: { demo: { ...tsoDemo, apiUrl: emulator.twentyFourSevenOfficeUrl } } },
	);
	if (run.error) throw run.error;
	return String(run.json('Log In')[0].sessionId);
}

async function main(): Promise<void> {
	if (!(globalThis as { gc?: unknown }).gc) console.log('(run node with --expose-gc to collect garbage between batches)\n');
	const started = Date.now();
	const emulator = await startEmulatorProcess();
	try {
		const cases = [hasSessionCase(emulator.twentyFourSevenOfficeUrl, await liveSession(emulator)), logonCase(emulator.twinfieldLoginUrl)];
		for (const spec of cases) console.log(report(spec, await measure(emulator, spec, SECONDS / cases.length)));

		const counts = await countRequests(emulator, ITEM_COUNTS);
		console.log('Requests per workflow run, read from the emulator\'s counters:\n');
		console.log(
			table(
				['scenario', 'items', 'requests', 'run ms'],
				counts.map((row) => [
					row.scenario,
					String(row.items),
					requestLine(row),
					fixed(row.runMs, 0),
				]),
			),
		);
		console.log('');
		console.log(await breakdown(emulator));
	} finally {
		emulator.stop();
	}
	console.log(`\nTook ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((error: Error) => {
	console.error(error);
	process.exitCode = 1;
});
