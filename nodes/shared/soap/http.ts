/** The only code that talks HTTP: posts an envelope through n8n's request helpers, within a size limit and a deadline. */
/*
 * It posts an envelope through n8n's own request helpers and hands back
 * status, headers and body as text, whatever the status: deciding what a 429
 * or an HTML page means is the caller's job. Two bounds protect the n8n
 * instance from what answers: a size limit, checked on the bytes as sent and
 * after decompression, where reading stops at the limit; and a deadline for
 * the whole exchange, not just for a quiet socket.
 */
import type { ICredentialTestFunctions, IExecuteFunctions, IHttpRequestHelper, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { isCookiePair } from './checks';

export interface HttpResult {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
	/** The body was not valid UTF-8; invalid bytes became U+FFFD in `body`. */
	notUtf8?: boolean;
}

/** Answers larger than this are refused unless a node option raises the limit. */
export const DEFAULT_MAX_ANSWER_BYTES = 5 * 1024 * 1024;

export interface PostOptions {
	url: string;
	headers: Record<string, string>;
	body: string;
	/** The deadline for the whole exchange: connecting, sending and reading the answer. */
	timeoutMs: number;
	/** The largest answer to read, as sent and after decompression. */
	maxBytes?: number;
	/** Sends through an authenticated helper (e.g. n8n's OAuth 2 one) instead of the plain one. */
	send?: (request: IHttpRequestOptions) => Promise<unknown>;
}

/** Why no usable HTTP answer arrived; carries no request data, so nothing secret can leak from it. */
export class TransportFailure extends Error {
	constructor(
		readonly reason: 'timeout' | 'refused' | 'notFound' | 'reset' | 'tooLarge' | 'other',
		readonly systemCode: string | undefined,
		/** For `tooLarge`: the limit that was reached, in bytes. */
		readonly limit?: number,
	) {
		super(`HTTP request failed: ${reason}`);
	}
}

type Helpers = IExecuteFunctions['helpers'] | ILoadOptionsFunctions['helpers'] | ICredentialTestFunctions['helpers'] | IHttpRequestHelper['helpers'];

export interface RawResponse {
	statusCode: number;
	headers?: HttpResult['headers'];
	body?: unknown;
}

/** The part of a Node.js readable stream the reader needs. */
interface ByteStream {
	on(event: string, listener: (...args: unknown[]) => void): unknown;
	destroy(error?: Error): unknown;
	/** Set on zlib streams: compressed bytes taken in so far. */
	bytesWritten?: number;
}

function isStream(value: unknown): value is ByteStream {
	return typeof value === 'object' && value !== null && typeof (value as ByteStream).on === 'function' && typeof (value as ByteStream).destroy === 'function';
}

function classify(error: unknown, deadlinePassed: boolean): TransportFailure {
	if (error instanceof TransportFailure) return error;
	const code = (error as { code?: unknown })?.code;
	const systemCode = typeof code === 'string' ? code : undefined;
	const message = String((error as { message?: unknown })?.message ?? '');
	if (deadlinePassed || systemCode === 'ECONNABORTED' || systemCode === 'ETIMEDOUT' || /timeout/i.test(message)) {
		return new TransportFailure('timeout', systemCode);
	}
	if (systemCode === 'ECONNREFUSED') return new TransportFailure('refused', systemCode);
	if (systemCode === 'ENOTFOUND' || systemCode === 'EAI_AGAIN') return new TransportFailure('notFound', systemCode);
	if (systemCode === 'ECONNRESET' || systemCode === 'EPIPE' || /aborted|socket hang up|premature close/i.test(message)) {
		return new TransportFailure('reset', systemCode);
	}
	return new TransportFailure('other', systemCode);
}

/** Decoding all at once needs no state, so one decoder of each kind serves every call. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LENIENT_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The bytes of an answer, decoded once complete; remembers whether any sequence was not UTF-8. */
class Utf8Text {
	private readonly chunks: Uint8Array[] = [];
	private length = 0;
	invalid = false;

	add(chunk: Uint8Array): void {
		this.chunks.push(chunk);
		this.length += chunk.length;
	}

	text(): string {
		const bytes = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
		try {
			return STRICT_UTF8.decode(bytes);
		} catch {
			this.invalid = true;
			return LENIENT_UTF8.decode(bytes);
		}
	}
}

function contentLength(headers: HttpResult['headers']): number | undefined {
	const value = headerValue(headers, 'content-length');
	return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/** Reads a body stream up to `maxBytes`; stops reading when the deadline passes. */
async function readStream(stream: ByteStream, maxBytes: number, deadline: AbortSignal): Promise<Utf8Text> {
	const text = new Utf8Text();
	return await new Promise<Utf8Text>((resolve, reject) => {
		let received = 0;
		let settled = false;
		const settle = (failure?: TransportFailure) => {
			if (settled) return;
			settled = true;
			deadline.removeEventListener('abort', onDeadline);
			if (failure) {
				stream.destroy();
				reject(failure);
			} else resolve(text);
		};
		const onDeadline = () => settle(new TransportFailure('timeout', undefined));
		if (deadline.aborted) return onDeadline();
		deadline.addEventListener('abort', onDeadline);
		stream.on('data', (chunk: unknown) => {
			if (settled) return;
			const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
			received += bytes.length;
			const sent = typeof stream.bytesWritten === 'number' ? stream.bytesWritten : 0;
			if (received > maxBytes || sent > maxBytes) return settle(new TransportFailure('tooLarge', undefined, maxBytes));
			text.add(bytes);
		});
		stream.on('end', () => settle());
		stream.on('error', (error: unknown) => {
			if (!settled) settle(classify(error, deadline.aborted));
		});
		// After 'end' the stream closes as well; only a close before the end is a cut connection.
		stream.on('close', () => {
			if (!settled) settle(new TransportFailure('reset', undefined));
		});
	});
}

/** Turns whatever body the helper gave into text, within the size limit. */
export async function readAnswerBody(response: RawResponse, maxBytes: number, deadline: AbortSignal): Promise<HttpResult> {
	const headers = response.headers ?? {};
	const announced = contentLength(headers);
	const { body } = response;
	if (announced !== undefined && announced > maxBytes) {
		if (isStream(body)) body.destroy();
		throw new TransportFailure('tooLarge', undefined, maxBytes);
	}
	// Helpers that buffer (such as test doubles) hand over text, which is already decoded.
	if (!isStream(body) && !(body instanceof Uint8Array)) {
		const answer = body === undefined || body === null ? '' : String(body);
		if (Buffer.byteLength(answer) > maxBytes) throw new TransportFailure('tooLarge', undefined, maxBytes);
		return { statusCode: response.statusCode, headers, body: answer };
	}
	let text: Utf8Text;
	if (isStream(body)) {
		text = await readStream(body, maxBytes, deadline);
	} else {
		text = new Utf8Text();
		if (body.length > maxBytes) throw new TransportFailure('tooLarge', undefined, maxBytes);
		text.add(body);
	}
	const result: HttpResult = { statusCode: response.statusCode, headers, body: text.text() };
	if (text.invalid) result.notUtf8 = true;
	return result;
}

/**
 * Waits for a request that cannot take the deadline's abort signal (n8n's
 * authenticated helper puts the execution's own cancel signal in its place).
 * When the deadline wins, an answer that still arrives is closed unread.
 */
export async function beforeDeadline<T>(sending: Promise<T>, deadline: AbortSignal): Promise<T> {
	if (deadline.aborted) throw new TransportFailure('timeout', undefined);
	let onDeadline: () => void = () => {};
	const timedOut = new Promise<never>((_resolve, reject) => {
		onDeadline = () => reject(new TransportFailure('timeout', undefined));
		deadline.addEventListener('abort', onDeadline, { once: true });
	});
	sending.then(
		(late) => {
			if (deadline.aborted && isStream((late as RawResponse | undefined)?.body)) ((late as RawResponse).body as ByteStream).destroy();
		},
		() => {},
	);
	try {
		return await Promise.race([sending, timedOut]);
	} finally {
		deadline.removeEventListener('abort', onDeadline);
	}
}

export async function postXml(helpers: Helpers, options: PostOptions): Promise<HttpResult> {
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_ANSWER_BYTES;
	const deadline = AbortSignal.timeout(options.timeoutMs);
	try {
		let response: RawResponse;
		if ('httpRequest' in helpers) {
			const request: IHttpRequestOptions = {
				method: 'POST',
				url: options.url,
				headers: options.headers,
				body: options.body,
				// n8n's helper reads answers whole and without a size limit: a stream lets the limit apply.
				encoding: 'stream',
				timeout: options.timeoutMs,
				abortSignal: deadline,
				json: false,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				// A redirected POST would come back as a GET: report the redirect instead.
				disableFollowRedirect: true,
			};
			// n8n's authenticated helpers swap the abort signal for the execution's own: race them against the deadline.
			response = (await (options.send ? beforeDeadline(options.send(request), deadline) : helpers.httpRequest(request))) as RawResponse;
		} else {
			// Credential tests only get the older request helper, which takes no abort signal:
			// its timeout covers waiting for the headers, the deadline covers reading the body.
			response = (await helpers.request({
				method: 'POST',
				uri: options.url,
				headers: options.headers,
				body: options.body,
				timeout: options.timeoutMs,
				useStream: true,
				resolveWithFullResponse: true,
				simple: false,
				followRedirect: false,
				followAllRedirects: false,
			})) as RawResponse;
		}
		return await readAnswerBody(response, maxBytes, deadline);
	} catch (error) {
		throw classify(error, deadline.aborted);
	}
}

/** Valid `Set-Cookie` values of a response, as `name=value` pairs without attributes. */
export function responseCookies(headers: HttpResult['headers']): string[] {
	const raw = headers['set-cookie'];
	const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
	return values
		.map((cookie) => String(cookie).split(';')[0].trim())
		.filter((pair) => isCookiePair(pair));
}

export function headerValue(headers: HttpResult['headers'], name: string): string | undefined {
	const key = name.toLowerCase();
	const value = Object.hasOwn(headers, key) ? headers[key] : undefined;
	return Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : undefined;
}
