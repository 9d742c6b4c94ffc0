/**
 * One SOAP call from start to finish: build the envelope, post it, and turn the
 * answer into either the operation's response element or a clear n8n error.
 */
import type { ICredentialTestFunctions, IExecuteFunctions, IHttpRequestHelper, INode } from 'n8n-workflow';

import { buildEnvelope, soapRequestHeaders, UnencodableValueError, type SoapMessage, type SoapVersion } from './envelope';
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
	type UnreadableKind,
} from './errors';
import { readEnvelope, type SoapEnvelope, type SoapFault } from './response';
import { headerValue, postXml, responseCookies, TransportFailure, type HttpResult } from './transport';
import { parseXml, XmlSyntaxError, type XmlElement } from './xml';

export const DEFAULT_TIMEOUT_MS = 30_000;

/** What a service adds to the shared layer: its name and its own reading of faults. */
export interface SoapService {
	displayName: string;
	namespace: string;
	/** Advice for a fault the service is known to send, or undefined for the generic text. */
	adviceForFault?(fault: SoapFault): string | undefined;
}

export interface SoapCallOptions extends Omit<SoapMessage, 'namespace'> {
	url: string;
	/** Sent as the `Cookie` header, e.g. `ASP.NET_SessionId=...`. */
	cookie?: string;
	timeoutMs?: number;
}

export interface SoapResult {
	/** The `<OperationResponse>` element. */
	response: XmlElement;
	/** The SOAP Header element, when the service sent one. */
	header?: XmlElement;
	/** `name=value` pairs from `Set-Cookie`. */
	cookies: string[];
	statusCode: number;
}

export interface CallContext {
	helpers: IExecuteFunctions['helpers'] | ICredentialTestFunctions['helpers'] | IHttpRequestHelper['helpers'];
	node: INode;
	itemIndex: number;
}

/** Either the envelope, or why the body is not one. */
interface ReadAttempt {
	envelope?: SoapEnvelope;
	problem?: UnreadableKind;
	detail?: string;
}

/** What errors of this call name: the service, the operation, the node and the item. */
export function errorScope(context: CallContext, service: SoapService, operation: string): ErrorScope {
	return { node: context.node, itemIndex: context.itemIndex, service: service.displayName, operation };
}

function readBody(body: string): ReadAttempt {
	const text = body.replace(/^\uFEFF/, '').trim();
	if (text === '') return { problem: 'empty' };
	if (looksLikeHtml(text)) return { problem: 'html', detail: pageTitle(text) };
	// JSON or plain text: say so, rather than call it broken XML.
	if (!text.startsWith('<')) return { problem: 'notSoap', detail: JSON.stringify(text.slice(0, 60)) };
	try {
		const envelope = readEnvelope(parseXml(body));
		return envelope ? { envelope } : { problem: 'notSoap' };
	} catch (error) {
		return { problem: 'malformed', detail: error instanceof XmlSyntaxError ? error.message : 'it could not be read' };
	}
}

/** The envelope of a response, or the error that best explains why there is none. */
function readSoap(scope: ErrorScope, http: HttpResult): SoapEnvelope {
	const { statusCode, body } = http;
	if (statusCode === 429) throw rateLimitError(scope, headerValue(http.headers, 'retry-after'));
	const attempt = readBody(body);
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
	const scope = errorScope(context, service, options.operation);
	const version: SoapVersion = options.version;
	if (!/^https?:\/\/[^/]/i.test(options.url)) {
		throw inputError(
			context.node,
			context.itemIndex,
			`The ${service.displayName} URL in the credential is not a web address`,
			'It must start with https:// (or http:// for a local test service), for example the default address of the credential.',
		);
	}
	let body: string;
	try {
		body = buildEnvelope({ ...options, namespace: service.namespace });
	} catch (error) {
		const message = error instanceof UnencodableValueError ? error.message : 'A value could not be put into the SOAP request';
		throw inputError(context.node, context.itemIndex, message, 'Remove control characters (such as ones pasted from other programs) from that value, in the node or in its credential.');
	}
	const headers = soapRequestHeaders(version, service.namespace, options.operation);
	if (options.cookie) headers.Cookie = options.cookie;
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

	let http: HttpResult;
	try {
		http = await postXml(context.helpers, { url: options.url, headers, body, timeoutMs });
	} catch (error) {
		const failure = error instanceof TransportFailure ? error : new TransportFailure('other', undefined);
		throw transportError(scope, failure, options.url, timeoutMs);
	}

	const envelope = readSoap(scope, http);
	if (envelope.fault) {
		throw faultError(scope, envelope.fault, http.statusCode, service.adviceForFault?.(envelope.fault));
	}
	const expected = `${options.operation}Response`;
	const response = envelope.payload;
	if (!response || response.name !== expected || response.namespace !== service.namespace) {
		const got = response ? `<${response.name}> in "${response.namespace}"` : 'an empty SOAP body';
		throw unreadableResponseError(scope, 'unexpected', `Expected <${expected}> in "${service.namespace}", got ${got}.`);
	}
	return { response, header: envelope.header, cookies: responseCookies(http.headers), statusCode: http.statusCode };
}
