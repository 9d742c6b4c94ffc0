/** Every error the SOAP layer raises, in words a workflow author can act on. */
/*
 * Nothing from the request goes into an error: the envelope holds passwords,
 * so messages are made only from the response and the call's names.
 */
import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

import type { SoapFault } from './envelopeReader';
import type { TransportFailure } from './http';
import { bounded, NO_SECRETS, quoted, withoutControls, type SecretMask } from './serverText';

/**
 * What kind of step failed, so advice can fit it: a log-on has no session to
 * renew and no inputs to check. Operations may name it; unnamed ones get
 * advice that fits any call.
 */
export type OperationRole = 'logOn' | 'checkSession' | 'useSession' | 'other';

export interface ErrorScope {
	node: INode;
	itemIndex: number;
	/** The service's display name, e.g. `Twinfield`. */
	service: string;
	operation: string;
	role?: OperationRole;
	/** Masks what the call sent (passwords, IDs, tokens) wherever a server might echo it. */
	mask?: SecretMask;
}

/** The longest message and description an error carries. */
export const MESSAGE_LIMIT = 400;
export const DESCRIPTION_LIMIT = 2000;

/** Final text of an error: masked, on one line without control characters, bounded. */
function finish(text: string, mask: SecretMask, limit: number): string {
	return bounded(withoutControls(mask.apply(text)).trim(), limit);
}

function safeExtra(extra: JsonObject, mask: SecretMask): JsonObject {
	const safe: JsonObject = {};
	for (const [key, value] of Object.entries(extra)) {
		safe[key] = typeof value === 'string' ? quoted(value, mask) : value;
	}
	return safe;
}

function apiError(
	scope: ErrorScope,
	message: string,
	description: string,
	extra: JsonObject = {},
	httpCode?: number,
): NodeApiError {
	const mask = scope.mask ?? NO_SECRETS;
	const response: JsonObject = { service: scope.service, operation: scope.operation, ...safeExtra(extra, mask) };
	return new NodeApiError(scope.node, response, {
		message: finish(message, mask, MESSAGE_LIMIT),
		description: finish(description, mask, DESCRIPTION_LIMIT),
		httpCode: httpCode === undefined ? undefined : String(httpCode),
		itemIndex: scope.itemIndex,
	});
}

/** A quoted sentence ends once: `says: "Not found."` rather than `"Not found.".` */
function saying(intro: string, text: string | undefined): string {
	if (!text) return '';
	return /[.!?]$/.test(text) ? ` ${intro} "${text}"` : ` ${intro} "${text}".`;
}

/** ASP.NET wraps every exception in this phrase; the part after it is the news. */
const ASP_NET_WRAPPER = /^Server was unable to process request\.\s*--->\s*/i;

function plural(count: number, unit: string): string {
	return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** Generic advice for a fault the service gave no meaning to, fitting the kind of step. */
function genericFaultAdvice(scope: ErrorScope): string {
	const support = `If it keeps happening, contact ${scope.service} support with this message.`;
	switch (scope.role) {
		case 'logOn':
			return `Check the credential: its user, password and URL. ${support}`;
		case 'checkSession':
		case 'useSession':
			return `Check the session ID the node uses and its other fields. ${support}`;
		default:
			return `Check the node's fields and its credential. ${support}`;
	}
}

/** Says who failed, in words, from the SOAP fault code (`soap:Server`, `s:Sender`, ...). */
function whoFailed(scope: ErrorScope, code: string): string | undefined {
	const local = code.slice(code.indexOf(':') + 1);
	switch (local) {
		case 'Server':
		case 'Receiver':
			return `The failure is on ${scope.service}'s side, not in the request.`;
		case 'Client':
		case 'Sender':
			return `${scope.service} found a problem in the request.`;
		case 'VersionMismatch':
			return `${scope.service} does not accept this SOAP version: choose the other one in the node's SOAP Version option.`;
		case 'MustUnderstand':
			return `${scope.service} did not understand a header of the request.`;
		default:
			return code ? `Fault code: ${quoted(code, scope.mask)}.` : undefined;
	}
}

/** A SOAP fault. `hint` is the service's own advice for this fault, when it has one. */
export function faultError(scope: ErrorScope, fault: SoapFault, statusCode: number, hint?: string): NodeApiError {
	const reason = quoted(fault.reason.replace(ASP_NET_WRAPPER, ''), scope.mask);
	const detailMessage = fault.detailMessage ? quoted(fault.detailMessage, scope.mask) : '';
	const facts = [
		whoFailed(scope, fault.code),
		fault.detailCode && `${scope.service} error code: ${quoted(fault.detailCode, scope.mask, 40)}.`,
		detailMessage && detailMessage !== reason && `Detail: ${detailMessage}`,
	].filter(Boolean);
	const extra: JsonObject = { faultCode: fault.code, faultString: fault.reason };
	if (fault.detailCode) extra.detailCode = fault.detailCode;
	return apiError(
		scope,
		`${scope.service} rejected ${scope.operation}: ${reason || 'a SOAP fault without a reason'}`,
		[hint ?? genericFaultAdvice(scope), ...facts].join(' '),
		extra,
		statusCode,
	);
}

/** `Retry-After` is either seconds or an HTTP date. */
function retryAfterSeconds(retryAfter: string | undefined): number | undefined {
	if (!retryAfter) return undefined;
	const trimmed = retryAfter.trim();
	if (/^\d{1,9}$/.test(trimmed)) return Number(trimmed);
	const date = Date.parse(trimmed.slice(0, 100));
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

/** Only the start of a page is searched for its title. */
const TITLE_SEARCH_LIMIT = 64 * 1024;

/** The page's title, masked and bounded when a mask is given, or undefined. */
export function pageTitle(body: string, mask?: SecretMask): string | undefined {
	const head = body.length > TITLE_SEARCH_LIMIT ? body.slice(0, TITLE_SEARCH_LIMIT) : body;
	const title = /<title[^>]{0,200}>([^<]{0,2000})<\/title>/i.exec(head)?.[1];
	const text = title === undefined ? '' : quoted(title, mask, 120);
	return text ? text : undefined;
}

/** HTML or XHTML, after an optional BOM and XML declaration. */
export function looksLikeHtml(body: string): boolean {
	return /^\uFEFF?\s{0,200}(<\?xml[^>]{0,200}\?>\s{0,200})?(<!DOCTYPE\s+html|<html[\s>])/i.test(body.slice(0, 1024));
}

/** An HTTP error status that came without a SOAP fault to explain it. */
export function httpStatusError(scope: ErrorScope, statusCode: number, body: string, location?: string): NodeApiError {
	const title = looksLikeHtml(body) ? pageTitle(body, scope.mask) : undefined;
	const page = saying('The page it sent says:', title);
	let message: string;
	let advice: string;
	if (statusCode >= 300 && statusCode < 400) {
		const target = location ? quoted(location, scope.mask) : '';
		message = `${scope.service} redirected ${scope.operation} elsewhere (HTTP ${statusCode})`;
		advice = `SOAP calls cannot follow redirects. Put the address it redirects to in the credential${target ? `: ${target}` : ''} (often the same address with https:// instead of http://).`;
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
		advice = scope.role === 'logOn' ? `Check the URL in the credential.` : `Check the URL in the credential and the node's fields.`;
	}
	return apiError(scope, message, `${advice}${page}`, {}, statusCode);
}

export type UnreadableKind =
	| 'empty'
	| 'html'
	| 'malformed'
	| 'notSoap'
	| 'unexpected'
	| 'dtd'
	| 'truncated'
	| 'refusedName'
	| 'tooDeep'
	| 'notUtf8';

/** A 2xx answer that cannot be a response to the call. `detail` is already fit to quote. */
export function unreadableResponseError(
	scope: ErrorScope,
	kind: UnreadableKind,
	detail = '',
): NodeApiError {
	const { service, operation } = scope;
	const checkUrl = `Check that the URL in the credential points at the real ${service} web service.`;
	let texts: [string, string];
	switch (kind) {
		case 'empty':
			texts = [
				`${service} sent an empty answer to ${operation}`,
				'The connection worked but no SOAP response came back. This is usually a passing failure of the service or a proxy: run the workflow again.',
			];
			break;
		case 'html':
			texts = [
				`${service} sent a web page instead of a SOAP response to ${operation}`,
				`The URL probably points at a website or a login page, not at the web service. Check the URL in the credential.${saying('The page says:', detail)}`,
			];
			break;
		case 'truncated':
			texts = [
				`${service} sent an incomplete answer to ${operation}`,
				`The answer stopped before it was complete${detail ? `: ${detail}` : ''}. The connection may have been cut off on the way: run the workflow again.`,
			];
			break;
		case 'dtd':
			texts = [
				`${service} sent something SOAP does not allow in its answer to ${operation}`,
				`The answer contains a document type declaration (DTD). SOAP forbids them, and the node refuses to read them so that no entities can expand or load files. The URL in the credential may not point at the real ${service} service: check it. Running the workflow again will not help.`,
			];
			break;
		case 'refusedName':
		case 'tooDeep':
			texts = [
				`${service} sent an answer this node refuses to read, to ${operation}`,
				`${detail ? `The answer ${detail}. ` : ''}No answer of the real service looks like this. ${checkUrl}`,
			];
			break;
		case 'notUtf8':
			texts = [
				`${service} sent an answer to ${operation} that is not valid UTF-8 text`,
				`SOAP answers of ${service} are UTF-8; this one has bytes that are not. ${checkUrl}`,
			];
			break;
		case 'malformed':
			texts = [
				`${service} sent a broken answer to ${operation}`,
				`The answer is not well-formed XML${detail ? `: ${detail}` : ''}. ${checkUrl}`,
			];
			break;
		case 'notSoap':
			texts = [
				`${service} sent something other than a SOAP response to ${operation}`,
				`Check the URL in the credential: it should point at the service itself.${detail ? ` The answer began with: ${detail}` : ''}`,
			];
			break;
		case 'unexpected':
		default:
			texts = [`${service} sent an unexpected answer to ${operation}`, `${detail} Check that the URL in the credential points at ${service}.`];
	}
	return apiError(scope, texts[0], texts[1]);
}

/** A duration in words: whole seconds, or milliseconds below one second. */
function duration(ms: number): string {
	return ms < 1000 ? plural(Math.round(ms), 'millisecond') : plural(Math.round(ms / 1000), 'second');
}

function megabytes(bytes: number): string {
	const mb = bytes / (1024 * 1024);
	return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}

export function transportError(scope: ErrorScope, failure: TransportFailure, url: string, timeoutMs: number): NodeApiError {
	const host = hostOf(url);
	const { service, operation } = scope;
	let texts: [string, string];
	switch (failure.reason) {
		case 'timeout':
			texts = [
				`${service} did not answer ${operation} within ${duration(timeoutMs)}`,
				'The whole answer must arrive within the Timeout option of the node. The service may be slow or unreachable: run the workflow again, or raise the Timeout option.',
			];
			break;
		case 'refused':
			texts = [`Could not connect to ${service} at ${host}`, 'Nothing answered at that address. Check the URL in the credential.'];
			break;
		case 'notFound':
			texts = [`The ${service} server ${host} could not be found`, 'Check the URL in the credential for typing errors.'];
			break;
		case 'reset':
			texts = [
				`The connection to ${service} closed before the answer was complete`,
				'The service or a proxy cut the connection. Run the workflow again.',
			];
			break;
		case 'tooLarge': {
			const limit = megabytes(failure.limit ?? 0);
			texts = [
				`${service} sent an answer to ${operation} larger than the limit of ${limit}`,
				`The node stopped reading at ${limit} and did not use the answer. If ${service} really sends answers this large, raise the node's Max Answer Size option; otherwise check that the URL in the credential points at ${service}.`,
			];
			break;
		}
		case 'other':
		default:
			texts = [
				`The request to ${service} failed before an answer arrived`,
				`Check the URL in the credential and the network.${failure.systemCode ? ` (system error ${quoted(failure.systemCode, scope.mask, 40)})` : ''}`,
			];
	}
	return apiError(scope, texts[0], texts[1]);
}

/** A well-formed answer that means failure in the service's own terms, e.g. Twinfield's LogonResult. */
export function serviceError(scope: ErrorScope, message: string, description: string, extra: JsonObject = {}): NodeApiError {
	return apiError(scope, message, description, extra);
}

/** A problem with what the user put into the node, found before anything was sent. */
export function inputError(node: INode, itemIndex: number, message: string, description: string): NodeOperationError {
	return new NodeOperationError(node, finish(message, NO_SECRETS, MESSAGE_LIMIT), {
		description: finish(description, NO_SECRETS, DESCRIPTION_LIMIT),
		itemIndex,
	});
}

function hostOf(url: string): string {
	try {
		return quoted(new URL(url).host, NO_SECRETS, 100);
	} catch {
		return 'the configured server';
	}
}
