/**
 * Property: on any well-formed document, the nodes' own XML reader reads the
 * same elements, attributes and text as fast-xml-parser, the reference parser
 * the emulator uses. The reader is strict where fast-xml-parser is lenient
 * (truncation, mismatched tags, undeclared entities), so only well-formed
 * documents can be compared; the hostile ones are the other fuzz tests' job.
 */
import fc from 'fast-check';

import { parseXml, type XmlElement } from '../../nodes/shared/soap/xml';
import { referenceParser as reference } from '../referenceXml';
import { readerRuns } from './counts';

interface Plain {
	name: string;
	attributes: Record<string, string>;
	text: string;
	children: Plain[];
}

interface Generated {
	name: string;
	attributes: Array<[string, string]>;
	content: string | Generated[];
}

/** Characters XML 1.0 allows, with the ones that need escaping well represented; no CR (XML turns it into LF). */
const xmlChar = fc.oneof(
	fc.constantFrom('a', 'Z', ' ', '\t', '\n', '&', '<', '>', '"', "'", ']]>', 'é', '€', '😀', '\u0085', '\u2028'),
	fc.integer({ min: 0x20, max: 0xd7ff }).map((code) => String.fromCharCode(code)),
);
const value = fc.array(xmlChar, { maxLength: 12 }).map((parts) => parts.join(''));
const names = fc.constantFrom('a', 'b', 'Result', 'x-y', 'p:item', 'Ü');

const tree: fc.Arbitrary<Generated> = fc.letrec<{ node: Generated }>((tie) => ({
	node: fc.record({
		name: names,
		attributes: fc.uniqueArray(fc.tuple(fc.constantFrom('id', 'type', 'p:kind'), value), { maxLength: 2, selector: ([name]) => name }),
		content: fc.oneof({ depthSize: 'small', withCrossShrink: true }, value, fc.array(tie('node'), { maxLength: 3 })),
	}),
})).node;

/** Escapes what must be, and writes some other characters as character references. */
function escape(text: string, inAttribute: boolean, asReference: boolean): string {
	let out = '';
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (char === '&') out += '&amp;';
		else if (char === '<') out += '&lt;';
		else if (char === '>') out += '&gt;';
		else if (inAttribute && char === '"') out += '&quot;';
		// White space in an attribute value is normalised to a space unless written as a reference.
		else if (inAttribute && (char === '\t' || char === '\n')) out += `&#${code};`;
		else if (asReference && code > 0x7e) out += `&#x${code.toString(16)};`;
		else out += char;
	}
	return out;
}

function serialise(node: Generated, asReference: boolean, root = false): string {
	const declarations = root ? ' xmlns="urn:default" xmlns:p="urn:p"' : '';
	const attributes = node.attributes.map(([name, text]) => ` ${name}="${escape(text, true, asReference)}"`).join('');
	const inner = typeof node.content === 'string' ? escape(node.content, false, asReference) : node.content.map((child) => serialise(child, asReference)).join('');
	return `<${node.name}${declarations}${attributes}>${inner}</${node.name}>`;
}

function fromReader(element: XmlElement, qualifiedNames: Map<XmlElement, string>): Plain {
	const attributes = Object.fromEntries(Object.entries(element.attributes).filter(([name]) => !name.startsWith('xmlns')));
	return {
		name: qualifiedNames.get(element) ?? element.name,
		attributes,
		text: element.text,
		children: element.children.map((child) => fromReader(child, qualifiedNames)),
	};
}

type Ordered = Array<Record<string, unknown>>;

function fromReference(entry: Record<string, unknown>): Plain {
	const name = Object.keys(entry).find((key) => key !== ':@') ?? '';
	const attributes = Object.fromEntries(Object.entries((entry[':@'] ?? {}) as Record<string, string>).filter(([key]) => !key.startsWith('xmlns')));
	const content = entry[name] as Ordered;
	const text = content.filter((part) => '#text' in part).map((part) => String(part['#text'])).join('');
	const children = content.filter((part) => !('#text' in part)).map(fromReference);
	return { name, attributes, text, children };
}

/** The reader keeps local names and namespaces; the reference keeps prefixes. Compare both as written. */
function qualified(root: XmlElement): Map<XmlElement, string> {
	const names = new Map<XmlElement, string>();
	const visit = (element: XmlElement) => {
		names.set(element, element.namespace === 'urn:p' ? `p:${element.name}` : element.name);
		element.children.forEach(visit);
	};
	visit(root);
	return names;
}

describe('the XML reader against fast-xml-parser', () => {
	it('reads every well-formed document as the reference parser does', () => {
		fc.assert(
			fc.property(tree, fc.boolean(), (node, asReference) => {
				const document = `<?xml version="1.0" encoding="utf-8"?>${serialise(node, asReference, true)}`;
				const ours = parseXml(document);
				const expected = fromReference((reference.parse(document) as Ordered)[0]);
				expect(fromReader(ours, qualified(ours))).toEqual(expected);
				expect(ours.namespace).toBe(node.name.startsWith('p:') ? 'urn:p' : 'urn:default');
			}),
			{ numRuns: readerRuns },
		);
	});
});
