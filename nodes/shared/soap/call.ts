/** One SOAP call from start to finish: envelope, post, then the response element or a clear n8n error. */
import type { ICredentialTestFunctions, IExecuteFunctions, IHttpRequestHelper, IHttpRequestOptions, ILoadOptionsFunctions, INode } from 'n8n-workflow';

import { isWebAddress } from './checks';
import { buildEnvelope, soapRequestHeaders, UnencodableValueError, type SoapFields, type SoapMessage, type SoapValue, type SoapVersion } from './envelope';
import { readEnvelope, type SoapEnvelope, type SoapFault } from './envelopeReader';
import {
	faultError,
	httpStatusError,
	inputError,
	looksLikeHtml,
	pageTitle,
	rateLimitError,
	transportError,
	unreadableResponseError,
	type ErrorScope,
	type OperationRole,
	type UnreadableKind,
} from './errors';
import { headerValue, postXml, responseCookies, TransportFailure, type HttpResult } from './http';
import { NO_SECRETS, quoted, SecretMask } from './serverText';
import { parseXml, XmlSyntaxError, type XmlElement } from './xml';

export { DEFAULT_MAX_ANSWER_BYTES } from './http';
export type { OperationRole } from './errors';

export const DEFAULT_TIMEOUT_MS = 30_000;

/** What a service adds to the shared layer: its name and its own reading of faults. */
export interface SoapService {
	displayName: string;
	namespace: string;
	/** Advice for a fault the service is known to send in this operation, or undefined for the generic text. */
	adviceForFault?(fault: SoapFault, role?: OperationRole, operation?: string): string | undefined;
}

export interface SoapCallOptions extends Omit<SoapMessage, 'namespace'> {
	url: string;
	/** Sent as the `Cookie` header, e.g. `ASP.NET_SessionId=...`. */
	cookie?: string;
	/** Deadline for the whole exchange. */
	timeoutMs?: number;
	/** The largest answer to read, in bytes, as sent and after decompression. */
	maxAnswerBytes?: number;
	/** What kind of step this is, so that error advice fits it. */
	role?: OperationRole;
	/**
	 * Values to mask wherever the answer might echo them, besides the fields
	 * whose names mark them as secret (password, application or identity ID, token).
	 */
	secrets?: string[];
}

export interface SoapResult {
	/**
	 * The `<OperationResponse>` element as the service sent it: data is never
	 * masked. An error that quotes it masks through `mask` (see answerErrorScope).
	 */
	response: XmlElement;
	/** What the call sent as secrets, to mask wherever the answer is quoted to people. */
	mask: SecretMask;
	/** The SOAP Header element, when the service sent one. */
	header?: XmlElement;
	/** Valid `name=value` pairs from `Set-Cookie`, as sent. */
	cookies: string[];
	statusCode: number;
}

export interface CallContext {
	helpers: IExecuteFunctions['helpers'] | ILoadOptionsFunctions['helpers'] | ICredentialTestFunctions['helpers'] | IHttpRequestHelper['helpers'];
	node: INode;
	itemIndex: number;
	/** Sends through an authenticated helper instead of the plain one; see PostOptions.send. */
	send?: (request: IHttpRequestOptions) => Promise<unknown>;
}

/** Either the envelope, or why the body is not one. */
interface ReadAttempt {
	envelope?: SoapEnvelope;
	problem?: UnreadableKind;
	detail?: string;
}

/** What errors of this call name: the service, the operation, the node and the item. */
export function errorScope(
	context: CallContext,
	service: SoapService,
	operation: string,
	extra: Pick<ErrorScope, 'role' | 'mask'> = {},
): ErrorScope {
	return { node: context.node, itemIndex: context.itemIndex, service: service.displayName, operation, ...extra };
}

/** The scope of an error that quotes an answer: it masks what the call sent as secrets. */
export function answerErrorScope(
	context: CallContext,
	service: SoapService,
	operation: string,
	answer: Pick<SoapResult, 'mask'>,
	extra: Pick<ErrorScope, 'role'> = {},
): ErrorScope {
	return errorScope(context, service, operation, { ...extra, mask: answer.mask });
}

/** Field names whose values are credentials, never to be shown again. */
const SECRET_FIELD = /pass|secret|token|key|session|applicationid|identityid/i;

function secretValues(fields: SoapFields | SoapValue[] | undefined, into: string[] = []): string[] {
	for (const [name, value] of Object.entries(fields ?? {})) {
		if (value !== null && typeof value === 'object') secretValues(value, into);
		else if (typeof value === 'string' && SECRET_FIELD.test(name)) into.push(value);
	}
	return into;
}

/** The values of a Cookie header's pairs: a session travels there. */
function cookieValues(cookie: string | undefined): string[] {
	return (cookie ?? '').split(';').map((pair) => pair.slice(pair.indexOf('=') + 1).trim());
}

/** Log-on and session checks are told apart by name when an operation does not say. */
function roleOf(options: SoapCallOptions): OperationRole | undefined {
	if (options.role) return options.role;
	if (/^log(on|in)$/i.test(options.operation)) return 'logOn';
	if (/^hassession$/i.test(options.operation)) return 'checkSession';
	return undefined;
}

/** Index of the first character that is not a BOM or white space. */
function contentStart(body: string): number {
	let index = 0;
	while (index < body.length) {
		const code = body.charCodeAt(index);
		if (code !== 0xfeff && code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) break;
		index++;
	}
	return index;
}

function readBody(http: HttpResult, mask: SecretMask): ReadAttempt {
	const { body } = http;
	const start = contentStart(body);
	if (start === body.length) return { problem: 'empty' };
	if (looksLikeHtml(body)) return { problem: 'html', detail: pageTitle(body, mask) };
	// JSON or plain text: say so, rather than call it broken XML.
	if (body.charCodeAt(start) !== 0x3c /* < */) return { problem: 'notSoap', detail: JSON.stringify(quoted(body.slice(start, start + 200), mask, 60)) };
	if (http.notUtf8) return { problem: 'notUtf8' };
	try {
		// The answer is data: it is read as sent. Only text quoted in an error is masked.
		const root = parseXml(body);
		const envelope = readEnvelope(root);
		return envelope ? { envelope } : { problem: 'notSoap' };
	} catch (error) {
		if (!(error instanceof XmlSyntaxError)) return { problem: 'malformed', detail: 'it could not be read' };
		const problem: UnreadableKind = error.kind === 'malformed' ? 'malformed' : error.kind;
		return { problem, detail: quoted(error.message, mask) };
	}
}

/** The envelope of a response, or the error that best explains why there is none. */
function readSoap(scope: ErrorScope, http: HttpResult): SoapEnvelope {
	const { statusCode, body } = http;
	const mask = scope.mask ?? NO_SECRETS;
	if (statusCode === 429) throw rateLimitError(scope, headerValue(http.headers, 'retry-after'));
	const attempt = readBody(http, mask);
	// A fault explains itself whatever the status; otherwise an error status says more than the body.
	if (attempt.envelope && (attempt.envelope.fault || statusCode < 300)) return attempt.envelope;
	if (statusCode >= 300) throw httpStatusError(scope, statusCode, body, headerValue(http.headers, 'location'));
	throw unreadableResponseError(scope, attempt.problem ?? 'notSoap', attempt.detail);
}

export async function callSoap(
	context: CallContext,
	service: SoapService,
	options: SoapCallOptions,
): Promise<SoapResult> {
	const mask = new SecretMask([...secretValues(options.fields), ...secretValues(options.header?.fields), ...cookieValues(options.cookie), ...(options.secrets ?? [])]);
	const scope = errorScope(context, service, options.operation, { role: roleOf(options), mask });
	const version: SoapVersion = options.version;
	// A path alone goes out through an authenticated helper whose credential supplies the address.
	const addressFromCredential = context.send !== undefined && options.url.startsWith('/');
	if (!addressFromCredential && !isWebAddress(options.url)) {
		throw inputError(
			context.node,
			context.itemIndex,
			`The ${service.displayName} URL in the credential is not a web address`,
			'It must start with https:// (or http:// for a local test service) and contain no spaces, for example the default address of the credential.',
		);
	}
	let body: string;
	try {
		body = buildEnvelope({ ...options, namespace: service.namespace });
	} catch (error) {
		const message = error instanceof UnencodableValueError ? error.message : 'A value could not be put into the SOAP request';
		throw inputError(context.node, context.itemIndex, message, 'Remove control characters (such as ones pasted from other programs) and broken characters from that value, in the node or in its credential.');
	}
	const headers = soapRequestHeaders(version, service.namespace, options.operation);
	if (options.cookie) headers.Cookie = options.cookie;
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

	let http: HttpResult;
	try {
		http = await postXml(context.helpers, { url: options.url, headers, body, timeoutMs, maxBytes: options.maxAnswerBytes, send: context.send });
	} catch (error) {
		const failure = error instanceof TransportFailure ? error : new TransportFailure('other', undefined);
		throw transportError(scope, failure, options.url, timeoutMs);
	}

	const envelope = readSoap(scope, http);
	if (envelope.fault) {
		throw faultError(scope, envelope.fault, http.statusCode, service.adviceForFault?.(envelope.fault, scope.role, options.operation));
	}
	const expected = `${options.operation}Response`;
	const response = envelope.payload;
	if (!response || response.name !== expected || response.namespace !== service.namespace) {
		const got = response ? `<${quoted(response.name, mask, 80)}> in "${quoted(response.namespace, mask, 120)}"` : 'an empty SOAP body';
		throw unreadableResponseError(scope, 'unexpected', `Expected <${expected}> in "${service.namespace}", got ${got}.`);
	}
	const cookies = responseCookies(http.headers);
	return { response, header: envelope.header, cookies, statusCode: http.statusCode, mask };
}
