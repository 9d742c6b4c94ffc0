/** One POST on plain `node:http` (its default agent), body read as text: the bare exchange. */
import * as http from 'node:http';

import type { IHttpRequestOptions } from 'n8n-workflow';

export interface PlainResponse {
	statusCode: number;
	headers: http.IncomingHttpHeaders;
	body: string;
}

export function post(url: string, headers: Record<string, string>, body: string): Promise<PlainResponse> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { method: 'POST', headers: { ...headers, 'Content-Length': Buffer.byteLength(body) } }, (response) => {
			let text = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (text += chunk));
			response.on('end', () => resolve({ statusCode: response.statusCode ?? 0, headers: response.headers, body: text }));
			response.on('error', reject);
		});
		request.on('error', reject);
		request.end(body);
	});
}

/** The answer as a stream, as n8n's helper gives it for `encoding: 'stream'`. */
function postForStream(url: string, headers: Record<string, string>, body: string): Promise<{ statusCode: number; headers: http.IncomingHttpHeaders; body: http.IncomingMessage }> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { method: 'POST', headers: { ...headers, 'Content-Length': Buffer.byteLength(body) } }, (response) =>
			resolve({ statusCode: response.statusCode ?? 0, headers: response.headers, body: response }),
		);
		request.on('error', reject);
		request.end(body);
	});
}

/** Stands in for n8n's helpers where the shared layer should post on plain node:http instead. */
export const plainHelpers = {
	httpRequest: async (options: IHttpRequestOptions) => {
		const headers = options.headers as Record<string, string>;
		const body = options.body as string;
		return options.encoding === 'stream' ? await postForStream(options.url, headers, body) : await post(options.url, headers, body);
	},
};
