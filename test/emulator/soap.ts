/**
 * The emulator's SOAP layer: the checks an ASP.NET .asmx endpoint makes
 * before a method runs, and envelope/fault writing in both SOAP versions.
 */
import type { HttpRequestInfo, Reply, SoapVersion } from './types';
import { child, element, leaf, parseXml, renderXml, XmlElement, XmlError, XmlOut } from './xml';

export const SOAP11_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP12_NS = 'http://www.w3.org/2003/05/soap-envelope';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const XSD_NS = 'http://www.w3.org/2001/XMLSchema';

/** A request that passed every check, routed to one operation. */
export interface SoapCall {
	version: SoapVersion;
	operation: string;
	/** The operation element (first child of Body). */
	body: XmlElement;
	/** The soap Header element, if any. */
	header?: XmlElement;
	http: HttpRequestInfo;
}

export interface SoapEndpoint {
	/** Lower-case path; matched case-insensitively like IIS. */
	path: string;
	namespace: string;
	operations: readonly string[];
	handle(call: SoapCall): Reply;
}

export type FaultCode = 'Client' | 'Server' | 'VersionMismatch';

export interface FaultSpec {
	code: FaultCode;
	message: string;
	detail?: XmlOut[];
	status?: number;
}

export function envelopeNamespace(version: SoapVersion): string {
	return version === '1.1' ? SOAP11_NS : SOAP12_NS;
}

export function soapContentType(version: SoapVersion): string {
	return version === '1.1' ? 'text/xml; charset=utf-8' : 'application/soap+xml; charset=utf-8';
}

/** The SOAP version a Content-Type announces, or undefined for anything else. */
export function versionOfContentType(contentType: string | undefined): SoapVersion | undefined {
	const type = mediaType(contentType).type;
	if (type === 'text/xml') return '1.1';
	if (type === 'application/soap+xml') return '1.2';
	return undefined;
}

function mediaType(contentType: string | undefined): { type: string; params: Record<string, string> } {
	const [type, ...rest] = (contentType ?? '').split(';');
	const params: Record<string, string> = {};
	for (const part of rest) {
		const eq = part.indexOf('=');
		if (eq < 0) continue;
		const value = part.slice(eq + 1).trim();
		params[part.slice(0, eq).trim().toLowerCase()] = value.replace(/^"(.*)"$/, '$1');
	}
	return { type: type.trim().toLowerCase(), params };
}

function headerValue(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

/**
 * Runs the checks in ASP.NET's order: media type, action header, XML,
 * envelope version, body element. Answers either the routed call or the
 * error reply the real service would send.
 */
export function readSoapCall(http: HttpRequestInfo, endpoint: SoapEndpoint): { call: SoapCall } | { reply: Reply } {
	const { type, params } = mediaType(headerValue(http.headers['content-type']));
	const version = versionOfContentType(type);
	if (version === undefined) return { reply: unsupportedMediaType(type) };

	let operation: string | undefined;
	if (version === '1.1') {
		const raw = headerValue(http.headers['soapaction']);
		const quoted = raw !== undefined && /^".*"$/.test(raw) ? raw.slice(1, -1) : undefined;
		operation = quoted === undefined ? undefined : operationOfAction(endpoint, quoted);
		if (operation === undefined) return { reply: unknownAction(version, quoted ?? raw ?? '') };
	} else if (params.action !== undefined) {
		operation = operationOfAction(endpoint, params.action);
		if (operation === undefined) return { reply: unknownAction(version, params.action) };
	}

	let root: XmlElement;
	try {
		root = parseXml(http.body);
	} catch (error) {
		if (error instanceof XmlError) return { reply: badRequest() };
		throw error;
	}

	const expected = envelopeNamespace(version);
	if (root.local !== 'Envelope') {
		return { reply: unreadable(version, `The root element must be a SOAP Envelope, not <${root.local}>.`) };
	}
	if (root.ns !== expected) {
		const message = `Possible SOAP version mismatch: Envelope namespace ${root.ns} was unexpected. Expecting ${expected}.`;
		return { reply: soapFault(version, { code: 'VersionMismatch', message }) };
	}
	const body = child(root, expected, 'Body');
	if (body === undefined) return { reply: unreadable(version, 'The SOAP Body element is missing.') };
	const header = child(root, expected, 'Header');
	const first = body.children[0];
	if (first === undefined) return { reply: unreadable(version, 'The request element is missing from the SOAP Body.') };

	if (operation === undefined) {
		// SOAP 1.2 without an action parameter: route by the request element.
		if (first.ns !== endpoint.namespace || !endpoint.operations.includes(first.local)) {
			const message = `Server did not recognize the value of the request element: ${first.local} (namespace '${first.ns}').`;
			return { reply: soapFault(version, { code: 'Client', message }) };
		}
		operation = first.local;
	}
	if (first.local !== operation || first.ns !== endpoint.namespace) {
		const reason = `There is an error in XML document. ---> <${first.local} xmlns='${first.ns}'> was not expected.`;
		return { reply: unreadable(version, reason) };
	}
	return { call: { version, operation, body: first, header, http } };
}

function operationOfAction(endpoint: SoapEndpoint, action: string): string | undefined {
	const prefix = actionPrefix(endpoint.namespace);
	if (!action.startsWith(prefix)) return undefined;
	const operation = action.slice(prefix.length);
	return endpoint.operations.includes(operation) ? operation : undefined;
}

/** ASP.NET's default action: the namespace, a slash unless it ends in one, the method name. */
export function actionPrefix(namespace: string): string {
	return namespace.endsWith('/') ? namespace : `${namespace}/`;
}

function unknownAction(version: SoapVersion, action: string): Reply {
	const message = `Server did not recognize the value of HTTP Header SOAPAction: ${action}.`;
	return soapFault(version, { code: 'Client', message });
}

function unreadable(version: SoapVersion, reason: string): Reply {
	return soapFault(version, { code: 'Client', message: `Server was unable to read request. ---> ${reason}` });
}

function unsupportedMediaType(type: string): Reply {
	return textReply(
		415,
		'text/plain; charset=utf-8',
		`Unsupported Media Type: '${type}'. Send SOAP 1.1 as text/xml or SOAP 1.2 as application/soap+xml.`,
	);
}

/** ASP.NET answers unreadable XML with a bare 400 page, not a fault. */
export function badRequest(): Reply {
	return htmlReply(400, 'Bad Request', 'The request XML is not well-formed.');
}

export function textReply(status: number, contentType: string, body: string, extra: Record<string, string> = {}): Reply {
	return { status, headers: { 'Content-Type': contentType, ...extra }, body };
}

export function htmlReply(status: number, title: string, message: string): Reply {
	const body =
		`<!DOCTYPE html>\n<html>\n<head><title>${title}</title></head>\n<body>\n` +
		`<h1>${title}</h1>\n<p>${message}</p>\n</body>\n</html>\n`;
	return textReply(status, 'text/html; charset=utf-8', body);
}

/** A whole envelope in the seed's shape: declaration, xsi/xsd declarations, optional header. */
export function renderEnvelope(version: SoapVersion, bodyContent: XmlOut, headerContent?: XmlOut): string {
	const p = version === '1.1' ? 'soap' : 'soap12';
	const parts: XmlOut[] = [];
	if (headerContent !== undefined) parts.push(element(`${p}:Header`, [headerContent]));
	parts.push(element(`${p}:Body`, [bodyContent]));
	const envelope = element(`${p}:Envelope`, parts, {
		'xmlns:xsi': XSI_NS,
		'xmlns:xsd': XSD_NS,
		[`xmlns:${p}`]: envelopeNamespace(version),
	});
	return `<?xml version="1.0" encoding="utf-8"?>\n${renderXml(envelope)}`;
}

export function soapReply(
	version: SoapVersion,
	bodyContent: XmlOut,
	options: { header?: XmlOut; headers?: Record<string, string | string[]> } = {},
): Reply {
	return {
		status: 200,
		headers: { 'Content-Type': soapContentType(version), 'Cache-Control': 'private, max-age=0', ...options.headers },
		body: renderEnvelope(version, bodyContent, options.header),
	};
}

const CODES_12: Record<FaultCode, string> = { Client: 'Sender', Server: 'Receiver', VersionMismatch: 'VersionMismatch' };

export function soapFault(version: SoapVersion, fault: FaultSpec): Reply {
	const detail = fault.detail ?? [];
	const content =
		version === '1.1'
			? element('soap:Fault', [
					leaf('faultcode', `soap:${fault.code}`),
					leaf('faultstring', fault.message),
					element('detail', detail),
				])
			: element('soap12:Fault', [
					element('soap12:Code', [leaf('soap12:Value', `soap12:${CODES_12[fault.code]}`)]),
					element('soap12:Reason', [leaf('soap12:Text', fault.message, { 'xml:lang': 'en' })]),
					element('soap12:Detail', detail),
				]);
	return {
		status: fault.status ?? 500,
		headers: { 'Content-Type': soapContentType(version), 'Cache-Control': 'private' },
		body: renderEnvelope(version, content),
	};
}

/** ASP.NET wraps exceptions thrown inside a web method like this. */
export function serverFault(version: SoapVersion, reason: string): Reply {
	return soapFault(version, { code: 'Server', message: `Server was unable to process request. ---> ${reason}` });
}
