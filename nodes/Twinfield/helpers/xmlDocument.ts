/** An editable Twinfield XML document: built from fields or from a read answer, changed by path, written as plain XML. */
import { xmlEscape } from '../../shared/soap/xmlText';
import type { XmlElement } from '../../shared/soap/xml';

export interface XmlDocument {
	name: string;
	attributes: Record<string, string>;
	children: XmlDocument[];
	text: string;
}

export function leaf(name: string, text: string, attributes: Record<string, string> = {}): XmlDocument {
	return { name, attributes, children: [], text };
}

export function node(name: string, children: XmlDocument[], attributes: Record<string, string> = {}): XmlDocument {
	return { name, attributes, children, text: '' };
}

/** Attributes only answers carry: the outcome and its messages, and the type of a referenced dimension. */
const ANSWER_ATTRIBUTES = ['result', 'msg', 'msgtype', 'dimensiontype'];
/** What decorates a reference (`<vatcode name="…" shortname="…" type="…">VH</vatcode>`); a reference has a shortname. */
const REFERENCE_ATTRIBUTES = ['name', 'shortname', 'type'];

function isAnswerAttribute(element: XmlElement, key: string): boolean {
	if (key.includes(':') || ANSWER_ATTRIBUTES.includes(key)) return true;
	return 'shortname' in element.attributes && REFERENCE_ATTRIBUTES.includes(key);
}

/**
 * A read answer as a document to send back: Twinfield's own values (`omit`,
 * e.g. `inuse`, `modified`) and its decorations (`name="…"` on references,
 * `result`) left out, the root's `status` kept.
 */
export function fromAnswer(element: XmlElement, omit: string[] = []): XmlDocument {
	const attributes: Record<string, string> = {};
	for (const [key, value] of Object.entries(element.attributes)) if (!isAnswerAttribute(element, key)) attributes[key] = value;
	if (element.children.length === 0) return leaf(element.name, element.text.trim(), attributes);
	return node(
		element.name,
		element.children.filter((child) => !omit.includes(child.name)).map((child) => fromAnswer(child)),
		attributes,
	);
}

/** Plain XML without white space between elements, as Twinfield asks. */
export function renderXml(document: XmlDocument): string {
	const attributes = Object.entries(document.attributes)
		.map(([key, value]) => ` ${key}="${xmlEscape(value)}"`)
		.join('');
	if (document.children.length > 0) return `<${document.name}${attributes}>${document.children.map(renderXml).join('')}</${document.name}>`;
	if (document.text === '') return `<${document.name}${attributes}/>`;
	return `<${document.name}${attributes}>${xmlEscape(document.text)}</${document.name}>`;
}

export function childOf(document: XmlDocument, name: string): XmlDocument | undefined {
	return document.children.find((child) => child.name === name);
}

/** The element at `path` below `document`, made (at the end) when missing. */
export function ensurePath(document: XmlDocument, path: string[]): XmlDocument {
	let current = document;
	for (const name of path) {
		let next = childOf(current, name);
		if (!next) {
			next = node(name, []);
			current.children.push(next);
		}
		current = next;
	}
	return current;
}

/** Sets the text at `path`, making the elements on the way when missing. */
export function setText(document: XmlDocument, path: string[], text: string): void {
	const target = ensurePath(document, path);
	target.children = [];
	target.text = text;
}

/** Puts `child` in place of the element of the same name, or at the end. */
export function replaceChild(document: XmlDocument, child: XmlDocument): void {
	const index = document.children.findIndex((item) => item.name === child.name);
	if (index === -1) document.children.push(child);
	else document.children[index] = child;
}
