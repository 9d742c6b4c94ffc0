/** One POST on plain `node:http` (its default agent): the bare exchange. */
import * as http from 'node:http';

import type { IHttpRequestOptions } from 'n8n-workflow';

export interface PlainResponse {
	statusCode: number;
	headers: http.IncomingHttpHeaders;
	body: string;
}

/** Sends the POST; the answer's body is left unread. */
function send(url: string, headers: Record<string, string>, body: string): Promise<http.IncomingMessage> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { method: 'POST', headers: { ...headers, 'Content-Length': Buffer.byteLength(body) } }, resolve);
		request.on('error', reject);
		request.end(body);
	});
}

/** The POST with its answer read as text. */
export async function post(url: string, headers: Record<string, string>, body: string): Promise<PlainResponse> {
	const response = await send(url, headers, body);
	return await new Promise((resolve, reject) => {
		let text = '';
		response.setEncoding('utf8');
		response.on('data', (chunk: string) => (text += chunk));
		response.on('end', () => resolve({ statusCode: response.statusCode ?? 0, headers: response.headers, body: text }));
		response.on('error', reject);
	});
}

/** Stands in for n8n's helpers where the shared layer should post on plain node:http instead. */
export const plainHelpers = {
	httpRequest: async (options: IHttpRequestOptions) => {
		const headers = options.headers as Record<string, string>;
		const body = options.body as string;
		if (options.encoding !== 'stream') return await post(options.url, headers, body);
		// The answer as a stream, as n8n's helper gives it for `encoding: 'stream'`.
		const response = await send(options.url, headers, body);
		return { statusCode: response.statusCode ?? 0, headers: response.headers, body: response };
	},
};
