/** Fuzz properties of the shared SOAP layer against hostile answers. */
/*
 * Properties of the shared SOAP layer against hostile answers, arriving as real
 * Node.js streams decompressed the way n8n's helper (axios) does it:
 * - an answer that is not a well-formed SOAP answer of the operation (cut off,
 *   DTD, two roots, wrong namespace, prototype names, control characters,
 *   mismatched tags, undeclared entities, faults, HTML, bombs, resets, slow
 *   servers) never ends in success: it ends in a clear n8n error;
 * - a success reads what fast-xml-parser (validated by its XMLValidator) reads
 *   from the same bytes: the same element names, namespaces, attributes and text;
 * - either way no credential is shown, the deadline holds and reading stops at the size limit.
 *
 * Counts per category are in counts.js; FUZZ_RUNS scales them.
 */
import { PassThrough, Readable, Transform, pipeline } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';

import fc from 'fast-check';
import type { INode } from 'n8n-workflow';

import { callSoap, type CallContext, type SoapCallOptions, type SoapService } from '../../nodes/shared/soap/call';
import { DEFAULT_MAX_ANSWER_BYTES } from '../../nodes/shared/soap/http';
import type { XmlElement } from '../../nodes/shared/soap/xml';
import { checkError, checkNoCanary, safeJson } from './checks';
import { layerRuns } from './counts';
import {
	bodyChunks,
	CANARY,
	CATEGORIES,
	CATEGORY_NAMES,
	envelope11,
	escapeXml,
	serverText,
	TSO_NS,
	TWINFIELD_NS,
	xmlText,
	type Answer,
	type Mutation,
	type ServerText,
} from './hostileAnswers';
import { referenceSoap, type RefElement } from './oracle';

const node: INode = { id: 'f', name: 'Fuzz', type: 'fuzz', typeVersion: 1, position: [0, 0], parameters: {} };
const twinfield: SoapService = { displayName: 'Twinfield', namespace: TWINFIELD_NS };
const tso: SoapService = { displayName: '24SevenOffice', namespace: TSO_NS };

interface Stats {
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
				stream.push(chunk);
				stream.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
				return;
			}
			sent += chunk.length;
			stream.push(chunk);
		},
	});
	stats.source = stream;
	return stream;
}

/** Stands in for n8n's httpRequest helper: same options, same answer shape, real streams. */
function helpersFor(answerFor: (request: string) => Answer, stats: Stats): CallContext['helpers'] {
	return {
		httpRequest: async (request: { body: string; abortSignal: AbortSignal; encoding: string }) => {
			expect(request.encoding).toBe('stream');
			const item = answerFor(String(request.body));
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

/** A value as the server writes it into XML: escaped, in CDATA, or with every non-ASCII character as a reference. */
type Written = { value: ServerText; form: 'escaped' | 'cdata' | 'references' };
const written: fc.Arbitrary<Written> = fc.record({ value: xmlText, form: fc.constantFrom('escaped', 'cdata', 'references') });

function write(item: Written, request: string): string {
	const raw = serverText(item.value, request);
	if (item.form === 'cdata' && !raw.includes(']]>')) return `<![CDATA[${raw}]]>`;
	const escaped = escapeXml(raw);
	return item.form === 'references' ? [...escaped].map((char) => ((char.codePointAt(0) ?? 0) > 0x7e ? `&#x${(char.codePointAt(0) ?? 0).toString(16)};` : char)).join('') : escaped;
}

interface LayerCall {
	service: SoapService;
	options: Omit<SoapCallOptions, 'url' | 'version' | 'timeoutMs'>;
	role: 'logOn' | 'checkSession';
	/** The correct answer, with the server's values in it. */
	good(values: string[]): string;
}

const calls: LayerCall[] = [
	{
		service: twinfield,
		options: { operation: 'Logon', fields: { user: 'u', password: CANARY.password, organisation: 'o' } },
		role: 'logOn',
		good: ([result, nextAction, cluster, session]) =>
			envelope11(
				`<LogonResponse xmlns="${TWINFIELD_NS}"><LogonResult>${result}</LogonResult><nextAction>${nextAction}</nextAction><cluster>${cluster}</cluster></LogonResponse>`,
				`<Header xmlns="${TWINFIELD_NS}"><SessionID>${session}</SessionID></Header>`,
			),
	},
	{
		service: tso,
		options: { operation: 'Login', fields: { credential: { ApplicationId: CANARY.applicationId, IdentityId: CANARY.identityId, Username: 'u', Password: CANARY.password } } },
		role: 'logOn',
		good: ([result]) => envelope11(`<LoginResponse xmlns="${TSO_NS}"><LoginResult>${result}</LoginResult></LoginResponse>`),
	},
	{
		service: tso,
		options: { operation: 'HasSession', cookie: 'ASP.NET_SessionId=abc', secrets: [CANARY.password] },
		role: 'checkSession',
		good: ([result, other]) => envelope11(`<HasSessionResponse xmlns="${TSO_NS}"><HasSessionResult>${result}</HasSessionResult><extra kind="a &amp; &#x20AC;">${other}</extra></HasSessionResponse>`),
	},
];

/** The same element, as the nodes read it and as the reference reads it: an answer is data, read as sent (an echoed secret included). */
function compare(ours: XmlElement, reference: RefElement, path: string): void {
	const where = `${path}/${reference.name}`;
	if (ours.name !== reference.name || ours.namespace !== reference.namespace) throw new Error(`${where}: read as {${ours.namespace}}${ours.name}, reference {${reference.namespace}}${reference.name}`);
	const same = (a: string, b: string, what: string) => {
		if (a !== b) throw new Error(`${where} ${what}: read ${JSON.stringify(a.slice(0, 200))}, reference ${JSON.stringify(b.slice(0, 200))}`);
	};
	same(ours.text, reference.text, 'text');
	const attributes = Object.fromEntries(Object.entries(ours.attributes).filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:')));
	if (Object.keys(attributes).sort().join() !== Object.keys(reference.attributes).sort().join()) throw new Error(`${where}: attributes ${Object.keys(attributes)} vs ${Object.keys(reference.attributes)}`);
	for (const name of Object.keys(reference.attributes)) same(attributes[name], reference.attributes[name], `@${name}`);
	if (ours.children.length !== reference.children.length) throw new Error(`${where}: ${ours.children.length} children, reference ${reference.children.length}`);
	ours.children.forEach((item, index) => compare(item, reference.children[index], where));
}

/** What the layer was handed, as text: decompressed, decoded as UTF-8, or undefined when it is not UTF-8. */
function servedText(item: Answer): string | undefined {
	let bytes: Uint8Array = item.body;
	if (item.headers['content-encoding'] === 'gzip') bytes = gunzipSync(bytes);
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));

describe('the shared SOAP layer against hostile answers', () => {
	it.each(CATEGORY_NAMES.map((name) => [name, layerRuns[name]] as const))(
		'%s (%i runs): a hostile answer is never a success, a success reads as fast-xml-parser reads it, no error shows a credential',
		async (name, runs) => {
			const mutations: fc.Arbitrary<Mutation> = CATEGORIES[name];
			await fc.assert(
				fc.asyncProperty(
					mutations,
					fc.nat(calls.length - 1),
					fc.array(written, { minLength: 4, maxLength: 4 }),
					fc.constantFrom('1.1', '1.2') as fc.Arbitrary<'1.1' | '1.2'>,
					fc.constantFrom(1024 * 1024, undefined),
					async (mutation, which, values, version, maxAnswerBytes) => {
						const call = calls[which];
						const stats: Stats = { delivered: 0 };
						let seen: Answer | undefined;
						let good = '';
						const answerFor = (request: string) => {
							good = call.good(values.map((value) => write(value, request)));
							seen = mutation.apply({ status: 200, headers: { 'content-type': 'text/xml; charset=utf-8' }, body: good }, request);
							return seen;
						};
						const slow = () => seen?.delivery.kind === 'trickle' || seen?.delivery.kind === 'silent';
						const context: CallContext = { helpers: helpersFor(answerFor, stats), node, itemIndex: 0 };
						let visible: string;
						let result: Awaited<ReturnType<typeof callSoap>> | undefined;
						let failure: unknown;
						try {
							result = await callSoap(context, call.service, { ...call.options, url: 'http://127.0.0.1:9/svc.asmx', version, timeoutMs: 150, maxAnswerBytes });
						} catch (error) {
							failure = error;
						}
						if (result) {
							// Handed on as the server sent it; only what people are shown (errors) is masked.
							safeJson(result);
							visible = '';
							if (mutation.mustFail) throw new Error(`a "${seen?.category}" answer was taken as a success: ${new TextDecoder().decode(seen?.body.slice(0, 600))}`);
							// A slow answer never beats the deadline: it takes seconds, the deadline is 150 ms.
							if (slow()) throw new Error(`a ${seen?.delivery.kind} answer succeeded past the deadline`);
							const served = seen && servedText(seen);
							const reference = served === undefined || seen?.delivery.kind !== 'whole' ? undefined : referenceSoap(served);
							if (!reference?.payload) throw new Error(`success on an answer fast-xml-parser does not read as SOAP: ${served?.slice(0, 600)}`);
							compare(result.response, reference.payload, '');
						} else {
							visible = checkError(failure, call.role);
							const message = (failure as Error).message;
							if (slow() && !/did not answer .* within 150 milliseconds/.test(message)) throw new Error(`a ${seen?.delivery.kind} answer did not end at the deadline: ${message}`);
							// Written another way, the correct answer still reads.
							if (name === 'well-formed variants') throw new Error(`a well-formed answer failed: ${message}\n${new TextDecoder().decode(seen?.body.slice(0, 600))}`);
						}
						checkNoCanary(visible);
						// Reading stops at the limit: never more than the limit plus what streams buffer.
						const limit = maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
						if (stats.delivered > limit + 512 * 1024) throw new Error(`read ${stats.delivered} bytes of a ${seen?.category} answer`);
						if (slow() && stats.source && !stats.source.destroyed) throw new Error('a slow answer was left reading');
					},
				),
				{ numRuns: runs },
			);
			expect(unhandled).toEqual([]);
		},
		600_000,
	);
});
