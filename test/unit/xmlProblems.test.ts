/** Each way an answer can break XML 1.0, written by hand, with the kind and words the reader must give it. */
import { parseXml, XmlSyntaxError, type XmlProblem } from '../../nodes/shared/soap/xml';

function problemOf(xml: string): { kind: XmlProblem; message: string; offset?: number } {
	try {
		parseXml(xml);
	} catch (error) {
		if (!(error instanceof XmlSyntaxError)) throw error;
		return { kind: error.kind, message: error.message, offset: error.offset };
	}
	throw new Error(`read without a problem: ${xml}`);
}

test.each<[string, XmlProblem, string]>([
	// Cut off
	['', 'truncated', 'it ends before its first element is complete'],
	['<a><b>', 'truncated', 'it ends before <b> is closed'],
	['<a', 'truncated', 'it ends before its first element is complete'],
	['<a x="1"', 'truncated', 'it ends before its first element is complete'],
	['<a x', 'truncated', 'it ends before its first element is complete'],
	['<a x=', 'truncated', 'it ends before its first element is complete'],
	['<a x="1', 'truncated', 'it ends before its first element is complete'],
	['<a/', 'truncated', 'it ends before its first element is complete'],
	['<a></a', 'truncated', 'it ends before <a> is closed'],
	['<a><', 'truncated', 'it ends before <a> is closed'],
	['<a><!-- x', 'truncated', 'it ends inside a comment'],
	['<?xml version="1.0"', 'truncated', 'it ends inside a processing instruction'],
	['<a><![CDATA[x', 'truncated', 'it ends inside a CDATA section'],
	['<a><!x', 'truncated', 'it ends before <a> is closed'],
	// Document type declarations, in any letter case
	['<!DOCTYPE a><a/>', 'dtd', 'it contains a document type declaration (DTD), which SOAP does not allow'],
	['<!doctype a><a/>', 'dtd', 'it contains a document type declaration (DTD), which SOAP does not allow'],
	['<a><!ENTITY x "y"></a>', 'dtd', 'it contains a document type declaration (DTD), which SOAP does not allow'],
	['<a><!ELEMENT a ANY></a>', 'malformed', 'it contains markup that starts with "<!" and is neither a comment nor CDATA'],
	// Declarations
	['<a/><?xml version="1.0"?>', 'malformed', 'it has an XML declaration that is not the very first thing in it, or more than one'],
	['<?XML version="1.0"?><a/>', 'malformed', 'it has an XML declaration that is not the very first thing in it, or more than one'],
	['<?xml version="1.0"?><?xml version="1.0"?><a/>', 'malformed', 'it has an XML declaration that is not the very first thing in it, or more than one'],
	// Tags and attributes
	['<1a/>', 'malformed', 'a tag has no valid name'],
	['<a/><b/>', 'malformed', 'it has more than one root element'],
	['<a x="1"y="2"/>', 'malformed', 'the tag <a> is not written correctly'],
	['<a /x>', 'malformed', 'the tag <a> is not written correctly'],
	['<a x/>', 'malformed', 'the attribute x has no value'],
	['<a x=1/>', 'malformed', 'the value of the attribute x is not in quotes'],
	['<a x="<"/>', 'malformed', 'the value of the attribute x contains "<"'],
	['<a x="1" x="2"/>', 'malformed', 'the attribute x appears twice'],
	['<a xmlns:p=""/>', 'malformed', 'the prefix "p" is undeclared, which XML 1.0 does not allow'],
	['<p:a/>', 'malformed', 'the prefix "p" is not declared'],
	['<a p:x="1"/>', 'malformed', 'the prefix "p" of the attribute p:x is not declared'],
	['<a xmlns:p="urn:n" xmlns:q="urn:n" p:x="1" q:x="2"/>', 'malformed', 'the attribute x of the namespace "urn:n" appears twice'],
	['<a></a x>', 'malformed', 'the closing tag </a> is not written correctly'],
	['</a>', 'malformed', 'it closes </a>, which was never opened'],
	['<a></b>', 'malformed', '<a> is closed by </b>'],
	// Text and references
	['<![CDATA[x]]><a/>', 'malformed', 'it has CDATA outside the root element'],
	['<a><![CDATA[\u0001]]></a>', 'malformed', 'it contains a character XML does not allow'],
	['x<a/>', 'malformed', 'it has text outside the root element'],
	['<a/>x', 'malformed', 'it has text outside the root element'],
	['<a>\u0000</a>', 'malformed', 'it contains a character XML does not allow'],
	['<a>a & b</a>', 'malformed', 'it contains an "&" that starts no valid reference'],
	['<a>&averyveryverylongname;</a>', 'malformed', 'it contains an "&" that starts no valid reference'],
	['<a>&#xZ1;</a>', 'malformed', '"&#xZ1;" is not a valid character reference'],
	['<a>&#1a;</a>', 'malformed', '"&#1a;" is not a valid character reference'],
	['<a>&#a1;</a>', 'malformed', '"&#a1;" is not a valid character reference'],
	['<a>&#xg1;</a>', 'malformed', '"&#xg1;" is not a valid character reference'],
	['<a>&#x;</a>', 'malformed', '"&#x;" is not a valid character reference'],
	['<a>&#0;</a>', 'malformed', '"&#0;" refers to a character XML does not allow'],
	['<a>&#x110000;</a>', 'malformed', '"&#x110000;" refers to a character XML does not allow'],
	['<a>&#x0000000000110000;</a>', 'malformed', '"&#x0000000000110000;" refers to a character XML does not allow'],
	['<a>&nbsp;</a>', 'malformed', 'it uses the entity "&nbsp;", which no SOAP answer may declare'],
	['<a>&abcdefghijk;</a>', 'malformed', 'it uses the entity "&abcdefghijk;", which no SOAP answer may declare'],
	['<a>&abcdefghijkl;</a>', 'malformed', 'it contains an "&" that starts no valid reference'],
	// Names that reach JavaScript's object machinery
	['<__proto__/>', 'refusedName', 'it uses the name "__proto__", which this node refuses because it could tamper with how data is read'],
	['<a constructor="1"/>', 'refusedName', 'it uses the name "constructor", which this node refuses because it could tamper with how data is read'],
	['<a><p:prototype xmlns:p="urn:p"/></a>', 'refusedName', 'it uses the name "prototype", which this node refuses because it could tamper with how data is read'],
])('%p is %s: %s', (xml, kind, message) => {
	expect(problemOf(xml)).toMatchObject({ kind, message });
});

test('a cut-off answer is placed at its end; a problem inside, where it is', () => {
	expect(problemOf('<a><b>').offset).toBe(6);
	expect(problemOf('<a>  x & y</a>').offset).toBe(7);
	expect(problemOf('<a/>  x').offset).toBe(6);
	expect(problemOf('<a/><?xml version="1.0"?>').offset).toBe(4);
});

test.each<[string, string]>([
	['<a>&#x0000000041;</a>', 'A'],
	['<a>&#0000065;&#x1F600;</a>', 'A\u{1F600}'],
	['<a>&lt;&gt;&amp;&quot;&apos;</a>', `<>&"'`],
	['<a>&#9;&#10;&#13;&#xD7FF;&#xE000;&#xFFFD;&#x10000;&#x10FFFF;</a>', '\t\n\r\uD7FF\uE000\uFFFD\u{10000}\u{10FFFF}'],
	['<a><!-- c --><?pi x?><![CDATA[<b>]]></a>', '<b>'],
	['\uFEFF <a>x</a>\n', 'x'],
	['<?xml version="1.0"?>\uFEFF<a>x</a>\uFEFF', 'x'],
])('%p reads as %p', (xml, text) => {
	expect(parseXml(xml).text).toBe(text);
});

test('attribute values have tabs and newlines turned into spaces; text keeps them', () => {
	const root = parseXml('<a x="1\t2\n3">4\t5\n6</a>');
	expect(root.attributes.x).toBe('1 2 3');
	expect(root.text).toBe('4\t5\n6');
});

test("a prefix's binding ends with its element", () => {
	expect(problemOf('<a><b xmlns:p="urn:p"/><p:c/></a>')).toMatchObject({ message: 'the prefix "p" is not declared' });
	const root = parseXml('<a xmlns:p="urn:outer"><b xmlns:p="urn:inner"><p:c/></b><p:d/></a>');
	expect(root.children[0].children[0].namespace).toBe('urn:inner');
	expect(root.children[1].namespace).toBe('urn:outer');
});
