/**
 * Failure switches: what a proxy, gateway or overloaded service may answer
 * instead of the real SOAP reply. Each injection applies to the next matching
 * SOAP POSTs, `times` times.
 */
import type { HttpRequestInfo, Injection, InjectionKind, Reply, ServiceName } from './types';
import {
	actionPrefix,
	htmlReply,
	renderEnvelope,
	soapContentType,
	soapFault,
	textReply,
	versionOfContentType,
} from './soap';
import { element, leaf } from './xml';

const KINDS: readonly InjectionKind[] = [
	'fault',
	'html',
	'empty',
	'truncated',
	'slow',
	'rateLimit',
	'serverError',
	'unauthorized',
	'forbidden',
	'oversized',
	'endSessions',
];

export const DEFAULT_FAULT_STRING = 'Server was unable to process request. ---> Injected failure.';

/** Checks an injection from code or from JSON over HTTP; throws with a readable message. */
export function validateInjection(value: unknown): Injection {
	if (typeof value !== 'object' || value === null) throw new Error('An injection must be an object');
	const input = value as Record<string, unknown>;
	if (!KINDS.includes(input.kind as InjectionKind)) {
		throw new Error(`Unknown injection kind ${JSON.stringify(input.kind)}; use one of ${KINDS.join(', ')}`);
	}
	if (input.service !== undefined && input.service !== 'twinfield' && input.service !== '24sevenoffice') {
		throw new Error('service must be "twinfield" or "24sevenoffice"');
	}
	for (const key of ['times', 'delayMs', 'retryAfter', 'bytes', 'status']) {
		const number = input[key];
		if (number !== undefined && (typeof number !== 'number' || !Number.isInteger(number) || number < 0)) {
			throw new Error(`${key} must be a non-negative integer`);
		}
	}
	if (input.operation !== undefined && typeof input.operation !== 'string') throw new Error('operation must be a string');
	if (input.faultString !== undefined && typeof input.faultString !== 'string') {
		throw new Error('faultString must be a string');
	}
	return input as Injection;
}

export class InjectionQueue {
	private entries: { injection: Injection; remaining: number }[] = [];

	add(injection: Injection): void {
		const remaining = injection.times ?? 1;
		if (remaining > 0) this.entries.push({ injection, remaining });
	}

	/**
	 * Takes one use of the oldest injection that matches this service (and
	 * operation, when it names one). With `named`, only an injection that
	 * names this very operation matches (the OAuth endpoints, which are not SOAP).
	 */
	take(service: ServiceName, operation?: string, named = false): Injection | undefined {
		const family = service === '24sevenoffice' ? '24sevenoffice' : 'twinfield';
		const entry = this.entries.find(
			(item) =>
				(item.injection.service === undefined || item.injection.service === family) &&
				(item.injection.operation === operation || (!named && item.injection.operation === undefined)),
		);
		if (entry === undefined) return undefined;
		entry.remaining -= 1;
		if (entry.remaining === 0) this.entries.splice(this.entries.indexOf(entry), 1);
		return entry.injection;
	}

	clear(): void {
		this.entries = [];
	}
}

/** How the host must answer an injected request. */
export type InjectedAnswer =
	| { type: 'reply'; reply: Reply }
	| { type: 'truncated'; contentType: string; partial: string }
	| { type: 'slow'; delayMs: number };

export function injectedAnswer(injection: Injection, http: HttpRequestInfo, namespace: string): InjectedAnswer {
	const version = versionOfContentType(headerText(http.headers['content-type'])) ?? '1.1';
	switch (injection.kind) {
		case 'fault':
			// A server that echoes what it was sent: {cookie} stands for the request's Cookie header.
			return reply(soapFault(version, { code: 'Server', message: (injection.faultString ?? DEFAULT_FAULT_STRING).replaceAll('{cookie}', headerText(http.headers.cookie) ?? '') }));
		case 'html':
			return reply(gatewayPage(502, 'Bad Gateway'));
		case 'empty':
			return reply(textReply(200, 'text/xml; charset=utf-8', ''));
		case 'truncated': {
			const operation = guessOperation(http, namespace);
			const full = renderEnvelope(
				version,
				element(`${operation}Response`, [leaf(`${operation}Result`, 'Ok')], { xmlns: namespace }),
			);
			const partial = full.slice(0, Math.floor(full.length / 2));
			return { type: 'truncated', contentType: soapContentType(version), partial };
		}
		case 'slow':
			return { type: 'slow', delayMs: injection.delayMs ?? 5000 };
		case 'rateLimit': {
			const seconds = String(injection.retryAfter ?? 30);
			return reply(
				textReply(429, 'text/plain; charset=utf-8', 'Too Many Requests: rate limit exceeded. Try again later.', {
					'Retry-After': seconds,
				}),
			);
		}
		case 'serverError':
			return reply(gatewayPage(503, 'Service Unavailable'));
		case 'unauthorized':
			return reply(htmlReply(401, '401 - Unauthorized', 'Access is denied due to invalid credentials.'));
		case 'forbidden':
			return reply(htmlReply(403, '403 - Forbidden', 'Access is denied.'));
		case 'oversized': {
			// A well-formed answer, padded with the white space XML allows after the root element.
			const operation = guessOperation(http, namespace);
			const answer = renderEnvelope(version, element(`${operation}Response`, [], { xmlns: namespace }));
			return reply(textReply(injection.status ?? 200, soapContentType(version), answer + ' '.repeat(injection.bytes ?? 6 * 1024 * 1024)));
		}
		case 'endSessions':
			throw new Error('endSessions is handled by the host: it answers normally');
	}
}

function reply(value: Reply): InjectedAnswer {
	return { type: 'reply', reply: value };
}

/** Looks like what a reverse proxy sends when the service behind it is down. */
function gatewayPage(status: number, title: string): Reply {
	const body =
		`<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n` +
		`<center><h1>${status} ${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
	return textReply(status, 'text/html', body);
}

function headerText(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

/** The operation name for a plausible truncated answer, from the action or the body. */
function guessOperation(http: HttpRequestInfo, namespace: string): string {
	const contentType = headerText(http.headers['content-type']) ?? '';
	const action = headerText(http.headers['soapaction']) ?? /action="?([^";]+)/.exec(contentType)?.[1];
	const cleaned = action?.replace(/"/g, '');
	const prefix = actionPrefix(namespace);
	if (cleaned !== undefined && cleaned.startsWith(prefix) && cleaned.length > prefix.length) {
		return cleaned.slice(prefix.length);
	}
	const fromBody = /<(?:\w+:)?Body[^>]*>\s*<(?:\w+:)?(\w+)/.exec(http.body)?.[1];
	return fromBody ?? 'Operation';
}
