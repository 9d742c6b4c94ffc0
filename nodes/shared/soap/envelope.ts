/** Builds SOAP 1.1 and 1.2 request envelopes in the shape of the vendors' .asmx help pages. */

import { xmlEscape } from './xmlText';

export type SoapVersion = '1.1' | '1.2';

/**
 * A field value: text, nested fields (e.g. 24SevenOffice's `credential`),
 * null for `xsi:nil`, or an array for an element repeated once per entry.
 */
export type SoapValue = string | number | boolean | SoapFields | null | SoapValue[];
export interface SoapFields {
	[name: string]: SoapValue | undefined;
}

export interface SoapHeaderBlock {
	name: string;
	namespace: string;
	fields: SoapFields;
}

export interface SoapMessage {
	version: SoapVersion;
	/** The service namespace, e.g. `http://www.twinfield.com/`. */
	namespace: string;
	operation: string;
	fields?: SoapFields;
	header?: SoapHeaderBlock;
}

export const ENVELOPE_NAMESPACES: Record<SoapVersion, string> = {
	'1.1': 'http://schemas.xmlsoap.org/soap/envelope/',
	'1.2': 'http://www.w3.org/2003/05/soap-envelope',
};

const PREFIXES: Record<SoapVersion, string> = { '1.1': 'soap', '1.2': 'soap12' };

const CONTENT_TYPES: Record<SoapVersion, string> = {
	'1.1': 'text/xml; charset=utf-8',
	'1.2': 'application/soap+xml; charset=utf-8',
};

/** Characters XML 1.0 cannot carry at all, not even escaped, and halves of surrogate pairs. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export class UnencodableValueError extends Error {
	constructor(readonly field: string, reason: 'control' | 'surrogate' = 'control') {
		super(
			reason === 'control'
				? `The value of "${field}" contains a control character that XML cannot carry`
				: `The value of "${field}" contains half of a character pair (a broken emoji or symbol) that XML cannot carry`,
		);
	}
}

/** ASP.NET's convention: the action is the namespace followed by the operation name. */
export function soapAction(namespace: string, operation: string): string {
	return namespace.endsWith('/') ? `${namespace}${operation}` : `${namespace}/${operation}`;
}

/** HTTP headers that go with an envelope: content type, and SOAPAction for 1.1 only. */
export function soapRequestHeaders(
	version: SoapVersion,
	namespace: string,
	operation: string,
): Record<string, string> {
	const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPES[version] };
	if (version === '1.1') headers.SOAPAction = `"${soapAction(namespace, operation)}"`;
	return headers;
}

function renderFields(fields: SoapFields, indent: string): string[] {
	const lines: string[] = [];
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		if (Array.isArray(value)) {
			for (const entry of value) lines.push(...renderFields({ [name]: entry }, indent));
			continue;
		}
		if (value === null) {
			lines.push(`${indent}<${name} xsi:nil="true" />`);
			continue;
		}
		if (typeof value === 'object') {
			lines.push(`${indent}<${name}>`, ...renderFields(value, `${indent}  `), `${indent}</${name}>`);
			continue;
		}
		const text = String(value);
		if (NOT_XML.test(text)) throw new UnencodableValueError(name, CONTROL.test(text) ? 'control' : 'surrogate');
		lines.push(`${indent}<${name}>${xmlEscape(text)}</${name}>`);
	}
	return lines;
}

function renderElement(name: string, namespace: string, fields: SoapFields | undefined, indent: string): string[] {
	const open = `${indent}<${name} xmlns="${xmlEscape(namespace)}"`;
	const inner = renderFields(fields ?? {}, `${indent}  `);
	if (inner.length === 0) return [`${open} />`];
	return [`${open}>`, ...inner, `${indent}</${name}>`];
}

export function buildEnvelope(message: SoapMessage): string {
	const p = PREFIXES[message.version];
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<${p}:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:${p}="${ENVELOPE_NAMESPACES[message.version]}">`,
	];
	if (message.header) {
		const { name, namespace, fields } = message.header;
		lines.push(`  <${p}:Header>`, ...renderElement(name, namespace, fields, '    '), `  </${p}:Header>`);
	}
	lines.push(
		`  <${p}:Body>`,
		...renderElement(message.operation, message.namespace, message.fields, '    '),
		`  </${p}:Body>`,
		`</${p}:Envelope>`,
	);
	return lines.join('\n');
}
