/**
 * Namespace-aware XML reading and indented XML writing. fast-xml-parser does
 * the tokenising; namespaces are resolved here from the xmlns declarations so
 * that any prefix (or a default namespace) works, as in a real SOAP stack.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
	ns: string;
	local: string;
	attrs: Record<string, string>;
	children: XmlElement[];
	/** Entity-decoded text and CDATA of the direct children, concatenated. */
	text: string;
}

export class XmlError extends Error {}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

// Entities stay raw so they can be decoded strictly here (the parser only
// decodes numeric references together with HTML entities).
const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	trimValues: false,
	parseTagValue: false,
	parseAttributeValue: false,
	processEntities: false,
	cdataPropName: '#cdata',
	commentPropName: '#comment',
	ignoreDeclaration: true,
	ignorePiTags: true,
});

type RawNode = Record<string, unknown>;

/** Characters XML 1.0 does not allow in a document, and halves of surrogate pairs. */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Reads a document as an XML 1.0 processor does: characters outside XML's set
 * are an error, every CR LF and lone CR becomes LF before parsing, and
 * white space in attribute values becomes a space (section 2.11 and 3.3.3).
 */
export function parseXml(source: string): XmlElement {
	const unmarked = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	if (NOT_XML_CHAR.test(unmarked)) throw new XmlError('The document contains a character XML does not allow');
	const text = unmarked.replace(/\r\n?/g, '\n');
	if (hasDoctype(text)) throw new XmlError('DTDs are not allowed');
	const valid = XMLValidator.validate(text);
	if (valid !== true) throw new XmlError(valid.err.msg);
	let roots: RawNode[];
	try {
		roots = parser.parse(text) as RawNode[];
	} catch (error) {
		throw new XmlError((error as Error).message);
	}
	const scope = new Map<string, string>([['xml', XML_NS]]);
	const elements: XmlElement[] = [];
	for (const node of roots) {
		const name = tagName(node);
		if (name === '#comment') continue;
		if (name === '#text') {
			if (String(node[name]).trim() !== '') throw new XmlError('Text outside the root element');
			continue;
		}
		if (name === '#cdata') throw new XmlError('CDATA outside the root element');
		elements.push(buildElement(node, name, scope));
	}
	if (elements.length !== 1) throw new XmlError('A document needs exactly one root element');
	return elements[0];
}

/** DOCTYPE (and with it entity declarations) is refused, as ASP.NET prohibits DTDs. */
function hasDoctype(text: string): boolean {
	const stripped = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
	return /<!(DOCTYPE|ENTITY)/i.test(stripped);
}

function tagName(node: RawNode): string {
	const name = Object.keys(node).find((key) => key !== ':@');
	if (name === undefined) throw new XmlError('Empty node');
	return name;
}

function buildElement(node: RawNode, name: string, parentScope: Map<string, string>): XmlElement {
	const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
	const scope = new Map(parentScope);
	const attrs: Record<string, string> = {};
	for (const [key, raw] of Object.entries(rawAttrs)) {
		const value = decodeEntities(String(raw).replace(/[\t\n]/g, ' '));
		attrs[key] = value;
		if (key === 'xmlns') scope.set('', value);
		else if (key.startsWith('xmlns:')) {
			if (value === '') throw new XmlError(`Prefix ${key.slice(6)} cannot be undeclared`);
			scope.set(key.slice(6), value);
		}
	}
	const colon = name.indexOf(':');
	const prefix = colon > 0 ? name.slice(0, colon) : '';
	const ns = scope.get(prefix);
	if (prefix !== '' && ns === undefined) throw new XmlError(`Undeclared prefix ${prefix}`);
	const element: XmlElement = {
		ns: ns ?? '',
		local: colon > 0 ? name.slice(colon + 1) : name,
		attrs,
		children: [],
		text: '',
	};
	for (const child of node[name] as RawNode[]) {
		const childName = tagName(child);
		if (childName === '#comment') continue;
		if (childName === '#text') element.text += decodeEntities(String(child[childName]));
		else if (childName === '#cdata') element.text += cdataText(child[childName]);
		else element.children.push(buildElement(child, childName, scope));
	}
	return element;
}

function cdataText(value: unknown): string {
	if (!Array.isArray(value)) return '';
	return value.map((part: RawNode) => String(part['#text'] ?? '')).join('');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five entities and character references; anything else is malformed. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-fA-F]+;|#[0-9]+;|[A-Za-z_][\w.-]*;)?/g, (_match, ref?: string) => {
		if (ref === undefined) throw new XmlError('Unescaped & in text');
		const body = ref.slice(0, -1);
		if (body.startsWith('#')) {
			const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			if (!isXmlChar(code)) throw new XmlError(`Invalid character reference &${ref}`);
			return String.fromCodePoint(code);
		}
		const named = NAMED[body];
		if (named === undefined) throw new XmlError(`Undeclared entity &${ref}`);
		return named;
	});
}

function isXmlChar(code: number): boolean {
	return (
		code === 0x9 ||
		code === 0xa ||
		code === 0xd ||
		(code >= 0x20 && code <= 0xd7ff) ||
		(code >= 0xe000 && code <= 0xfffd) ||
		(code >= 0x10000 && code <= 0x10ffff)
	);
}

export function child(parent: XmlElement | undefined, ns: string, local: string): XmlElement | undefined {
	return parent?.children.find((element) => element.ns === ns && element.local === local);
}

/** Text of a namespaced child; undefined when absent, as XmlSerializer leaves it null. */
export function childText(parent: XmlElement | undefined, ns: string, local: string): string | undefined {
	return child(parent, ns, local)?.text;
}

/** Leaves below an element by local name (nested structures flattened), for the request log. */
export function leafValues(element: XmlElement): Record<string, string> {
	const values: Record<string, string> = {};
	const visit = (node: XmlElement) => {
		for (const item of node.children) {
			if (item.children.length === 0) values[item.local] = item.text;
			else visit(item);
		}
	};
	visit(element);
	return values;
}

export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&${ESCAPES[char]};`);
}

const ESCAPES: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };

/** An element to write: either text or children. */
export interface XmlOut {
	name: string;
	attrs?: Record<string, string>;
	text?: string;
	children?: XmlOut[];
}

export function leaf(name: string, text: string, attrs?: Record<string, string>): XmlOut {
	return { name, text, attrs };
}

export function element(name: string, children: XmlOut[], attrs?: Record<string, string>): XmlOut {
	return { name, children, attrs };
}

/** Two-space indentation like the vendors' help pages; empty values become `<x />` as XmlSerializer writes them. */
export function renderXml(node: XmlOut, depth = 0): string {
	const pad = '  '.repeat(depth);
	const attrs = Object.entries(node.attrs ?? {})
		.map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
		.join('');
	const children = node.children ?? [];
	if (children.length > 0) {
		const inner = children.map((item) => renderXml(item, depth + 1)).join('\n');
		return `${pad}<${node.name}${attrs}>\n${inner}\n${pad}</${node.name}>`;
	}
	if (node.text === undefined || node.text === '') return `${pad}<${node.name}${attrs} />`;
	return `${pad}<${node.name}${attrs}>${escapeXml(node.text)}</${node.name}>`;
}
