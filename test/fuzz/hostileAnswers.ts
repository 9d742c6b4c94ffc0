/** Hostile answers for the fuzz tests, as shrinkable fast-check mutations of a correct answer. */
/*
 * Hostile answers for the fuzz tests, as shrinkable fast-check values: each is
 * a Mutation of a correct answer (cut it off, add a DTD, a second root, …) or
 * an answer of its own (HTML, faults, bombs, resets). A mutation only becomes
 * bytes once the request and the correct answer are known, so that echoes of
 * the credential and cuts of the real answer stay plain data fast-check can
 * shrink and print.
 */
import { gzipSync } from 'node:zlib';

import fc from 'fast-check';

export const TWINFIELD_NS = 'http://www.twinfield.com/';
export const TSO_NS = 'http://24sevenOffice.com/webservices';
export const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';

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

/** The correct answer a mutation starts from. */
export interface Good {
	status: number;
	headers: Record<string, string | string[]>;
	body: string;
}

export interface Mutation {
	category: string;
	/**
	 * True when no operation may end in success with this answer: the answer is
	 * not a well-formed SOAP answer of the operation asked for.
	 */
	mustFail: boolean;
	/** The answer for this request, built from the correct one. */
	apply(good: Good, request: string): Answer;
}

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

export const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function envelope11(body: string, header = ''): string {
	return `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="${SOAP11}">${header ? `<soap:Header>${header}</soap:Header>` : ''}<soap:Body>${body}</soap:Body></soap:Envelope>`;
}

function envelope12(body: string): string {
	return `<?xml version="1.0" encoding="utf-8"?><e:Envelope xmlns:e="${SOAP12}"><e:Body>${body}</e:Body></e:Envelope>`;
}

/** Names a mutation in a counterexample: fast-check prints this instead of "function". */
function named(category: string, mustFail: boolean, spec: unknown, apply: Mutation['apply']): Mutation {
	const shown = `${category} ${JSON.stringify(spec)}`;
	return { category, mustFail, apply, toString: () => shown, [fc.toStringMethod]: () => shown } as Mutation;
}

// ---------------------------------------------------------------- server text

/** A value a server may choose, as data: a literal, or an echo of a secret the request carried (the `which`-th one), in some form. */
export type ServerText = { literal: string } | { echo: 'raw' | 'escaped' | 'uri' | 'upper' | 'request'; which: number };

/** Elements whose values the nodes send as secrets. */
const SECRET_ELEMENTS = /<(?:[\w.-]+:)?(?:password|Password|currentPassword|newPassword|accessToken|AccessToken|ApplicationId|IdentityId|smsCode)>([^<]+)</g;
const unescapeXml = (value: string) => value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The secret values a request carries, as the service reads them. */
export function sentSecrets(request: string): string[] {
	return [...request.matchAll(SECRET_ELEMENTS)].map((match) => unescapeXml(match[1]));
}

/** A server can only echo what it was sent: with no secret in the request, an echo becomes harmless text. */
export function serverText(value: ServerText, request: string): string {
	if ('literal' in value) return value.literal;
	if (value.echo === 'request') return request.slice(0, 100_000);
	const secrets = sentSecrets(request);
	if (secrets.length === 0) return 'nothing secret here';
	const secret = secrets[value.which % secrets.length];
	const form = value.echo === 'raw' ? secret : value.echo === 'escaped' ? escapeXml(secret) : value.echo === 'uri' ? encodeURIComponent(secret) : secret.toUpperCase();
	return `Invalid value ${form} for user`;
}

const echo = (kinds: Array<'raw' | 'escaped' | 'uri' | 'upper' | 'request'>): fc.Arbitrary<ServerText> => fc.record({ echo: fc.constantFrom(...kinds), which: fc.nat(3) });

/** Server text at its worst: prototype names, control characters, huge, echoes, markup. */
export const hostileText: fc.Arbitrary<ServerText> = fc.oneof(
	fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '', ' ', '1', '0', 'Ok ', 'None').map((literal) => ({ literal })),
	fc.string({ maxLength: 40 }).map((literal) => ({ literal })),
	fc.string({ unit: 'binary', maxLength: 40 }).map((literal) => ({ literal })),
	fc.constantFrom('\u001b[31mred\u0007\u0000', 'a\r\nb\u2028c\u0085d', '\u202Eevil', 'x'.repeat(300_000)).map((literal) => ({ literal })),
	echo(['raw', 'escaped', 'uri', 'upper', 'request']),
);

/** Text that XML can carry (for well-formed answers): no C0 controls but tab and line feed, no U+FFFE/U+FFFF, no lone surrogates. */
export const xmlText: fc.Arbitrary<ServerText> = fc.oneof(
	fc.constantFrom('Ok', 'None', 'constructor', '__proto__', 'toString', '', ' ', ' padded ', 'a&b<c>"d\'', ']]>', 'é€😀', '\u0085\u2028', '\u202Eevil').map((literal) => ({ literal })),
	fc.string({ unit: 'grapheme', maxLength: 20 }).filter((value) => !/[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/.test(value)).map((literal) => ({ literal })),
	echo(['raw', 'escaped', 'uri', 'upper']),
);

// ---------------------------------------------------------------- where to cut and insert

/** Index just after the start tag of the Body's first child (or after the Body's own start tag). */
export function payloadInside(body: string): number {
	const bodyTag = /<([\w.-]+:)?Body\b[^>]*>/.exec(body);
	if (!bodyTag) {
		const first = body.search(/<[^?!]/);
		return first === -1 ? 0 : body.indexOf('>', first) + 1;
	}
	const after = bodyTag.index + bodyTag[0].length;
	const child = body.indexOf('<', after);
	if (child === -1 || body[child + 1] === '/') return after;
	const end = body.indexOf('>', child);
	return body[end - 1] === '/' ? after : end + 1;
}

/** Where the document's first element starts: after the XML declaration, comments and white space. */
function rootStart(body: string): number {
	const match = /^(\uFEFF?\s*(<\?[\s\S]*?\?>\s*)?(<!--[\s\S]*?-->\s*)*)/.exec(body);
	return match ? match[0].length : 0;
}

const insertAt = (body: string, at: number, piece: string) => body.slice(0, at) + piece + body.slice(at);

// ---------------------------------------------------------------- hostile mutations (never a success)

/**
 * Cut off: `back` characters before the end, or right after the `back`-th tag
 * from the end (where a lenient reader would see a whole document), delivered
 * whole (the server closed early) or as a reset.
 */
const cutOff = fc.record({ back: fc.integer({ min: 1, max: 2000 }), at: fc.constantFrom('after a tag', 'anywhere'), reset: fc.boolean() }).map((spec) =>
	named('cut off', true, spec, (good) => {
		const full = good.body.trimEnd();
		const tagEnds = [...full.slice(0, -1).matchAll(/>/g)].map((match) => (match.index ?? 0) + 1);
		const at = spec.at === 'after a tag' && tagEnds.length ? tagEnds[tagEnds.length - 1 - ((spec.back - 1) % tagEnds.length)] : Math.max(0, full.length - spec.back);
		const body = full.slice(0, at);
		return spec.reset
			? answer('reset midway', full, good.status, contentType(good), { kind: 'reset', afterBytes: text(body).length })
			: answer('cut off', body, good.status, { ...contentType(good), 'content-length': String(text(body).length) });
	}),
);

function contentType(good: Good): Answer['headers'] {
	const type = good.headers['content-type'];
	return { 'content-type': typeof type === 'string' ? type : 'text/xml; charset=utf-8' };
}

/** A document type declaration, from the plain one to entity definitions used in the answer. */
const dtd = fc
	.record({
		declaration: fc.constantFrom(
			'<!DOCTYPE soap:Envelope>',
			'<!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd">',
			'<!DOCTYPE x [<!ENTITY e "expanded">]>',
			'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
			'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
			'<!doctype x>',
		),
		use: fc.constantFrom('', '&e;', '&xxe;', '&lol3;'),
	})
	.map((spec) =>
		named('DTD', true, spec, (good) => {
			const withUse = spec.use ? insertAt(good.body, payloadInside(good.body), spec.use) : good.body;
			return answer('DTD', insertAt(withUse, rootStart(withUse), spec.declaration), good.status, contentType(good));
		}),
	);

/** A second root element, before or after the envelope. */
const twoRoots = fc
	.record({ other: fc.constantFrom('<x/>', '<a>b</a>', 'copy of the envelope', '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body/></soap:Envelope>'), before: fc.boolean() })
	.map((spec) =>
		named('two roots', true, spec, (good) => {
			const start = rootStart(good.body);
			const envelope = good.body.slice(start).trimEnd();
			const other = spec.other === 'copy of the envelope' ? envelope : spec.other;
			const body = spec.before ? good.body.slice(0, start) + other + envelope : good.body.trimEnd() + other;
			return answer('two roots', body, good.status, contentType(good));
		}),
	);

/** The operation's own namespace, or the envelope's, replaced by another. */
const wrongNamespace = fc
	.record({ which: fc.constantFrom('payload', 'envelope'), to: fc.constantFrom('urn:wrong', '', 'http://www.twinfield.com', 'http://24sevenOffice.com/webservices/', 'http://schemas.xmlsoap.org/soap/envelope') })
	.map((spec) =>
		named('wrong namespace', true, spec, (good) => {
			const soap = [SOAP11, SOAP12];
			const body = good.body.replace(/(xmlns(?::[\w.-]+)?=)(["'])(.*?)\2/g, (whole, name: string, quote: string, uri: string) => {
				const isEnvelope = soap.includes(uri);
				if (/xmlns:xsi|xmlns:xsd/.test(name) || isEnvelope !== (spec.which === 'envelope')) return whole;
				// An empty prefixed declaration is itself an error; keep the test about the namespace.
				return `${name}${quote}${spec.to === '' && name !== 'xmlns=' ? 'urn:empty' : spec.to}${quote}`;
			});
			return answer('wrong namespace', body, good.status, contentType(good));
		}),
	);

/** `__proto__`, `constructor` or `prototype` as an element, attribute or prefix name. */
const prototypeNames = fc
	.record({ name: fc.constantFrom('__proto__', 'constructor', 'prototype'), where: fc.constantFrom('element', 'attribute', 'prefix', 'empty element') })
	.map((spec) =>
		named('prototype names', true, spec, (good) => {
			const { name, where } = spec;
			const piece =
				where === 'element'
					? `<${name}>1</${name}>`
					: where === 'empty element'
						? `<${name}/>`
						: where === 'attribute'
							? `<v ${name}="1">x</v>`
							: `<${name}:v xmlns:${name}="urn:p">x</${name}:v>`;
			return answer('prototype names', insertAt(good.body, payloadInside(good.body), piece), good.status, contentType(good));
		}),
	);

/** A character XML 1.0 does not allow, raw or as a reference, in text or in an attribute. */
const controlCharacters = fc
	.record({
		char: fc.oneof(
			fc.integer({ min: 0, max: 0x1f }).filter((code) => code !== 0x9 && code !== 0xa && code !== 0xd),
			fc.constantFrom(0xfffe, 0xffff, 0xd800, 0xdfff),
		),
		form: fc.constantFrom('raw', 'decimal reference', 'hex reference'),
		inAttribute: fc.boolean(),
	})
	.map((spec) =>
		named('control characters', true, spec, (good) => {
			const { char, form } = spec;
			// NUL is written as a reference only.
			// Half a surrogate pair cannot travel as UTF-8 (the encoder makes it U+FFFD): only as a reference.
			const raw = form === 'raw' && char !== 0 && (char < 0xd800 || char > 0xdfff);
			const written = raw ? String.fromCharCode(char) : form === 'hex reference' ? `&#x${char.toString(16)};` : `&#${char};`;
			const piece = spec.inAttribute ? `<v a="x${written}y"/>` : `x${written}y`;
			return answer('control characters', insertAt(good.body, payloadInside(good.body), piece), good.status, contentType(good));
		}),
	);

/** One closing tag renamed. */
const mismatchedTags = fc
	.record({ which: fc.nat(40), to: fc.constantFrom('x', 'suffix', 'case', 'no prefix') })
	.map((spec) =>
		named('mismatched tags', true, spec, (good) => {
			const closing = [...good.body.matchAll(/<\/([\w.:-]+)\s*>/g)];
			if (closing.length === 0) return answer('mismatched tags', `${good.body}</x>`, good.status, contentType(good));
			const match = closing[spec.which % closing.length];
			const name = match[1];
			const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
			const renamed =
				spec.to === 'x' ? (name === 'x' ? 'y' : 'x') : spec.to === 'suffix' ? `${name}x` : spec.to === 'case' && name !== name.toUpperCase() ? name.toUpperCase() : name.includes(':') ? local : `p:${name}`;
			const at = match.index ?? 0;
			const body = `${good.body.slice(0, at)}</${renamed}>${good.body.slice(at + match[0].length)}`;
			return answer('mismatched tags', body, good.status, contentType(good));
		}),
	);

/** An entity no SOAP answer may declare: HTML names, made-up names, or names of a DTD that is not there. */
const undeclaredEntities = fc
	.record({ name: fc.constantFrom('nbsp', 'undeclared', 'copy', 'eacute', 'xxe', 'lol', 'constructor', '__proto__'), inAttribute: fc.boolean() })
	.map((spec) =>
		named('undeclared entities', true, spec, (good) => {
			const piece = spec.inAttribute ? `<v a="&${spec.name};"/>` : `&${spec.name};`;
			return answer('undeclared entities', insertAt(good.body, payloadInside(good.body), piece), good.status, contentType(good));
		}),
	);

// ---------------------------------------------------------------- answers of their own

/** Faults of either SOAP version, with hostile codes and reasons: always an error. */
const faults = fc
	.record({
		version: fc.constantFrom('1.1', '1.2'),
		code: fc.oneof(fc.constantFrom('soap:Server', 'soap:Client', 'constructor', '__proto__', 'e:Receiver', 'e:Sender', 'VersionMismatch').map((literal) => ({ literal }) as ServerText), hostileText),
		reason: hostileText,
		detailCode: fc.option(fc.oneof(fc.constantFrom('168', '354', 'constructor', 'toString').map((literal) => ({ literal }) as ServerText), hostileText)),
		status: fc.constantFrom(200, 500, 400),
	})
	.map((spec) =>
		named('faults', true, spec, (_good, request) => {
			const code = serverText(spec.code, request);
			const reason = serverText(spec.reason, request);
			const detail = spec.detailCode === null ? '' : `<code>${escapeXml(serverText(spec.detailCode, request))}</code><message>${escapeXml(reason)}</message>`;
			const body =
				spec.version === '1.1'
					? envelope11(`<soap:Fault><faultcode>${escapeXml(code)}</faultcode><faultstring>${escapeXml(reason)}</faultstring><detail>${detail}</detail></soap:Fault>`)
					: envelope12(`<e:Fault><e:Code><e:Value>${escapeXml(code)}</e:Value></e:Code><e:Reason><e:Text xml:lang="en">${escapeXml(reason)}</e:Text></e:Reason><e:Detail>${detail}</e:Detail></e:Fault>`);
			return answer(`fault ${spec.version}`, body, spec.status);
		}),
	);

const printable = (value: string) => value.replace(/[^\x20-\x7e]/g, '?').slice(0, 4000);

const htmlPages = fc
	.record({
		title: hostileText,
		status: fc.constantFrom(200, 301, 302, 401, 403, 404, 500, 502, 503, 429),
		location: fc.option(fc.oneof(hostileText, echo(['uri']))),
		retryAfter: fc.option(fc.oneof(fc.constantFrom('12', '99999999999999', 'Wed, 21 Oct 2015 07:28:00 GMT', 'constructor').map((literal) => ({ literal }) as ServerText), hostileText)),
	})
	.map((spec) =>
		named('html', true, spec, (_good, request) => {
			const title = serverText(spec.title, request);
			const headers: Answer['headers'] = { 'content-type': 'text/html' };
			if (spec.location !== null) headers.location = printable(serverText(spec.location, request));
			if (spec.retryAfter !== null) headers['retry-after'] = printable(serverText(spec.retryAfter, request));
			return answer('html', `<!DOCTYPE html><html><head><title>${title}</title></head><body>${title}</body></html>`, spec.status, headers);
		}),
	);

const plainTexts = fc
	.record({ body: fc.oneof(hostileText, fc.constant({ literal: '{"error":"wrong endpoint"}' } as ServerText)), status: fc.constantFrom(200, 500, 404) })
	.map((spec) => named('plain text', true, spec, (_good, request) => answer('plain text', serverText(spec.body, request), spec.status, { 'content-type': 'text/plain' })));

/** Compressed once: a few kilobytes that expand far past any limit. */
const GZIP_BOMB = gzipSync(new Uint8Array(24 * 1024 * 1024), { level: 9 });

const compressed = fc.constantFrom('bomb', 'good', 'broken').map((kind) =>
	named('gzip', kind !== 'good', { kind }, (good) => {
		if (kind === 'bomb') return answer('gzip bomb', GZIP_BOMB, 200, { 'content-encoding': 'gzip' });
		const packed = gzipSync(text(good.body));
		return answer(kind === 'good' ? 'gzip' : 'broken gzip', kind === 'good' ? packed : packed.slice(0, 20), good.status, { ...contentType(good), 'content-encoding': 'gzip' });
	}),
);

const oversized = fc.record({ announced: fc.boolean(), megabytes: fc.integer({ min: 6, max: 40 }) }).map((spec) =>
	named('oversized', true, spec, (good) => {
		const repeat = spec.megabytes * 1024 * 1024;
		const start = good.body.slice(0, payloadInside(good.body));
		const item = answer('oversized', start, 200, spec.announced ? { ...contentType(good), 'content-length': String(text(start).length + repeat) } : contentType(good));
		return { ...item, filler: { byte: 0x61, repeat } };
	}),
);

/** Deeper than any SOAP answer: always refused. */
const deep = fc.record({ depth: fc.integer({ min: 300, max: 20_000 }), declarations: fc.boolean() }).map((spec) =>
	named('deep', true, spec, (good) => {
		const open = (i: number) => (spec.declarations ? `<p${i}:a xmlns:p${i}="urn:n${i}">` : '<a>');
		const close = (i: number) => (spec.declarations ? `</p${i}:a>` : '</a>');
		const parts: string[] = [];
		for (let i = 0; i < spec.depth; i++) parts.push(open(i));
		for (let i = spec.depth - 1; i >= 0; i--) parts.push(close(i));
		return answer('deep', insertAt(good.body, payloadInside(good.body), parts.join('')), good.status, contentType(good));
	}),
);

/** Wide: many siblings, well-formed; may succeed. */
const wide = fc.record({ count: fc.integer({ min: 200, max: 3_000 }), declarations: fc.boolean() }).map((spec) =>
	named('wide', false, spec, (good) => {
		let inner = '';
		for (let i = 0; i < spec.count; i++) inner += spec.declarations ? `<p${i}:a xmlns:p${i}="urn:n${i}">x</p${i}:a>` : '<a>x</a>';
		const at = payloadInside(good.body);
		return answer('wide', insertAt(good.body, at, inner), good.status, contentType(good));
	}),
);

/** Byte order marks and junk bytes; a UTF-8 BOM alone is well-formed, the rest is not. */
const badBytes = fc
	.record({ bom: fc.constantFrom('none', 'utf-8', 'utf-16be', 'utf-16le'), junk: fc.uint8Array({ minLength: 0, maxLength: 8 }), at: fc.double({ min: 0, max: 1, noNaN: true }) })
	.map((spec) =>
		named('bytes and BOMs', false, spec, (good) => {
			const boms = { none: [], 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16be': [0xfe, 0xff], 'utf-16le': [0xff, 0xfe] };
			const bytes = text(good.body);
			const cut = Math.floor(bytes.length * spec.at);
			return answer('bytes and BOMs', new Uint8Array([...boms[spec.bom as keyof typeof boms], ...bytes.slice(0, cut), ...spec.junk, ...bytes.slice(cut)]), good.status, contentType(good));
		}),
	);

const resets = fc.constant(named('resets', true, {}, () => answer('reset', '', 200, {}, { kind: 'reset', afterBytes: 0 })));

const slow = fc.record({ everyMs: fc.integer({ min: 5, max: 20 }), afterHeaders: fc.boolean(), trickle: fc.boolean() }).map((spec) =>
	named('trickling and silent servers', true, spec, (good) =>
		spec.trickle ? answer('trickle', good.body, good.status, contentType(good), { kind: 'trickle', everyMs: spec.everyMs }) : answer('silent', good.body, good.status, contentType(good), { kind: 'silent', afterHeaders: spec.afterHeaders }),
	),
);

// ---------------------------------------------------------------- well-formed variants (may succeed)

/**
 * The correct answer written another way XML allows: comments, processing
 * instructions and white space between elements, another envelope prefix, no
 * XML declaration, CRLF line ends. The meaning stays the same.
 */
const wellFormed = fc
	.record({
		comment: fc.constantFrom('', '<!-- a comment -->', '<!-- <fake>tag</fake> -->', '<?pi data?>'),
		space: fc.constantFrom('', '\n', '\r\n  ', '\t'),
		prefix: fc.constantFrom('', 's', 'x-y', 'SOAP-ENV'),
		declaration: fc.constantFrom('keep', 'drop', 'standalone'),
	})
	.map((spec) =>
		named('well-formed variants', false, spec, (good) => {
			let body = good.body;
			const envelope = /<([\w.-]+):Envelope\b/.exec(body);
			if (spec.prefix && envelope) {
				const old = envelope[1];
				body = body.replace(new RegExp(`<(/?)${old}:`, 'g'), `<$1${spec.prefix}:`).replace(`xmlns:${old}=`, `xmlns:${spec.prefix}=`);
			}
			if (spec.declaration !== 'keep') body = body.replace(/^\s*<\?xml[^?]*\?>\s*/, spec.declaration === 'standalone' ? '<?xml version="1.0" standalone="yes"?>' : '');
			// Between elements only: after a closing tag that is followed by another tag.
			body = body.replace(/(<\/[\w.:-]+>)(?=<)/g, `$1${spec.space}${spec.comment}`);
			return answer('well-formed variants', body, good.status, contentType(good));
		}),
	);

/** The categories and how they are drawn; `mustFail` categories never allow a success. */
export const CATEGORIES = {
	'cut off': cutOff,
	DTD: dtd,
	'two roots': twoRoots,
	'wrong namespace': wrongNamespace,
	'prototype names': prototypeNames,
	'control characters': controlCharacters,
	'mismatched tags': mismatchedTags,
	'undeclared entities': undeclaredEntities,
	faults,
	html: htmlPages,
	'plain text': plainTexts,
	gzip: compressed,
	oversized,
	deep,
	wide,
	'bytes and BOMs': badBytes,
	resets,
	'trickling and silent servers': slow,
	'well-formed variants': wellFormed,
} satisfies Record<string, fc.Arbitrary<Mutation>>;

export type Category = keyof typeof CATEGORIES;
export const CATEGORY_NAMES = Object.keys(CATEGORIES) as Category[];
/** The categories about the XML itself, which every operation's own answer gets. */
export const XML_CATEGORIES: Category[] = ['cut off', 'DTD', 'two roots', 'wrong namespace', 'prototype names', 'control characters', 'mismatched tags', 'undeclared entities', 'well-formed variants'];

/** All bytes of an answer's body, filler included (for servers that must send it). */
export function* bodyChunks(item: Answer, chunkSize = 64 * 1024): Generator<Uint8Array> {
	for (let i = 0; i < item.body.length; i += chunkSize) yield item.body.slice(i, i + chunkSize);
	if (!item.filler) return;
	const block = new Uint8Array(chunkSize).fill(item.filler.byte);
	for (let left = item.filler.repeat; left > 0; left -= chunkSize) yield left >= chunkSize ? block : block.slice(0, left);
}
