/** A small, strict, namespace-aware XML reader for SOAP answers. */
/*
 * One pass over the text, cost linear in its length: namespace bindings live
 * on a stack per prefix, so no element copies its parent's scope. What SOAP
 * forbids (a DTD) and what could tamper with JavaScript objects (`__proto__`
 * names) is refused. Elements and attributes are matched by namespace URI and
 * local name, never by prefix.
 */

export interface XmlElement {
	namespace: string;
	name: string;
	/** Attribute values by qualified name, as written (`xsi:nil`, `xmlns:a`). */
	attributes: Record<string, string>;
	/**
	 * The namespace URI of each prefixed attribute other than a namespace
	 * declaration, by qualified name; read it through `attributeValue`.
	 */
	attributeNamespaces?: Record<string, string>;
	children: XmlElement[];
	/** The element's own text (concatenated text and CDATA nodes). */
	text: string;
}

/**
 * Why a document could not be read. `kind` says which kind of problem, in
 * terms an error message can explain; `message` says it in plain words.
 */
export type XmlProblem = 'dtd' | 'truncated' | 'malformed' | 'refusedName' | 'tooDeep';

export class XmlSyntaxError extends Error {
	constructor(
		message: string,
		readonly kind: XmlProblem = 'malformed',
		/** Where it went wrong, as a character offset, for the details. */
		readonly offset?: number,
	) {
		super(message);
	}
}

/** Deeper nesting than this is no SOAP answer of these services; it also keeps recursion safe. */
export const MAX_DEPTH = 256;

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** Names that would reach JavaScript's object machinery if ever used as a key. */
const REFUSED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** Characters XML 1.0 does not allow anywhere in a document, not even as a reference. */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** XML name characters, simplified: ASCII letters, _ and :, all non-ASCII letters; then also digits, - and . */
function isNameChar(code: number, first: boolean): boolean {
	if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code === 0x3a) return true;
	if (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0xfffe) return true;
	if (first) return false;
	return (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e || code === 0xb7;
}

function isXmlCodePoint(code: number): boolean {
	return (
		code === 0x9 ||
		code === 0xa ||
		code === 0xd ||
		(code >= 0x20 && code <= 0xd7ff) ||
		(code >= 0xe000 && code <= 0xfffd) ||
		(code >= 0x10000 && code <= 0x10ffff)
	);
}

function predefined(name: string): string | undefined {
	switch (name) {
		case 'amp':
			return '&';
		case 'lt':
			return '<';
		case 'gt':
			return '>';
		case 'quot':
			return '"';
		case 'apos':
			return "'";
		default:
			return undefined;
	}
}

interface Open {
	qualified: string;
	element: XmlElement;
	/** Prefixes this element declared, to unbind when it closes. */
	declared: string[];
}

class Reader {
	private pos = 0;
	private readonly bindings = new Map<string, string[]>([
		['', ['']],
		['xml', [XML_NAMESPACE]],
	]);
	private readonly open: Open[] = [];
	private root: XmlElement | undefined;

	constructor(private readonly xml: string) {}

	fail(message: string, kind: XmlProblem = 'malformed', at = this.pos): never {
		throw new XmlSyntaxError(message, kind, at);
	}

	/** The end of the text came before the document did. */
	truncated(): never {
		const inside = this.open[this.open.length - 1];
		const what = inside ? `before <${inside.qualified}> is closed` : 'before its first element is complete';
		this.fail(`it ends ${what}`, 'truncated', this.xml.length);
	}

	read(): XmlElement {
		const { xml } = this;
		while (this.pos < xml.length) {
			const lt = xml.indexOf('<', this.pos);
			const textEnd = lt === -1 ? xml.length : lt;
			if (textEnd > this.pos) this.text(this.pos, textEnd);
			if (lt === -1) break;
			this.pos = lt;
			this.markup();
		}
		if (this.open.length > 0 || !this.root) this.truncated();
		return this.root;
	}

	private markup(): void {
		const { xml } = this;
		const next = xml.charCodeAt(this.pos + 1);
		if (next === 0x2f /* / */) return this.closeTag();
		if (next === 0x3f /* ? */) return this.processingInstruction();
		if (next === 0x21 /* ! */) {
			if (xml.startsWith('<!--', this.pos)) return this.skipTo('-->', 'a comment');
			if (xml.startsWith('<![CDATA[', this.pos)) return this.cdata();
			if (/^<!DOCTYPE/i.test(xml.slice(this.pos, this.pos + 9)) || xml.startsWith('<!ENTITY', this.pos)) {
				this.fail('it contains a document type declaration (DTD), which SOAP does not allow', 'dtd');
			}
			if (this.pos + 9 > xml.length) this.truncated();
			this.fail('it contains markup that starts with "<!" and is neither a comment nor CDATA');
		}
		this.openTag();
	}

	/**
	 * A processing instruction is skipped; one named `xml` (in any letter case) is
	 * an XML declaration, allowed once and only as the very first thing.
	 */
	private processingInstruction(): void {
		const { xml } = this;
		const start = this.pos;
		let end = start + 2;
		while (end < xml.length && isNameChar(xml.charCodeAt(end), end === start + 2)) end++;
		if (xml.slice(start + 2, end).toLowerCase() === 'xml') {
			if (start !== 0 || xml.slice(start + 2, end) !== 'xml') {
				this.fail('it has an XML declaration that is not the very first thing in it, or more than one', 'malformed', start);
			}
		}
		this.skipTo('?>', 'a processing instruction');
	}

	private skipTo(end: string, what: string): void {
		const found = this.xml.indexOf(end, this.pos + 2);
		if (found === -1) this.fail(`it ends inside ${what}`, 'truncated', this.xml.length);
		this.pos = found + end.length;
	}

	private name(): string {
		const { xml } = this;
		const start = this.pos;
		let end = start;
		while (end < xml.length && isNameChar(xml.charCodeAt(end), end === start)) end++;
		if (end === start) {
			if (start >= xml.length) this.truncated();
			this.fail('a tag has no valid name');
		}
		this.pos = end;
		return xml.slice(start, end);
	}

	private space(): void {
		const { xml } = this;
		let code = xml.charCodeAt(this.pos);
		while (code === 0x20 || code === 0x0a || code === 0x09) code = xml.charCodeAt(++this.pos);
	}

	private openTag(): void {
		const { xml } = this;
		if (this.root && this.open.length === 0) this.fail('it has more than one root element');
		this.pos++;
		const qualified = this.name();
		// Without a prototype: nothing to tamper with, and no shape per distinct attribute name.
		const attributes = Object.create(null) as Record<string, string>;
		for (;;) {
			const before = this.pos;
			this.space();
			if (this.pos >= xml.length) this.truncated();
			const code = xml.charCodeAt(this.pos);
			if (code === 0x3e /* > */ || code === 0x2f /* / */) break;
			if (before === this.pos) this.fail(`the tag <${qualified}> is not written correctly`);
			const attribute = this.name();
			this.space();
			if (this.pos >= xml.length) this.truncated();
			if (xml.charCodeAt(this.pos) !== 0x3d /* = */) this.fail(`the attribute ${attribute} has no value`);
			this.pos++;
			this.space();
			const quote = xml[this.pos];
			if (this.pos >= xml.length) this.truncated();
			if (quote !== '"' && quote !== "'") this.fail(`the value of the attribute ${attribute} is not in quotes`);
			const end = xml.indexOf(quote, this.pos + 1);
			if (end === -1) this.truncated();
			const value = xml.slice(this.pos + 1, end);
			if (value.includes('<')) this.fail(`the value of the attribute ${attribute} contains "<"`);
			this.refuseName(attribute);
			if (Object.hasOwn(attributes, attribute)) this.fail(`the attribute ${attribute} appears twice`);
			attributes[attribute] = this.decode(value, this.pos + 1, true);
			this.pos = end + 1;
		}
		const selfClosing = xml.charCodeAt(this.pos) === 0x2f;
		if (selfClosing) {
			if (this.pos + 1 >= xml.length) this.truncated();
			if (xml.charCodeAt(this.pos + 1) !== 0x3e) this.fail(`the tag <${qualified}> is not written correctly`);
			this.pos += 2;
		} else {
			this.pos++;
		}

		const declared: string[] = [];
		const entries = Object.entries(attributes);
		for (const [attribute, value] of entries) {
			const prefix = attribute === 'xmlns' ? '' : attribute.startsWith('xmlns:') ? attribute.slice(6) : undefined;
			if (prefix === undefined) continue;
			if (prefix !== '' && value === '') this.fail(`the prefix "${prefix}" is undeclared, which XML 1.0 does not allow`);
			const stack = this.bindings.get(prefix);
			if (stack) stack.push(value);
			else this.bindings.set(prefix, [value]);
			declared.push(prefix);
		}
		const [prefix, name] = splitName(qualified);
		this.refuseName(name);
		const stack = this.bindings.get(prefix);
		if (!stack || stack.length === 0) this.fail(`the prefix "${prefix}" is not declared`);
		const element: XmlElement = { namespace: stack[stack.length - 1], name, attributes, children: [], text: '' };
		const attributeNamespaces = this.attributeNamespaces(entries);
		if (attributeNamespaces) element.attributeNamespaces = attributeNamespaces;

		const parent = this.open[this.open.length - 1];
		if (parent) parent.element.children.push(element);
		else this.root = element;
		if (selfClosing) {
			this.unbind(declared);
			return;
		}
		if (this.open.length >= MAX_DEPTH) this.fail(`it nests elements more than ${MAX_DEPTH} levels deep`, 'tooDeep');
		this.open.push({ qualified, element, declared });
	}

	/** Namespaces of prefixed attributes, resolved in the element's own scope; undefined when there are none. */
	private attributeNamespaces(entries: Array<[string, string]>): Record<string, string> | undefined {
		let namespaces: Record<string, string> | undefined;
		// Namespace and local name of each prefixed attribute: XML allows each pair once per element.
		let seen: Set<string> | undefined;
		for (const [attribute] of entries) {
			if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue;
			const [prefix, local] = splitName(attribute);
			if (prefix === '') continue;
			const stack = this.bindings.get(prefix);
			if (!stack || stack.length === 0) this.fail(`the prefix "${prefix}" of the attribute ${attribute} is not declared`);
			const namespace = stack[stack.length - 1];
			seen ??= new Set();
			const expanded = `{${namespace}}${local}`;
			if (seen.has(expanded)) this.fail(`the attribute ${local} of the namespace "${namespace}" appears twice`);
			seen.add(expanded);
			namespaces ??= Object.create(null) as Record<string, string>;
			namespaces[attribute] = namespace;
		}
		return namespaces;
	}

	private closeTag(): void {
		this.pos += 2;
		const qualified = this.name();
		this.space();
		if (this.pos >= this.xml.length) this.truncated();
		if (this.xml.charCodeAt(this.pos) !== 0x3e) this.fail(`the closing tag </${qualified}> is not written correctly`);
		this.pos++;
		const top = this.open.pop();
		if (!top) this.fail(`it closes </${qualified}>, which was never opened`);
		if (top.qualified !== qualified) this.fail(`<${top.qualified}> is closed by </${qualified}>`);
		this.unbind(top.declared);
	}

	private cdata(): void {
		const end = this.xml.indexOf(']]>', this.pos + 9);
		if (end === -1) this.fail('it ends inside a CDATA section', 'truncated', this.xml.length);
		const top = this.open[this.open.length - 1];
		if (!top) this.fail('it has CDATA outside the root element');
		const value = this.xml.slice(this.pos + 9, end);
		if (NOT_XML_CHAR.test(value)) this.fail('it contains a character XML does not allow');
		top.element.text += value;
		this.pos = end + 3;
	}

	private text(start: number, end: number): void {
		const top = this.open[this.open.length - 1];
		if (!top) {
			for (let i = start; i < end; i++) {
				const code = this.xml.charCodeAt(i);
				if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0xfeff) this.fail('it has text outside the root element', 'malformed', i);
			}
			return;
		}
		top.element.text += this.decode(this.xml.slice(start, end), start, false);
	}

	/** Resolves references; in attribute values, white space becomes a space, as XML 1.0 normalises it. */
	private decode(raw: string, offset: number, attribute: boolean): string {
		if (NOT_XML_CHAR.test(raw)) this.fail('it contains a character XML does not allow', 'malformed', offset);
		const normalised = attribute && /[\t\n]/.test(raw) ? raw.replace(/[\t\n]/g, ' ') : raw;
		if (!normalised.includes('&')) return normalised;
		let out = '';
		let from = 0;
		for (;;) {
			const amp = normalised.indexOf('&', from);
			if (amp === -1) return out + normalised.slice(from);
			out += normalised.slice(from, amp);
			const semicolon = normalised.indexOf(';', amp);
			// Character references may have any number of leading zeros; entity names here are short.
			const long = semicolon - amp > 12 && normalised.charCodeAt(amp + 1) !== 0x23; /* # */
			const reference = semicolon === -1 || long ? undefined : normalised.slice(amp + 1, semicolon);
			if (reference === undefined) this.fail('it contains an "&" that starts no valid reference', 'malformed', offset + amp);
			out += this.reference(reference, offset + amp);
			from = semicolon + 1;
		}
	}

	private reference(reference: string, at: number): string {
		if (reference[0] === '#') {
			const hex = reference[1] === 'x';
			const digits = reference.slice(hex ? 2 : 1);
			if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) this.fail(`"&${reference};" is not a valid character reference`, 'malformed', at);
			const significant = digits.replace(/^0+(?=.)/, '');
			// Longer than any code point: no parse, which would only lose precision.
			const code = significant.length > (hex ? 6 : 7) ? -1 : parseInt(significant, hex ? 16 : 10);
			if (!isXmlCodePoint(code)) this.fail(`"&${reference};" refers to a character XML does not allow`, 'malformed', at);
			return String.fromCodePoint(code);
		}
		const value = predefined(reference);
		if (value === undefined) this.fail(`it uses the entity "&${reference};", which no SOAP answer may declare`, 'malformed', at);
		return value;
	}

	private refuseName(qualified: string): void {
		const local = splitName(qualified)[1];
		if (REFUSED_NAMES.has(local)) {
			this.fail(`it uses the name "${local}", which this node refuses because it could tamper with how data is read`, 'refusedName');
		}
	}

	private unbind(prefixes: string[]): void {
		for (const prefix of prefixes) this.bindings.get(prefix)?.pop();
	}
}

/**
 * The value of an attribute by namespace URI and local name, whatever prefix
 * the document gave it. An attribute without a prefix has no namespace ('').
 */
export function attributeValue(element: XmlElement, namespace: string, name: string): string | undefined {
	for (const [qualified, value] of Object.entries(element.attributes)) {
		if (qualified === 'xmlns' || qualified.startsWith('xmlns:')) continue;
		const [prefix, local] = splitName(qualified);
		if (local !== name) continue;
		const uri = prefix === '' ? '' : element.attributeNamespaces?.[qualified];
		if (uri === namespace) return value;
	}
	return undefined;
}

/** The namespace URI of an attribute by qualified name: '' without a prefix, undefined for a namespace declaration. */
export function attributeNamespace(element: XmlElement, qualified: string): string | undefined {
	if (qualified === 'xmlns' || qualified.startsWith('xmlns:')) return undefined;
	return qualified.includes(':') ? element.attributeNamespaces?.[qualified] : '';
}

function splitName(qualified: string): [string, string] {
	const colon = qualified.indexOf(':');
	return colon === -1 ? ['', qualified] : [qualified.slice(0, colon), qualified.slice(colon + 1)];
}

/**
 * Parses a whole document. A byte order mark is skipped; line ends are
 * normalised to LF first, as XML 1.0 reads them.
 */
export function parseXml(xml: string): XmlElement {
	let text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
	if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
	return new Reader(text).read();
}

/** Direct children with this local name (and namespace, when given), in order. */
export function findChildren(parent: XmlElement | undefined, name: string, namespace?: string): XmlElement[] {
	return (parent?.children ?? []).filter(
		(child) => child.name === name && (namespace === undefined || child.namespace === namespace),
	);
}

export function findChild(parent: XmlElement | undefined, name: string, namespace?: string): XmlElement | undefined {
	for (const child of parent?.children ?? []) {
		if (child.name === name && (namespace === undefined || child.namespace === namespace)) return child;
	}
	return undefined;
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
