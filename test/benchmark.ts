/**
 * `npm run benchmark`: how much our Twinfield Log On costs over the bare HTTP
 * exchange, as ratios measured in one run on the same emulator:
 *   raw      — one POST of the Logon envelope with node:http, body read as text
 *   layer    — our shared SOAP layer (envelope, n8n-style request, parse, checks)
 *              posting through the same node:http helper
 *   workflow — a whole workflow run by n8n-core's engine: Start → Twinfield Log On
 * Rounds alternate between the three so that drift in the machine hits all alike.
 */
import * as http from 'node:http';

import type { IHttpRequestOptions, INode } from 'n8n-workflow';

import { callSoap, type CallContext } from '../nodes/shared/call';
import { buildEnvelope, soapRequestHeaders } from '../nodes/shared/envelope';
import { twinfield } from '../nodes/Twinfield/service';
import { startEmulator, twinfieldDemo } from './emulator';
import { runWorkflow } from './engine/runWorkflow';
import { chain } from './engine/workflow';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);

function post(url: string, headers: Record<string, string>, body: string): Promise<{ statusCode: number; headers: http.IncomingHttpHeaders; body: string }> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { method: 'POST', headers: { ...headers, 'Content-Length': Buffer.byteLength(body) } }, (response) => {
			let text = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (text += chunk));
			response.on('end', () => resolve({ statusCode: response.statusCode ?? 0, headers: response.headers, body: text }));
		});
		request.on('error', reject);
		request.end(body);
	});
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

async function time(work: () => Promise<unknown>): Promise<number> {
	const start = process.hrtime.bigint();
	await work();
	return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
	const emulator = await startEmulator();
	const url = `${emulator.twinfieldLoginUrl}/webservices/session.asmx`;
	const fields = { user: twinfieldDemo.user, password: twinfieldDemo.password, organisation: twinfieldDemo.organisation };
	const envelope = buildEnvelope({ version: '1.1', namespace: twinfield.namespace, operation: 'Logon', fields });
	const headers = soapRequestHeaders('1.1', twinfield.namespace, 'Logon');
	const node: INode = { id: 'b', name: 'Twinfield', type: 'twinfield', typeVersion: 1, position: [0, 0], parameters: {} };
	const layerContext = {
		node,
		itemIndex: 0,
		helpers: {
			httpRequest: async (options: IHttpRequestOptions) =>
				await post(options.url, options.headers as Record<string, string>, options.body as string),
		},
	} as unknown as CallContext;
	const workflow = chain([{}], { name: 'Twinfield', type: 'twinfield', parameters: { resource: 'session', operation: 'logOn' }, credential: 'demo' });
	const credentials = {
		twinfieldApi: { demo: { ...fields, loginUrl: emulator.twinfieldLoginUrl } },
	};

	const samples = { raw: [] as number[], layer: [] as number[], workflow: [] as number[] };
	const runs = {
		raw: async () => {
			const answer = await post(url, headers, envelope);
			if (!answer.body.includes('<LogonResult>Ok</LogonResult>')) throw new Error('raw Logon failed');
		},
		layer: async () => await callSoap(layerContext, twinfield, { url, version: '1.1', operation: 'Logon', fields }),
		workflow: async () => {
			const run = await runWorkflow(workflow, credentials);
			if (run.error) throw run.error;
		},
	};
	try {
		for (let warmup = 0; warmup < 20; warmup++) for (const run of Object.values(runs)) await run();
		for (let round = 0; round < ROUNDS; round++) {
			for (const [name, run] of Object.entries(runs)) samples[name as keyof typeof samples].push(await time(run));
			emulator.reset();
		}
	} finally {
		await emulator.close();
	}
	const raw = median(samples.raw);
	console.log(`Twinfield Logon against the emulator, ${ROUNDS} rounds, median per call:`);
	for (const [name, values] of Object.entries(samples)) {
		const ms = median(values);
		console.log(`  ${name.padEnd(8)} ${ms.toFixed(3)} ms   ${(ms / raw).toFixed(2)}× raw`);
	}
}

main().catch((error: Error) => {
	console.error(error);
	process.exitCode = 1;
});
