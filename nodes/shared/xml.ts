/**
 * A small namespace-aware view of an XML document, built on fast-xml-parser.
 * SOAP responses may use any prefix (soap:, s:, env:) or a default namespace,
 * so elements are matched by namespace URI and local name, never by prefix.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
	namespace: string;
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	/** The element's own text (concatenated text and CDATA nodes). */
	text: string;
}

export class XmlSyntaxError extends Error {}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	ignoreDeclaration: true,
	ignorePiTags: true,
	// Entities are decoded below in one pass: the parser's own decoding leaves
	// character references alone and would decode `&amp;#38;` twice over.
	processEntities: false,
	cdataPropName: '#cdata',
});

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_match, entity: string) => {
		if (entity[0] !== '#') return PREDEFINED[entity];
		const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
		return String.fromCodePoint(code);
	});
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function splitName(qualified: string): [string, string] {
	const colon = qualified.indexOf(':');
	return colon === -1 ? ['', qualified] : [qualified.slice(0, colon), qualified.slice(colon + 1)];
}

function toElement(tag: string, node: OrderedNode, parentScope: Record<string, string>): XmlElement {
	const attributes = Object.fromEntries(
		Object.entries(node[':@'] ?? {}).map(([attr, value]) => [attr, decodeEntities(String(value))]),
	);
	const scope = { ...parentScope };
	for (const [attr, value] of Object.entries(attributes)) {
		if (attr === 'xmlns') scope[''] = value;
		else if (attr.startsWith('xmlns:')) scope[attr.slice(6)] = value;
	}
	const [prefix, name] = splitName(tag);
	const namespace = scope[prefix];
	if (namespace === undefined) throw new XmlSyntaxError(`the prefix "${prefix}" is not declared`);

	const element: XmlElement = { namespace, name, attributes, children: [], text: '' };
	for (const child of (node[tag] as OrderedNode[]) ?? []) {
		const childTag = Object.keys(child).find((key) => key !== ':@');
		if (childTag === undefined) continue;
		if (childTag === '#text') element.text += decodeEntities(String(child[childTag]));
		else if (childTag === '#cdata') element.text += (child[childTag] as Array<{ '#text': string }>).map((part) => part['#text']).join('');
		else element.children.push(toElement(childTag, child, scope));
	}
	return element;
}

/**
 * Parses a whole document. Documents with a DTD are refused outright: SOAP
 * forbids them, and refusing them rules out entity-expansion attacks.
 */
export function parseXml(xml: string): XmlElement {
	if (/<!DOCTYPE/i.test(xml)) throw new XmlSyntaxError('it contains a document type declaration (DTD), which SOAP does not allow');
	const valid = XMLValidator.validate(xml);
	if (valid !== true) throw new XmlSyntaxError(`${valid.err.msg} (line ${valid.err.line})`);
	const nodes = parser.parse(xml) as OrderedNode[];
	const roots = nodes.filter((node) => Object.keys(node).some((key) => key !== ':@' && key !== '#text'));
	if (roots.length !== 1) throw new XmlSyntaxError('it has no single root element');
	const rootTag = Object.keys(roots[0]).find((key) => key !== ':@' && key !== '#text') as string;
	return toElement(rootTag, roots[0], { '': '', xml: XML_NAMESPACE });
}

/** Direct children with this local name (and namespace, when given), in order. */
export function findChildren(parent: XmlElement | undefined, name: string, namespace?: string): XmlElement[] {
	return (parent?.children ?? []).filter(
		(child) => child.name === name && (namespace === undefined || child.namespace === namespace),
	);
}

export function findChild(parent: XmlElement | undefined, name: string, namespace?: string): XmlElement | undefined {
	return findChildren(parent, name, namespace)[0];
}

/** Text of a direct child, trimmed; undefined when the child is absent. */
export function childText(parent: XmlElement | undefined, name: string, namespace?: string): string | undefined {
	return findChild(parent, name, namespace)?.text.trim();
}

/** Finds the first descendant (depth first) with this local name. */
export function findDescendant(root: XmlElement | undefined, name: string): XmlElement | undefined {
	if (!root) return undefined;
	for (const child of root.children) {
		if (child.name === name) return child;
		const found = findDescendant(child, name);
		if (found) return found;
	}
	return undefined;
}

/** Turns an element into plain JSON: leaves become text, repeated names become arrays. */
export function elementToJson(element: XmlElement): unknown {
	if (element.children.length === 0) return element.text.trim();
	const json: Record<string, unknown> = {};
	for (const child of element.children) {
		const value = elementToJson(child);
		const existing = Object.hasOwn(json, child.name) ? json[child.name] : undefined;
		if (existing === undefined) json[child.name] = value;
		else if (Array.isArray(existing)) existing.push(value);
		else json[child.name] = [existing, value];
	}
	return json;
}
