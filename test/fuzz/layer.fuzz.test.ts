/**
 * Property: whatever a server answers, the shared SOAP layer ends with a result
 * or a clear n8n error, within its deadline, reading no more than its size
 * limit, and never shows a credential value. Answers arrive as real Node.js
 * streams, decompressed the way n8n's helper (axios) does it.
 *
 * FUZZ_RUNS=10000 npx jest test/fuzz/layer  runs it 10,000 times.
 */
import { PassThrough, Readable, Transform, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

import fc from 'fast-check';
import type { INode } from 'n8n-workflow';

import { callSoap, type CallContext, type SoapCallOptions, type SoapService } from '../../nodes/shared/soap/call';
import { DEFAULT_MAX_ANSWER_BYTES } from '../../nodes/shared/soap/transport';
import { checkError, checkNoCanary, FUZZ_RUNS, safeJson } from './checks';
import { bodyChunks, CANARY, CATEGORIES, hostileRecipe, TSO_NS, TWINFIELD_NS, type Answer, type Recipe } from './hostileAnswers';

const node: INode = { id: 'f', name: 'Fuzz', type: 'fuzz', typeVersion: 1, position: [0, 0], parameters: {} };
const twinfield: SoapService = { displayName: 'Twinfield', namespace: TWINFIELD_NS };
const tso: SoapService = { displayName: '24SevenOffice', namespace: TSO_NS };

interface Stats {
	/** Bytes the server side produced (compressed, for gzip). */
	produced: number;
	/** Bytes handed to the layer after decompression. */
	delivered: number;
	source?: Readable;
}

function sourceStream(item: Answer, stats: Stats): Readable {
	const { delivery } = item;
	const chunks = bodyChunks(item);
	let sent = 0;
	const stream = new Readable({
		read() {
			if (delivery.kind === 'silent') return;
			if (delivery.kind === 'trickle') {
				const all = item.body;
				const timer = setTimeout(() => {
					if (stream.destroyed) return;
					if (sent >= all.length) return void stream.push(null);
					stats.produced += 1;
					stream.push(all.slice(sent, ++sent));
				}, delivery.everyMs);
				timer.unref();
				return;
			}
			const next = chunks.next();
			if (next.done) return void stream.push(null);
			let chunk = next.value;
			if (delivery.kind === 'reset' && sent + chunk.length >= delivery.afterBytes) {
				chunk = chunk.slice(0, delivery.afterBytes - sent);
				stats.produced += chunk.length;
				stream.push(chunk);
				stream.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
				return;
			}
			sent += chunk.length;
			stats.produced += chunk.length;
			stream.push(chunk);
		},
	});
	stats.source = stream;
	return stream;
}

/** Stands in for n8n's httpRequest helper: same options, same answer shape, real streams. */
function helpersFor(recipe: Recipe, stats: Stats): CallContext['helpers'] {
	return {
		httpRequest: async (request: { body: string; abortSignal: AbortSignal; encoding: string }) => {
			expect(request.encoding).toBe('stream');
			const item = recipe(String(request.body));
			const signal = request.abortSignal;
			const canceled = () => Object.assign(new Error('canceled'), { code: 'ERR_CANCELED' });
			if (item.delivery.kind === 'reset' && item.delivery.afterBytes === 0) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
			if (item.delivery.kind === 'silent' && !item.delivery.afterHeaders) {
				await new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(canceled())));
			}
			const source = sourceStream(item, stats);
			const counter = new Transform({
				transform(chunk: Buffer, _encoding, done) {
					stats.delivered += chunk.length;
					done(null, chunk);
				},
			});
			const gzip = item.headers['content-encoding'] === 'gzip';
			const body = gzip ? pipeline(source, createGunzip(), counter, () => {}) : pipeline(source, counter, () => {});
			return { statusCode: item.status, headers: item.headers, body: body as PassThrough };
		},
	} as unknown as CallContext['helpers'];
}

const calls: Array<{ service: SoapService; options: Omit<SoapCallOptions, 'url' | 'version' | 'timeoutMs'>; role: 'logOn' | 'checkSession' }> = [
	{ service: twinfield, options: { operation: 'Logon', fields: { user: 'u', password: CANARY.password, organisation: 'o' } }, role: 'logOn' },
	{
		service: tso,
		options: {
			operation: 'Login',
			fields: { credential: { ApplicationId: CANARY.applicationId, IdentityId: CANARY.identityId, Username: 'u', Password: CANARY.password } },
		},
		role: 'logOn',
	},
	{ service: tso, options: { operation: 'HasSession', cookie: 'ASP.NET_SessionId=abc', secrets: [CANARY.password] }, role: 'checkSession' },
];

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));

/** Runs per category: a quick pass in `npm test`, FUZZ_RUNS in all for a long one. */
const RUNS = Math.max(1, Math.ceil((FUZZ_RUNS ?? 13 * 8) / CATEGORIES.length));

describe('the shared SOAP layer against hostile answers', () => {
	it.each(CATEGORIES.map((name, index) => [name, index] as const))(
		'%s: ends with a result or a clear error, bounded in time, size and text, with no credential shown',
		async (_name, category) => {
			await fc.assert(
				fc.asyncProperty(
					hostileRecipe(category),
					fc.nat(calls.length - 1),
					fc.constantFrom('1.1', '1.2') as fc.Arbitrary<'1.1' | '1.2'>,
					fc.constantFrom(1024 * 1024, undefined),
					async (recipe, which, version, maxAnswerBytes) => {
						const { service, options, role } = calls[which];
						const stats: Stats = { produced: 0, delivered: 0 };
						let seen: Answer | undefined;
						const recording: Recipe = (request) => (seen = recipe(request));
						const slow = () => seen?.delivery.kind === 'trickle' || seen?.delivery.kind === 'silent';
						const context: CallContext = { helpers: helpersFor(recording, stats), node, itemIndex: 0 };
						let visible: string;
						try {
							const result = await callSoap(context, service, { ...options, url: 'http://127.0.0.1:9/svc.asmx', version, timeoutMs: 150, maxAnswerBytes });
							// The answer is data, handed on as sent (an echoed credential included); only what people are shown is masked.
							safeJson(result);
							visible = '';
							// A slow answer never beats the deadline: it takes seconds, the deadline is 150 ms.
							if (slow()) throw new Error(`a ${seen?.delivery.kind} answer succeeded past the deadline`);
						} catch (error) {
							visible = checkError(error, role);
							if (slow() && !/did not answer .* within 150 milliseconds/.test((error as Error).message)) {
								throw new Error(`a ${seen?.delivery.kind} answer did not end at the deadline: ${(error as Error).message}`);
							}
						}
						checkNoCanary(visible);
						// Reading stops at the limit: never more than the limit plus what streams buffer.
						const limit = maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
						if (stats.delivered > limit + 512 * 1024) throw new Error(`read ${stats.delivered} bytes of a ${seen?.category} answer`);
						if (slow() && stats.source && !stats.source.destroyed) throw new Error('a slow answer was left reading');
					},
				),
				{ numRuns: RUNS },
			);
			expect(unhandled).toEqual([]);
		},
		600_000,
	);
});
