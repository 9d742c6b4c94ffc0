/**
 * Every error the SOAP layer raises is built here, in words a workflow author
 * can act on. Nothing from the request goes into an error: the envelope holds
 * passwords, so messages are made only from the response and the call's names.
 */
import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

import type { SoapFault } from './response';
import type { TransportFailure } from './transport';

export interface ErrorScope {
	node: INode;
	itemIndex: number;
	/** The service's display name, e.g. `Twinfield`. */
	service: string;
	operation: string;
}

function apiError(
	scope: ErrorScope,
	message: string,
	description: string,
	extra: JsonObject = {},
	httpCode?: number,
): NodeApiError {
	const response: JsonObject = { service: scope.service, operation: scope.operation, ...extra };
	return new NodeApiError(scope.node, response, {
		message,
		description,
		httpCode: httpCode === undefined ? undefined : String(httpCode),
		itemIndex: scope.itemIndex,
	});
}

/** ASP.NET wraps every exception in this phrase; the part after it is the news. */
const ASP_NET_WRAPPER = /^Server was unable to process request\.\s*--->\s*/i;

function plural(count: number, unit: string): string {
	return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** A SOAP fault. `hint` is the service's own advice for this fault, when it has one. */
export function faultError(scope: ErrorScope, fault: SoapFault, statusCode: number, hint?: string): NodeApiError {
	const facts = [
		fault.code && `Fault code: ${fault.code}`,
		fault.detailCode && `${scope.service} error code: ${fault.detailCode}`,
		fault.detailMessage && fault.detailMessage !== fault.reason && `Detail: ${fault.detailMessage}`,
	].filter(Boolean);
	const advice = hint ?? `Check the node's input values. If it keeps happening, contact ${scope.service} support with this message.`;
	const extra: JsonObject = { faultCode: fault.code, faultString: fault.reason };
	if (fault.detailCode) extra.detailCode = fault.detailCode;
	return apiError(
		scope,
		`${scope.service} rejected ${scope.operation}: ${fault.reason.replace(ASP_NET_WRAPPER, '') || 'a SOAP fault without a reason'}`,
		[advice, ...facts].join('\n'),
		extra,
		statusCode,
	);
}

/** `Retry-After` is either seconds or an HTTP date. */
function retryAfterSeconds(retryAfter: string | undefined): number | undefined {
	if (!retryAfter) return undefined;
	if (/^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim());
	const date = Date.parse(retryAfter);
	return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export function rateLimitError(scope: ErrorScope, retryAfter: string | undefined): NodeApiError {
	const seconds = retryAfterSeconds(retryAfter);
	const wait = seconds === undefined ? 'Wait a minute' : `Wait ${plural(seconds, 'second')}`;
	return apiError(
		scope,
		`${scope.service} is limiting requests (HTTP 429 Too Many Requests)`,
		`${wait} before running the workflow again. To stay under the limit, make fewer calls per minute: reuse a session instead of logging on for every item, or add a Wait node.`,
		seconds === undefined ? {} : { retryAfterSeconds: seconds },
		429,
	);
}

export function pageTitle(body: string): string | undefined {
	const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1]?.trim();
	return title ? title.slice(0, 120) : undefined;
}

/** HTML or XHTML, after an optional BOM and XML declaration. */
export function looksLikeHtml(body: string): boolean {
	return /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE\s+html|<html[\s>])/i.test(body);
}

/** An HTTP error status that came without a SOAP fault to explain it. */
export function httpStatusError(scope: ErrorScope, statusCode: number, body: string, location?: string): NodeApiError {
	const title = looksLikeHtml(body) ? pageTitle(body) : undefined;
	const page = title ? ` The page it sent says: "${title}".` : '';
	let message: string;
	let advice: string;
	if (statusCode >= 300 && statusCode < 400) {
		message = `${scope.service} redirected ${scope.operation} elsewhere (HTTP ${statusCode})`;
		advice = `SOAP calls cannot follow redirects. Put the address it redirects to in the credential${location ? `: ${location}` : ''} (often the same address with https:// instead of http://).`;
	} else if (statusCode === 401 || statusCode === 403) {
		message = `${scope.service} denied access to ${scope.operation} (HTTP ${statusCode})`;
		advice = `Check the credential: user name, password and the service URL, and that this account may use ${scope.service}'s web services.`;
	} else if (statusCode === 404) {
		message = `${scope.service} has no web service at this address (HTTP 404)`;
		advice = `Check the URL in the credential: it should be the service's base address, without a path.`;
	} else if (statusCode >= 500) {
		message = `${scope.service} could not handle ${scope.operation} (HTTP ${statusCode})`;
		advice = `The service or a gateway in front of it failed. Try again in a few minutes; turn on the node's Retry On Fail setting if it happens often.`;
	} else {
		message = `${scope.service} refused ${scope.operation} (HTTP ${statusCode})`;
		advice = `Check the URL in the credential and the node's input values.`;
	}
	return apiError(scope, message, `${advice}${page}`, {}, statusCode);
}

export type UnreadableKind = 'empty' | 'html' | 'malformed' | 'notSoap' | 'unexpected';

/** A 2xx answer that cannot be a response to the call. */
export function unreadableResponseError(
	scope: ErrorScope,
	kind: UnreadableKind,
	detail = '',
): NodeApiError {
	const texts: Record<UnreadableKind, [string, string]> = {
		empty: [
			`${scope.service} sent an empty answer to ${scope.operation}`,
			'The connection worked but no SOAP response came back. This is usually a passing failure of the service or a proxy: run the workflow again.',
		],
		html: [
			`${scope.service} sent a web page instead of a SOAP response to ${scope.operation}`,
			`The URL probably points at a website or a login page, not at the web service. Check the URL in the credential.${detail ? ` The page says: "${detail}".` : ''}`,
		],
		malformed: [
			`${scope.service} sent an incomplete or broken answer to ${scope.operation}`,
			`The response is not well-formed XML (${detail}). The connection may have been cut off: run the workflow again.`,
		],
		notSoap: [
			`${scope.service} sent something other than a SOAP response to ${scope.operation}`,
			`Check the URL in the credential: it should point at the service itself.${detail ? ` The answer began with: ${detail}` : ''}`,
		],
		unexpected: [
			`${scope.service} sent an unexpected answer to ${scope.operation}`,
			`${detail} Check that the URL in the credential points at ${scope.service}.`,
		],
	};
	const [message, description] = texts[kind];
	return apiError(scope, message, description);
}

export function transportError(scope: ErrorScope, failure: TransportFailure, url: string, timeoutMs: number): NodeApiError {
	const host = hostOf(url);
	const texts: Record<TransportFailure['reason'], [string, string]> = {
		timeout: [
			`${scope.service} did not answer ${scope.operation} within ${plural(Math.round(timeoutMs / 1000), 'second')}`,
			'The service may be slow or unreachable. Run the workflow again, or raise the Timeout option of the node.',
		],
		refused: [
			`Could not connect to ${host}`,
			'Nothing answered at that address. Check the URL in the credential.',
		],
		notFound: [`The server ${host} could not be found`, 'Check the URL in the credential for typing errors.'],
		reset: [
			`The connection to ${scope.service} closed before the answer was complete`,
			'The service or a proxy cut the connection. Run the workflow again.',
		],
		other: [
			`The request to ${scope.service} failed before an answer arrived`,
			`Check the URL in the credential and the network.${failure.systemCode ? ` (system error ${failure.systemCode})` : ''}`,
		],
	};
	const [message, description] = texts[failure.reason];
	return apiError(scope, message, description);
}

/** A well-formed answer that means failure in the service's own terms, e.g. Twinfield's LogonResult. */
export function serviceError(scope: ErrorScope, message: string, description: string, extra: JsonObject = {}): NodeApiError {
	return apiError(scope, message, description, extra);
}

/** A problem with what the user put into the node, found before anything was sent. */
export function inputError(node: INode, itemIndex: number, message: string, description: string): NodeOperationError {
	return new NodeOperationError(node, message, { description, itemIndex });
}

function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return 'the configured server';
	}
}
