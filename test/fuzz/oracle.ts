/** The independent reading the fuzz tests compare with: fast-xml-parser, after its XMLValidator accepts the document. */
/*
 * The independent reading of an answer the fuzz tests compare the nodes with:
 * fast-xml-parser, after its XMLValidator has accepted the document, set up as
 * in test/referenceXml.ts. Nothing here uses the nodes' own reader or tables.
 */
import { XMLValidator } from 'fast-xml-parser';

import { referenceParser } from '../referenceXml';

/** An element as the reference reads it: local name, namespace URI, attributes, own text, children. */
export interface RefElement {
	name: string;
	namespace: string;
	attributes: Record<string, string>;
	text: string;
	children: RefElement[];
}

type Ordered = Array<Record<string, unknown>>;

/** True when fast-xml-parser's validator calls the document well-formed. */
export function validXml(document: string): boolean {
	return XMLValidator.validate(document) === true;
}

function split(qualified: string): [string, string] {
	const colon = qualified.indexOf(':');
	return colon === -1 ? ['', qualified] : [qualified.slice(0, colon), qualified.slice(colon + 1)];
}

function toElement(entry: Record<string, unknown>, scope: Map<string, string>): RefElement | undefined {
	const qualified = Object.keys(entry).find((key) => key !== ':@');
	if (qualified === undefined || qualified === '#text' || qualified.startsWith('?')) return undefined;
	const attributes = (entry[':@'] ?? {}) as Record<string, string>;
	const inner = new Map(scope);
	for (const [name, value] of Object.entries(attributes)) {
		if (name === 'xmlns') inner.set('', value);
		else if (name.startsWith('xmlns:')) inner.set(name.slice(6), value);
	}
	const [prefix, name] = split(qualified);
	const content = (entry[qualified] ?? []) as Ordered;
	return {
		name,
		namespace: inner.get(prefix) ?? '',
		attributes: Object.fromEntries(Object.entries(attributes).filter(([key]) => key !== 'xmlns' && !key.startsWith('xmlns:'))),
		text: content.filter((part) => '#text' in part).map((part) => String(part['#text'])).join(''),
		children: content.map((part) => toElement(part, inner)).filter((child): child is RefElement => child !== undefined),
	};
}

/** The root element of a well-formed document, or undefined when the validator refuses it. */
export function referenceRoot(document: string): RefElement | undefined {
	const withoutBom = document.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (!validXml(withoutBom)) return undefined;
	const roots = (referenceParser.parse(withoutBom) as Ordered).map((entry) => toElement(entry, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]))).filter((root) => root !== undefined);
	return roots.length === 1 ? roots[0] : undefined;
}

export const child = (parent: RefElement | undefined, name: string) => parent?.children.find((item) => item.name === name);

/** The SOAP parts as the reference reads them: the Body's first element, and the Header. */
export function referenceSoap(document: string): { payload?: RefElement; header?: RefElement } | undefined {
	const root = referenceRoot(document);
	if (!root || root.name !== 'Envelope') return undefined;
	return { payload: child(root, 'Body')?.children[0], header: child(root, 'Header') };
}

/** Every element's own text, trimmed, with what is empty left out; depth first. */
export function leafTexts(element: RefElement | undefined, into: Array<{ name: string; text: string }> = []): Array<{ name: string; text: string }> {
	if (!element) return into;
	if (element.children.length === 0 && element.text.trim() !== '') into.push({ name: element.name, text: element.text.trim() });
	for (const item of element.children) leafTexts(item, into);
	return into;
}

/** Every string, number and boolean a JSON value holds, as text; keys too. */
export function jsonTexts(value: unknown, into = new Set<string>()): Set<string> {
	if (value === null || value === undefined) return into;
	if (typeof value === 'object') {
		for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
			into.add(key);
			jsonTexts(item, into);
		}
	} else into.add(String(value).trim());
	return into;
}
