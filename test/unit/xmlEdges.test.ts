/** The XML reader at the edges of XML 1.0's rules: which characters start or continue a name, which code points a reference may name, and the finders over the tree. */
import { type XmlElement, attributeNamespace, attributeValue, childText, findChild, findChildren, findDescendant, parseXml, XmlSyntaxError } from '../../nodes/shared/soap/xml';

describe('element names', () => {
	it('start with a letter or _, and may go on with digits, -, . and the middle dot', () => {
		for (const name of ['a', 'z', 'A', 'Z', '_', 'z0-9.', 'Z\u00b7x', '\u00c0', '\u00ff', '\u00d8', '\u00f8', '\ufffd']) {
			const root = parseXml(`<${name}/>`);
			expect(root.name).toBe(name);
		}
	});

	it('never start with a digit, -, . or the middle dot', () => {
		for (const first of ['0', '9', '-', '.', '\u00b7']) {
			expect(() => parseXml(`<${first}a/>`)).toThrow(XmlSyntaxError);
		}
	});

	it('have no character just outside the ranges XML names use', () => {
		// @ [ ` { / ; sit next to the letters, digits and colon; × ÷ and ¿ next to the Latin-1 letters; U+FFFE is no character.
		for (const character of ['@', '[', '`', '{', ';', '\u00d7', '\u00f7', '\u00bf', '\ufffe']) {
			expect(() => parseXml(`<a${character}/>`)).toThrow(XmlSyntaxError);
			expect(() => parseXml(`<${character}a/>`)).toThrow(XmlSyntaxError);
		}
		expect(() => parseXml('<a/b/>')).toThrow(XmlSyntaxError);
	});
});

describe('character references at the edges of what XML allows', () => {
	it('read tab, line feed, carriage return and every range of allowed characters', () => {
		const allowed: Array<[string, string]> = [
			['&#x9;', '\t'],
			['&#xA;', '\n'],
			['&#xD;', '\r'],
			['&#x20;', ' '],
			['&#xD7FF;', '\ud7ff'],
			['&#xE000;', '\ue000'],
			['&#xFFFD;', '\ufffd'],
			['&#x10000;', '\u{10000}'],
			['&#x10FFFF;', '\u{10ffff}'],
		];
		for (const [reference, character] of allowed) expect(parseXml(`<a>${reference}</a>`).text).toBe(character);
	});

	it('refuse the code points just outside those ranges', () => {
		for (const reference of ['&#x8;', '&#xB;', '&#xC;', '&#xE;', '&#x1F;', '&#xDFFF;', '&#xFFFE;', '&#xFFFF;']) {
			expect(() => parseXml(`<a>${reference}</a>`)).toThrow(/character XML does not allow/);
		}
	});
});

describe('entities', () => {
	it('are the five predefined ones, each read as its own character', () => {
		expect(parseXml('<a>&lt;</a>').text).toBe('<');
		expect(parseXml('<a>&gt;</a>').text).toBe('>');
		expect(parseXml('<a>&amp;</a>').text).toBe('&');
		expect(parseXml('<a>&quot;</a>').text).toBe('"');
		expect(parseXml('<a>&apos;</a>').text).toBe("'");
		expect(() => parseXml('<a>&nbsp;</a>')).toThrow(/entity "&nbsp;"/);
	});
});

describe('attributes by namespace', () => {
	// Parsed in beforeAll: a reader that cannot read it fails the tests, not the file.
	let root: XmlElement;
	beforeAll(() => {
		root = parseXml(
			'<r xmlns="urn:default" xmlns:p="urn:p" xmlns:q="urn:p" id="1" p:id="2"><c q:mode="x" mode="y"/></r>',
		);
	});

	it('find an attribute without a prefix in no namespace, and a prefixed one only in its namespace', () => {
		expect(attributeValue(root, '', 'id')).toBe('1');
		expect(attributeValue(root, 'urn:p', 'id')).toBe('2');
		expect(attributeValue(root, 'urn:default', 'id')).toBeUndefined();
		expect(attributeValue(root, 'urn:p', 'missing')).toBeUndefined();
		expect(attributeValue(root.children[0], 'urn:p', 'mode')).toBe('x');
		expect(attributeValue(root.children[0], '', 'mode')).toBe('y');
	});

	it('never take a namespace declaration for an attribute', () => {
		expect(attributeValue(root, '', 'xmlns')).toBeUndefined();
		expect(attributeValue(root, '', 'p')).toBeUndefined();
		expect(attributeValue(root, 'urn:p', 'p')).toBeUndefined();
		expect(attributeNamespace(root, 'xmlns')).toBeUndefined();
		expect(attributeNamespace(root, 'xmlns:p')).toBeUndefined();
	});

	it('name the namespace of an attribute by its qualified name', () => {
		expect(attributeNamespace(root, 'id')).toBe('');
		expect(attributeNamespace(root, 'p:id')).toBe('urn:p');
		expect(attributeNamespace(root.children[0], 'q:mode')).toBe('urn:p');
		expect(attributeNamespace(root.children[0], 'z:mode')).toBeUndefined();
		expect(attributeNamespace(parseXml('<a b="1"/>'), 'p:b')).toBeUndefined();
	});
});

describe('byte order marks', () => {
	it('are skipped, so an XML declaration after one is still the first thing', () => {
		expect(parseXml('\ufeff<?xml version="1.0"?><a>x</a>').text).toBe('x');
	});
});

describe('finding elements', () => {
	// Parsed in beforeAll: a reader that cannot read it fails the tests, not the file.
	let root: XmlElement;
	beforeAll(() => {
		root = parseXml(
			'<r xmlns:o="urn:other"><a>1</a><o:a>2</o:a><b><a>deep</a><c> inner </c></b><a>3</a><c>  last  </c></r>',
		);
	});

	it('lists direct children by name, and by namespace when one is given, in order', () => {
		expect(findChildren(root, 'a').map((child) => child.text)).toEqual(['1', '2', '3']);
		expect(findChildren(root, 'a', '').map((child) => child.text)).toEqual(['1', '3']);
		expect(findChildren(root, 'a', 'urn:other').map((child) => child.text)).toEqual(['2']);
		expect(findChildren(root, 'none')).toEqual([]);
		expect(findChildren(undefined, 'a')).toEqual([]);
	});

	it('finds the first direct child by name and namespace', () => {
		expect(findChild(root, 'a', 'urn:other')?.text).toBe('2');
		expect(findChild(root, 'a')?.text).toBe('1');
		expect(findChild(root, 'a', 'urn:none')).toBeUndefined();
		expect(findChild(undefined, 'a')).toBeUndefined();
	});

	it('reads a direct child text trimmed, and nothing for an absent child', () => {
		expect(childText(root, 'c')).toBe('last');
		expect(childText(root, 'none')).toBeUndefined();
	});

	it('finds the first descendant depth first, below the element itself', () => {
		expect(findDescendant(root, 'c')?.text).toBe(' inner ');
		expect(findDescendant(root.children[2], 'a')?.text).toBe('deep');
		expect(findDescendant(root, 'r')).toBeUndefined();
		expect(findDescendant(root, 'none')).toBeUndefined();
		expect(findDescendant(undefined, 'a')).toBeUndefined();
	});
});
