/** Reading an answer's body as n8n's helpers hand it over: text, bytes or a stream, within the size limit and the deadline. */
import { PassThrough } from 'node:stream';

import { beforeDeadline, headerValue, readAnswerBody, responseCookies, TransportFailure } from '../../nodes/shared/soap/http';

const open = () => new AbortController().signal;

async function failureOf(promise: Promise<unknown>): Promise<Pick<TransportFailure, 'reason' | 'systemCode' | 'limit'>> {
	try {
		await promise;
	} catch (error) {
		if (!(error instanceof TransportFailure)) throw error;
		return { reason: error.reason, systemCode: error.systemCode, limit: error.limit };
	}
	throw new Error('no failure');
}

describe('a streamed body', () => {
	test('is decoded once whole, so a character split between chunks stays whole', async () => {
		const stream = new PassThrough();
		const reading = readAnswerBody({ statusCode: 200, headers: {}, body: stream }, 100, open());
		const bytes = Buffer.from('<a>é€</a>');
		stream.write(bytes.subarray(0, 4));
		stream.write(bytes.subarray(4, 7));
		stream.end(bytes.subarray(7));
		expect(await reading).toEqual({ statusCode: 200, headers: {}, body: '<a>é€</a>' });
	});

	test('with bytes that are not UTF-8 is read leniently and marked', async () => {
		const stream = new PassThrough();
		const reading = readAnswerBody({ statusCode: 200, body: stream }, 100, open());
		stream.end(Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]));
		expect(await reading).toEqual({ statusCode: 200, headers: {}, body: '<a>\uFFFD</a>', notUtf8: true });
	});

	test('stops at the limit and is closed', async () => {
		const stream = new PassThrough();
		const reading = failureOf(readAnswerBody({ statusCode: 200, body: stream }, 10, open()));
		stream.write(Buffer.alloc(6));
		stream.write(Buffer.alloc(6));
		expect(await reading).toEqual({ reason: 'tooLarge', systemCode: undefined, limit: 10 });
		expect(stream.destroyed).toBe(true);
	});

	test('compressed, its compressed bytes count against the limit too', async () => {
		const over = Object.assign(new PassThrough(), { bytesWritten: 11 });
		const refused = failureOf(readAnswerBody({ statusCode: 200, body: over }, 10, open()));
		over.write('<a/>');
		expect(await refused).toMatchObject({ reason: 'tooLarge', limit: 10 });
		const at = Object.assign(new PassThrough(), { bytesWritten: 10 });
		const read = readAnswerBody({ statusCode: 200, body: at }, 10, open());
		at.end('<a/>');
		expect((await read).body).toBe('<a/>');
	});

	test('announced larger than the limit is refused unread', async () => {
		const stream = new PassThrough();
		expect(await failureOf(readAnswerBody({ statusCode: 200, headers: { 'content-length': ' 11 ' }, body: stream }, 10, open()))).toMatchObject({ reason: 'tooLarge' });
		expect(stream.destroyed).toBe(true);
		const small = new PassThrough();
		const reading = readAnswerBody({ statusCode: 200, headers: { 'content-length': '10' }, body: small }, 10, open());
		small.end('0123456789');
		expect((await reading).body).toBe('0123456789');
	});

	test('that fails says how: its error, or a close before the end', async () => {
		const failing = new PassThrough();
		const failed = failureOf(readAnswerBody({ statusCode: 200, body: failing }, 100, open()));
		failing.write('<a>');
		failing.destroy(Object.assign(new Error('bad record mac'), { code: 'EPROTO' }));
		expect(await failed).toEqual({ reason: 'other', systemCode: 'EPROTO', limit: undefined });

		const cut = new PassThrough();
		const closed = failureOf(readAnswerBody({ statusCode: 200, body: cut }, 100, open()));
		cut.write('<a>');
		cut.destroy();
		expect(await closed).toMatchObject({ reason: 'reset' });
	});

	test('ends at the deadline', async () => {
		const deadline = new AbortController();
		const stream = new PassThrough();
		const reading = failureOf(readAnswerBody({ statusCode: 200, body: stream }, 100, deadline.signal));
		stream.write('<a>');
		deadline.abort();
		expect(await reading).toMatchObject({ reason: 'timeout' });
		expect(stream.destroyed).toBe(true);
		const late = new PassThrough();
		expect(await failureOf(readAnswerBody({ statusCode: 200, body: late }, 100, deadline.signal))).toMatchObject({ reason: 'timeout' });
	});
});

describe('a buffered body', () => {
	test('text is taken as it is, bytes are decoded, nothing is empty text', async () => {
		expect((await readAnswerBody({ statusCode: 500, body: '<a/>' }, 4, open())).body).toBe('<a/>');
		expect((await readAnswerBody({ statusCode: 200, body: new Uint8Array(Buffer.from('<b/>')) }, 4, open())).body).toBe('<b/>');
		expect((await readAnswerBody({ statusCode: 204, body: undefined }, 4, open())).body).toBe('');
		expect((await readAnswerBody({ statusCode: 204, body: null }, 4, open())).body).toBe('');
	});

	test('over the limit, counted in bytes, is refused', async () => {
		expect(await failureOf(readAnswerBody({ statusCode: 200, body: 'éé€' }, 6, open()))).toMatchObject({ reason: 'tooLarge', limit: 6 });
		expect(await failureOf(readAnswerBody({ statusCode: 200, body: new Uint8Array(5) }, 4, open()))).toMatchObject({ reason: 'tooLarge' });
	});
});

describe('waiting for a helper that cannot take the deadline', () => {
	test('an answer in time is returned', async () => {
		expect(await beforeDeadline(Promise.resolve('x'), open())).toBe('x');
	});

	test('a passed deadline fails at once; an answer after it is closed unread', async () => {
		const passed = new AbortController();
		passed.abort();
		expect(await failureOf(beforeDeadline(Promise.resolve('x'), passed.signal))).toMatchObject({ reason: 'timeout' });

		const deadline = new AbortController();
		let answer: (value: unknown) => void = () => {};
		const sending = new Promise((resolve) => (answer = resolve));
		const waiting = failureOf(beforeDeadline(sending, deadline.signal));
		deadline.abort();
		expect(await waiting).toMatchObject({ reason: 'timeout' });
		const stream = new PassThrough();
		answer({ statusCode: 200, body: stream });
		await new Promise((resolve) => setImmediate(resolve));
		expect(stream.destroyed).toBe(true);
	});
});

test('headers are read by lower-case name; cookies as name=value pairs', () => {
	expect(headerValue({ 'retry-after': '30' }, 'Retry-After')).toBe('30');
	expect(headerValue({ via: ['a', 'b'] }, 'via')).toBe('a, b');
	expect(headerValue({}, 'constructor')).toBeUndefined();
	expect(responseCookies({ 'set-cookie': ['ASP.NET_SessionId=abc; path=/; HttpOnly', 'lb=1', 'bad cookie=x'] })).toEqual(['ASP.NET_SessionId=abc', 'lb=1']);
	expect(responseCookies({ 'set-cookie': 'one=1; Secure' })).toEqual(['one=1']);
	expect(responseCookies({})).toEqual([]);
});
