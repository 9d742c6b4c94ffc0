/** Reads a request the node sent with fast-xml-parser, independently of the node's own XML code: the operation element as plain objects. */
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: true, isArray: (name) => ['Entry', 'InvoiceRow', 'InvoiceOrder', 'string', 'int', 'OrderSlipStateType'].includes(name) });

export function requestBody(body: string, operation: string): Record<string, unknown> {
	const parsed = parser.parse(body) as { Envelope: { Body: Record<string, Record<string, unknown>> } };
	return parsed.Envelope.Body[operation];
}
