/**
 * The only code that talks HTTP. It posts an envelope through n8n's own request
 * helpers and hands back status, headers and body as text, whatever the status:
 * deciding what a 429 or an HTML page means is the caller's job.
 */
import type { ICredentialTestFunctions, IExecuteFunctions, IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';

export interface HttpResult {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

export interface PostOptions {
	url: string;
	headers: Record<string, string>;
	body: string;
	timeoutMs: number;
}

/** Why no HTTP answer arrived; carries no request data, so nothing secret can leak from it. */
export class TransportFailure extends Error {
	constructor(
		readonly reason: 'timeout' | 'refused' | 'notFound' | 'reset' | 'other',
		readonly systemCode: string | undefined,
	) {
		super(`HTTP request failed: ${reason}`);
	}
}

type Helpers = IExecuteFunctions['helpers'] | ICredentialTestFunctions['helpers'] | IHttpRequestHelper['helpers'];

function classify(error: unknown): TransportFailure {
	const code = (error as { code?: unknown })?.code;
	const systemCode = typeof code === 'string' ? code : undefined;
	const message = String((error as { message?: unknown })?.message ?? '');
	if (systemCode === 'ECONNABORTED' || systemCode === 'ETIMEDOUT' || /timeout/i.test(message)) {
		return new TransportFailure('timeout', systemCode);
	}
	if (systemCode === 'ECONNREFUSED') return new TransportFailure('refused', systemCode);
	if (systemCode === 'ENOTFOUND' || systemCode === 'EAI_AGAIN') return new TransportFailure('notFound', systemCode);
	if (systemCode === 'ECONNRESET' || systemCode === 'EPIPE' || /aborted|socket hang up/i.test(message)) {
		return new TransportFailure('reset', systemCode);
	}
	return new TransportFailure('other', systemCode);
}

export async function postXml(helpers: Helpers, options: PostOptions): Promise<HttpResult> {
	try {
		let response: HttpResult;
		if ('httpRequest' in helpers) {
			const request: IHttpRequestOptions = {
				method: 'POST',
				url: options.url,
				headers: options.headers,
				body: options.body,
				timeout: options.timeoutMs,
				encoding: 'text',
				json: false,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				// A redirected POST would come back as a GET: report the redirect instead.
				disableFollowRedirect: true,
			};
			response = (await helpers.httpRequest(request)) as HttpResult;
		} else {
			// Credential tests only get the older request helper.
			response = (await helpers.request({
				method: 'POST',
				uri: options.url,
				headers: options.headers,
				body: options.body,
				timeout: options.timeoutMs,
				resolveWithFullResponse: true,
				simple: false,
				followRedirect: false,
				followAllRedirects: false,
			})) as HttpResult;
		}
		return { statusCode: response.statusCode, headers: response.headers ?? {}, body: String(response.body ?? '') };
	} catch (error) {
		throw classify(error);
	}
}

/** `Set-Cookie` values of a response, as `name=value` pairs without attributes. */
export function responseCookies(headers: HttpResult['headers']): string[] {
	const raw = headers['set-cookie'];
	const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
	return values.map((cookie) => cookie.split(';')[0].trim()).filter((pair) => pair.includes('='));
}

export function headerValue(headers: HttpResult['headers'], name: string): string | undefined {
	const value = headers[name.toLowerCase()];
	return Array.isArray(value) ? value.join(', ') : value;
}
