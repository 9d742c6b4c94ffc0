/**
 * Hostile answers for the fuzz tests: what proxies, outages, wrong URLs and
 * attackers may send back instead of a SOAP response. Each answer is a recipe
 * that may quote the request it answers (to echo the credential).
 */
import { gzipSync } from 'node:zlib';

import fc from 'fast-check';

export const TWINFIELD_NS = 'http://www.twinfield.com/';
export const TSO_NS = 'http://24sevenOffice.com/webservices';
const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';
const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';

/** The credential values the fuzz tests send; none may ever show up in what a user sees. */
export const CANARY = {
	password: 'Zq8&<CNRYpass>"x',
	applicationId: 'c0ffee00-cafe-4bad-beef-0000c4a7a7e5',
	identityId: 'c4a7a7e5-0000-4bad-beef-c0ffee00cafe',
};
/** Pieces that would only appear if some form of a canary leaked. */
export const CANARY_MARKS = ['CNRYpass', 'cnrypass', 'c0ffee00-cafe', 'C0FFEE00-CAFE', 'c4a7a7e5-0000', 'C4A7A7E5-0000', 'CNRY'];

export type Delivery =
	| { kind: 'whole' }
	/** One byte at a time, `everyMs` apart: slower than any deadline in the tests. */
	| { kind: 'trickle'; everyMs: number }
	/** Headers and never a body, or nothing at all. */
	| { kind: 'silent'; afterHeaders: boolean }
	/** The connection is cut after `afterBytes` bytes of the body (0: before the headers). */
	| { kind: 'reset'; afterBytes: number };

export interface Answer {
	category: string;
	status: number;
	headers: Record<string, string | string[]>;
	/** The body as it goes on the wire (gzip already applied when the header says so). */
	body: Uint8Array;
	/** For bodies too big to keep: `repeat` more bytes of `filler` after `body`. */
	filler?: { byte: number; repeat: number };
	delivery: Delivery;
}

export type Recipe = (request: string) => Answer;

const text = (value: string) => new TextEncoder().encode(value);
const whole: Delivery = { kind: 'whole' };

function answer(category: string, body: string | Uint8Array, status = 200, headers: Answer['headers'] = {}, delivery: Delivery = whole): Answer {
	return {
		category,
		status,
		headers: { 'content-type': 'text/xml; charset=utf-8', ...headers },
		body: typeof body === 'string' ? text(body) : body,
		delivery,
	};
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function envelope11(body: string, header = ''): string {
	return `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="${SOAP11}">${header ? `<soap:Header>${header}</soap:Header>` : ''}<soap:Body>${body}</soap:Body></soap:Envelope>`;
}

function envelope12(body: string): string {
	return `<?xml version="1.0" encoding="utf-8"?><e:Envelope xmlns:e="${SOAP12}"><e:Body>${body}</e:Body></e:Envelope>`;
}

/** Correct answers of each operation the fuzz tests call, to cut or to bend. */
const GOOD_ANSWERS = [
	envelope11(
		`<LogonResponse xmlns="${TWINFIELD_NS}"><LogonResult>Ok</LogonResult><nextAction>None</nextAction><cluster>http://127.0.0.1:9</cluster></LogonResponse>`,
		`<Header xmlns="${TWINFIELD_NS}"><SessionID>5ad7b4f6-2c4c-4fd7-9c49-1b8b0f0e0a11</SessionID><AccessToken>tok</AccessToken></Header>`,
	),
	envelope11(`<LoginResponse xmlns="${TSO_NS}"><LoginResult>abcdefghijklmnop12345678</LoginResult></LoginResponse>`),
	envelope11(`<HasSessionResponse xmlns="${TSO_NS}"><HasSessionResult>true</HasSessionResult></HasSessionResponse>`),
];

/** Server text at its worst: prototype names, control characters, huge, echoes, markup. */
function hostileText(request: string): fc.Arbitrary<string> {
	return fc.oneof(
		fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '', ' ', '1', '0', 'Ok ', 'None'),
		fc.string({ maxLength: 40 }),
		fc.string({ unit: 'binary', maxLength: 40 }),
		fc.constantFrom('\u001b[31mred\u0007\u0000', 'a\r\nb\u2028c\u0085d', '\u202Eevil', 'x'.repeat(300_000)),
		fc.constantFrom(...sentEchoes(request, [CANARY.password, escapeXml(CANARY.password), encodeURIComponent(CANARY.password), CANARY.applicationId.toUpperCase(), CANARY.identityId])),
		fc.constant(request.slice(0, 100_000)),
	);
}

/** A server can only echo what it was sent: keeps the echoes of values this request holds. */
function sentEchoes(request: string, candidates: string[]): string[] {
	const sent = Object.values(CANARY).filter((value) => request.includes(escapeXml(value).replace(/"/g, '&quot;')) || request.includes(value) || request.includes(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')));
	const kept = candidates.filter((candidate) => sent.some((value) => candidate.toLowerCase().includes(value.toLowerCase()) || candidate.includes(escapeXml(value)) || candidate.includes(encodeURIComponent(value))));
	return kept.length ? kept : ['nothing secret here'];
}

/** Echoes the request, or a credential value, in a form the server might choose. */
function echo(request: string): fc.Arbitrary<string> {
	return fc.constantFrom(
		request,
		escapeXml(request),
		encodeURIComponent(request),
		...sentEchoes(request, [`Invalid password ${CANARY.password} for user`, `ApplicationId ${CANARY.applicationId.toUpperCase()} is not valid`, `identity ${CANARY.identityId} blocked`]),
	);
}

const operations = fc.constantFrom('Logon', 'Login', 'HasSession');

function responseElement(operation: string, ns: string, inner: string): string {
	return `<${operation}Response xmlns="${ns}">${inner}</${operation}Response>`;
}

/** Faults of either SOAP version, with hostile codes and reasons. */
function faults(request: string): fc.Arbitrary<Answer> {
	return fc
		.record({
			version: fc.constantFrom('1.1', '1.2'),
			code: fc.oneof(fc.constantFrom('soap:Server', 'soap:Client', 'constructor', '__proto__', 'e:Receiver', 'e:Sender', 'VersionMismatch'), hostileText(request)),
			reason: fc.oneof(hostileText(request), echo(request)),
			detailCode: fc.option(fc.oneof(fc.constantFrom('168', '354', 'constructor', 'toString'), hostileText(request))),
			status: fc.constantFrom(200, 500, 400),
		})
		.map(({ version, code, reason, detailCode, status }) => {
			const detail = detailCode === null ? '' : `<code>${escapeXml(detailCode)}</code><message>${escapeXml(reason)}</message>`;
			const body =
				version === '1.1'
					? envelope11(`<soap:Fault><faultcode>${escapeXml(code)}</faultcode><faultstring>${escapeXml(reason)}</faultstring><detail>${detail}</detail></soap:Fault>`)
					: envelope12(`<e:Fault><e:Code><e:Value>${escapeXml(code)}</e:Value></e:Code><e:Reason><e:Text xml:lang="en">${escapeXml(reason)}</e:Text></e:Reason><e:Detail>${detail}</e:Detail></e:Fault>`);
			return answer(`fault ${version}`, body, status);
		});
}

/** Truncation at every offset of a correct answer, delivered whole (the server closes early) or reset. */
const truncations = fc
	.record({ good: fc.constantFrom(...GOOD_ANSWERS), cut: fc.double({ min: 0, max: 1, noNaN: true }), reset: fc.boolean() })
	.map(({ good, cut, reset }) => {
		const at = Math.floor(good.length * cut);
		const body = good.slice(0, Math.min(at, good.length - 1));
		return reset
			? answer('reset midway', good, 200, {}, { kind: 'reset', afterBytes: at })
			: answer('truncated', body, 200, { 'content-length': String(text(body).length) });
	});

function htmlPages(request: string): fc.Arbitrary<Answer> {
	return fc
		.record({
			title: fc.oneof(hostileText(request), echo(request)),
			status: fc.constantFrom(200, 301, 302, 401, 403, 404, 500, 502, 503, 429),
			location: fc.option(fc.oneof(hostileText(request), fc.constantFrom(...sentEchoes(request, [`http://evil.test/?pw=${encodeURIComponent(CANARY.password)}`])))),
			retryAfter: fc.option(fc.oneof(fc.constantFrom('12', '99999999999999', 'Wed, 21 Oct 2015 07:28:00 GMT', 'constructor'), hostileText(request))),
		})
		.map(({ title, status, location, retryAfter }) => {
			const headers: Answer['headers'] = { 'content-type': 'text/html' };
			if (location !== null) headers.location = location.replace(/[^\x20-\x7e]/g, '?').slice(0, 4000);
			if (retryAfter !== null) headers['retry-after'] = retryAfter.replace(/[^\x20-\x7e]/g, '?').slice(0, 4000);
			return answer('html', `<!DOCTYPE html><html><head><title>${title}</title></head><body>${title}</body></html>`, status, headers);
		});
}

function plainTexts(request: string): fc.Arbitrary<Answer> {
	return fc
		.record({ body: fc.oneof(hostileText(request), echo(request), fc.constant('{"error":"wrong endpoint"}')), status: fc.constantFrom(200, 500, 404) })
		.map(({ body, status }) => answer('plain text', body, status, { 'content-type': 'text/plain' }));
}

/** Envelopes in the wrong namespace, for the wrong operation, or with hostile values in the right places. */
function bentEnvelopes(request: string): fc.Arbitrary<Answer> {
	return fc
		.record({
			operation: operations,
			ns: fc.constantFrom(TWINFIELD_NS, TSO_NS, 'urn:other', ''),
			envelopeNs: fc.constantFrom(SOAP11, SOAP12, 'urn:not-soap'),
			value: fc.oneof(hostileText(request), echo(request)),
			cluster: fc.oneof(fc.constantFrom('http://a b', 'javascript:alert(1)', 'http://user:pw@host', 'http://127.0.0.1:9/'), hostileText(request)),
			sessionId: fc.oneof(fc.constantFrom('abc;Path=/;evil=1', 'a\r\nSet-Cookie: x=1', '5ad7b4f6-2c4c-4fd7-9c49-1b8b0f0e0a11'), hostileText(request)),
			cookie: fc.oneof(fc.constantFrom('lb=node1', 'ASP.NET_SessionId=zzz', 'bad cookie=1;', ...sentEchoes(request, [`echo=${encodeURIComponent(CANARY.password)}`])), hostileText(request)),
		})
		.map(({ operation, ns, envelopeNs, value, cluster, sessionId, cookie }) => {
			const v = escapeXml(value);
			const inner =
				operation === 'Logon'
					? `<LogonResult>${value.length % 2 ? v : 'Ok'}</LogonResult><nextAction>${v}</nextAction><cluster>${escapeXml(cluster)}</cluster>`
					: `<${operation}Result>${v}</${operation}Result>`;
			const header = `<Header xmlns="${TWINFIELD_NS}"><SessionID>${escapeXml(sessionId)}</SessionID></Header>`;
			const body = `<?xml version="1.0"?><s:Envelope xmlns:s="${envelopeNs}"><s:Header>${header}</s:Header><s:Body>${responseElement(operation, ns, inner)}</s:Body></s:Envelope>`;
			return answer('bent envelope', body, 200, { 'set-cookie': [`ASP.NET_SessionId=${sessionId.replace(/[^\x20-\x7e]/g, '?').slice(0, 2000)}; path=/`, cookie.replace(/[^\x20-\x7e]/g, '?').slice(0, 2000)] });
		});
}

const entityBombs = fc
	.constantFrom(
		`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>` +
			envelope11(`<LoginResponse xmlns="${TSO_NS}"><LoginResult>&lol3;</LoginResult></LoginResponse>`).replace('<?xml version="1.0" encoding="utf-8"?>', ''),
		`<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>` + envelope11(`<LoginResponse xmlns="${TSO_NS}"><LoginResult>&xxe;</LoginResult></LoginResponse>`).replace('<?xml version="1.0" encoding="utf-8"?>', ''),
		envelope11(`<!DOCTYPE x><LoginResponse xmlns="${TSO_NS}"/>`),
		envelope11(`<LoginResponse xmlns="${TSO_NS}"><LoginResult>&undeclared;</LoginResult></LoginResponse>`),
	)
	.map((body) => answer('entity bomb', body));

/** Compressed once: a few kilobytes that expand far past any limit. */
const GZIP_BOMB = gzipSync(new Uint8Array(24 * 1024 * 1024), { level: 9 });
const GZIP_GOOD = gzipSync(text(GOOD_ANSWERS[1]));

const compressed = fc
	.constantFrom(
		answer('gzip bomb', GZIP_BOMB, 200, { 'content-encoding': 'gzip' }),
		answer('gzip', GZIP_GOOD, 200, { 'content-encoding': 'gzip' }),
		answer('broken gzip', GZIP_GOOD.slice(0, 20), 200, { 'content-encoding': 'gzip' }),
	)
	.map((item) => ({ ...item, headers: { ...item.headers } }));

const oversized = fc
	.record({ announced: fc.boolean(), megabytes: fc.integer({ min: 6, max: 40 }) })
	.map(({ announced, megabytes }) => {
		const repeat = megabytes * 1024 * 1024;
		const item = answer('oversized', envelope11(`<LoginResponse xmlns="${TSO_NS}"><LoginResult>`), 200, announced ? { 'content-length': String(repeat + 200) } : {});
		return { ...item, filler: { byte: 0x61, repeat } };
	});

const deepOrWide = fc
	.record({ depth: fc.integer({ min: 200, max: 20_000 }), declarations: fc.boolean(), siblings: fc.boolean() })
	.map(({ depth, declarations, siblings }) => {
		const open = (i: number) => (declarations ? `<p${i}:a xmlns:p${i}="urn:n${i}">` : '<a>');
		const close = (i: number) => (declarations ? `</p${i}:a>` : '</a>');
		let inner = '';
		if (siblings) for (let i = 0; i < depth; i++) inner += `${open(i)}x${close(i)}`;
		else {
			const parts: string[] = [];
			for (let i = 0; i < depth; i++) parts.push(open(i));
			for (let i = depth - 1; i >= 0; i--) parts.push(close(i));
			inner = parts.join('');
		}
		return answer('deep or wide', envelope11(`<LoginResponse xmlns="${TSO_NS}"><LoginResult>abc</LoginResult>${inner}</LoginResponse>`));
	});

const badBytes = fc
	.record({
		good: fc.constantFrom(...GOOD_ANSWERS),
		bom: fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xfe, 0xff], [0xff, 0xfe]),
		junk: fc.uint8Array({ minLength: 0, maxLength: 8 }),
		at: fc.double({ min: 0, max: 1, noNaN: true }),
	})
	.map(({ good, bom, junk, at }) => {
		const bytes = text(good);
		const cut = Math.floor(bytes.length * at);
		const body = new Uint8Array([...bom, ...bytes.slice(0, cut), ...junk, ...bytes.slice(cut)]);
		return answer('bytes and BOMs', body);
	});

const prototypeNames = fc
	.record({ name: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), where: fc.constantFrom('element', 'attribute', 'prefix') })
	.map(({ name, where }) => {
		const inner =
			where === 'element'
				? `<${name}>1</${name}><LoginResult>abc</LoginResult>`
				: where === 'attribute'
					? `<LoginResult ${name}="1">abc</LoginResult>`
					: `<${name}:LoginResult xmlns:${name}="${TSO_NS}">abc</${name}:LoginResult>`;
		return answer('prototype names', envelope11(`<LoginResponse xmlns="${TSO_NS}">${inner}</LoginResponse>`));
	});

const slow = fc
	.record({ good: fc.constantFrom(...GOOD_ANSWERS), everyMs: fc.integer({ min: 5, max: 20 }), afterHeaders: fc.boolean(), trickle: fc.boolean() })
	.map(({ good, everyMs, afterHeaders, trickle }) =>
		trickle ? answer('trickle', good, 200, {}, { kind: 'trickle', everyMs }) : answer('silent', good, 200, {}, { kind: 'silent', afterHeaders }),
	);

const resets = fc.constant(answer('reset', '', 200, {}, { kind: 'reset', afterBytes: 0 }));

/** The categories of the issue, in the order `hostileRecipe` numbers them. */
export const CATEGORIES = [
	'truncation',
	'html',
	'plain text',
	'faults of both SOAP versions',
	'wrong namespaces, types and server-chosen values',
	'entity bombs',
	'gzip bombs',
	'oversized',
	'deep and wide',
	'invalid UTF-8 and BOMs',
	'prototype names',
	'resets',
	'trickling and silent servers',
] as const;

/** Answers of one category (by index in CATEGORIES), each built for the request it answers. */
export function hostileRecipe(category: number): fc.Arbitrary<Recipe> {
	return fc.integer({ min: 0, max: 0x7fffffff }).map((seed) => (request: string) => {
		const pick: Array<() => fc.Arbitrary<Answer>> = [
			() => truncations,
			() => htmlPages(request),
			() => plainTexts(request),
			() => faults(request),
			() => bentEnvelopes(request),
			() => entityBombs,
			() => compressed,
			() => oversized,
			() => deepOrWide,
			() => badBytes,
			() => prototypeNames,
			() => resets,
			() => slow,
		];
		return fc.sample(pick[category % pick.length](), { seed, numRuns: 1 })[0];
	});
}

/** All bytes of an answer's body, filler included (for servers that must send it). */
export function* bodyChunks(item: Answer, chunkSize = 64 * 1024): Generator<Uint8Array> {
	for (let i = 0; i < item.body.length; i += chunkSize) yield item.body.slice(i, i + chunkSize);
	if (!item.filler) return;
	const block = new Uint8Array(chunkSize).fill(item.filler.byte);
	for (let left = item.filler.repeat; left > 0; left -= chunkSize) yield left >= chunkSize ? block : block.slice(0, left);
}
