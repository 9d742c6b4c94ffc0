// Checks of the strict XML reader: attribute namespaces, character references, XML declarations and size of answers.
import { XMLParser } from 'fast-xml-parser';
import type { INode } from 'n8n-workflow';

import { callSoap, type CallContext, type SoapService } from '../../nodes/shared/soap/call';
import { readChildren, readJson } from '../../nodes/shared/soap/json';
import { attributeValue, parseXml, XmlSyntaxError } from '../../nodes/shared/soap/xml';
import { accessFromInput } from '../../nodes/Twinfield/transport/access';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

describe('attributes by namespace', () => {
	it('reads an attribute by namespace URI and local name, whatever its prefix', () => {
		const root = parseXml(`<a xmlns:i="${XSI}" xmlns:p="urn:other" i:nil="true" p:nil="no" nil="plain"/>`);
		expect(attributeValue(root, XSI, 'nil')).toBe('true');
		expect(attributeValue(root, 'urn:other', 'nil')).toBe('no');
		expect(attributeValue(root, '', 'nil')).toBe('plain');
		expect(attributeValue(root, 'urn:none', 'nil')).toBeUndefined();
	});

	it('resolves an attribute prefix declared on an ancestor, and the innermost binding wins', () => {
		const root = parseXml(`<a xmlns:x="${XSI}"><b x:nil="1"/><c xmlns:x="urn:other" x:nil="1"/></a>`);
		expect(attributeValue(root.children[0], XSI, 'nil')).toBe('1');
		expect(attributeValue(root.children[1], XSI, 'nil')).toBeUndefined();
		expect(attributeValue(root.children[1], 'urn:other', 'nil')).toBe('1');
	});

	it('refuses an attribute whose prefix is not declared', () => {
		expect(() => parseXml('<a q:nil="true"/>')).toThrow(XmlSyntaxError);
	});

	it('refuses two attributes with the same namespace and local name under different prefixes', () => {
		expect(() => parseXml(`<a xmlns:i="${XSI}" xmlns:xsi="${XSI}" i:nil="true" xsi:nil="false"/>`)).toThrow(XmlSyntaxError);
		expect(parseXml(`<a xmlns:i="${XSI}" xmlns:p="urn:other" i:nil="true" p:nil="false"/>`).name).toBe('a');
	});

	it('reads nil under any prefix bound to the XSI namespace as null, and no other', () => {
		const root = parseXml(`<r xmlns:i="${XSI}"><A i:nil="true"/><B xmlns:xsi="urn:not-xsi" xsi:nil="true">text</B><C>c</C></r>`);
		expect(readJson(root)).toEqual({ A: null, B: { 'xsi:nil': 'true', _: 'text' }, C: 'c' });
		expect(readChildren(root)).toEqual([null, { 'xsi:nil': 'true', _: 'text' }, 'c']);
	});

	it('takes a Twinfield header field as nil only when its nil attribute is in the XSI namespace', () => {
		const context = { node: { name: 'Twinfield' } as INode, itemIndex: 0 } as CallContext;
		const TW = 'http://www.twinfield.com/';
		const header = (companyId: string) =>
			`<Header xmlns="${TW}"><AccessToken>tok</AccessToken>${companyId}</Header>`;
		const nilUnderI = accessFromInput(context, header(`<CompanyId xmlns:i="${XSI}" i:nil="true"/>`), 'https://c.example');
		expect(nilUnderI.header.fields.CompanyId).toBeNull();
		const notXsi = accessFromInput(context, header(`<CompanyId xmlns:xsi="urn:not-xsi" xsi:nil="true">7</CompanyId>`), 'https://c.example');
		expect(notXsi.header.fields.CompanyId).toBe('7');
	});
});

describe('character references', () => {
	it('reads references with leading zeros, as XML allows any number of digits', () => {
		expect(parseXml('<a>&#x0000000041;&#00065;&#x000000000000000000e9;</a>').text).toBe('AAé');
		expect(parseXml('<a b="&#0000000000066;"/>').attributes.b).toBe('B');
		const oracle = new XMLParser({ processEntities: true, htmlEntities: true }).parse('<a>&#x0000000041;&#00065;</a>') as { a: string };
		expect(parseXml('<a>&#x0000000041;&#00065;</a>').text).toBe(oracle.a);
	});

	it('still refuses references to characters XML forbids', () => {
		for (const reference of ['&#0;', '&#x0;', '&#x000000;', '&#xD800;', '&#55296;', '&#x110000;', '&#x0000110000;', '&#99999999999999999999;', '&#x;', '&#;']) {
			expect(() => parseXml(`<a>${reference}</a>`)).toThrow(XmlSyntaxError);
		}
	});
});

describe('XML declarations', () => {
	it('reads one declaration at the very start', () => {
		expect(parseXml('<?xml version="1.0" encoding="utf-8"?><a/>').name).toBe('a');
		expect(parseXml('<?other data?><a><?pi here?></a>').name).toBe('a');
	});

	it('refuses a second declaration, or one anywhere but at the very start', () => {
		for (const xml of [
			'<?xml version="1.0"?><?xml version="1.0"?><a/>',
			'<a/><?xml version="1.0"?>',
			'<a><?xml version="1.0"?></a>',
			' <?xml version="1.0"?><a/>',
			'<!-- c --><?xml version="1.0"?><a/>',
			'<?XML version="1.0"?><a/>',
			'<a><?xml?></a>',
		]) {
			expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
		}
	});
});

describe('large and deep answers', () => {
	const SIBLINGS = 200_000;

	it(`reads ${SIBLINGS} sibling elements`, () => {
		const root = parseXml(`<r>${'<e>1</e>'.repeat(SIBLINGS)}</r>`);
		expect(root.children).toHaveLength(SIBLINGS);
		expect(readChildren(root)).toHaveLength(SIBLINGS);
		expect((readJson(root) as { e: unknown[] }).e).toHaveLength(SIBLINGS);
	});

	it('refuses deep nesting with a clear error rather than overflowing the stack', () => {
		const depth = 100_000;
		let caught: unknown;
		try {
			parseXml(`${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(XmlSyntaxError);
		expect((caught as XmlSyntaxError).kind).toBe('tooDeep');
		const allowed = 200;
		const nested = parseXml(`${'<a>'.repeat(allowed)}x${'</a>'.repeat(allowed)}`);
		let value = readJson(nested);
		for (let level = 1; level < allowed; level++) value = (value as { a: unknown }).a as never;
		expect(value).toBe('x');
	});

	const NS = 'urn:example';
	const service: SoapService = { displayName: 'Example', namespace: NS };
	const node: INode = { id: '1', name: 'Example', type: 'example', typeVersion: 1, position: [0, 0], parameters: {} };
	const contextAnswering = (body: string) =>
		({ node, itemIndex: 0, helpers: { httpRequest: async () => ({ statusCode: 200, headers: {}, body }) } }) as unknown as CallContext;
	const envelope = (payload: string) =>
		`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${payload}</soap:Body></soap:Envelope>`;

	it(`reads ${SIBLINGS} siblings through a SOAP call that has secrets to mask`, async () => {
		const body = envelope(`<OpResponse xmlns="${NS}"><OpResult>${'<e>1</e>'.repeat(SIBLINGS)}</OpResult></OpResponse>`);
		const result = await callSoap(contextAnswering(body), service, {
			url: 'http://127.0.0.1:1/svc.asmx',
			version: '1.1',
			operation: 'Op',
			fields: { password: 'pa55word' },
			maxAnswerBytes: 4 * 1024 * 1024,
		});
		expect(result.response.children[0].children).toHaveLength(SIBLINGS);
	});

	it('ends a deeply nested answer with the unreadable-answer error, not a stack overflow', async () => {
		const depth = 50_000;
		const body = envelope(`<OpResponse xmlns="${NS}">${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</OpResponse>`);
		const outcome = await callSoap(contextAnswering(body), service, {
			url: 'http://127.0.0.1:1/svc.asmx',
			version: '1.1',
			operation: 'Op',
			fields: { password: 'pa55word' },
		}).then(
			() => undefined,
			(error: Error) => error,
		);
		expect(outcome).toBeInstanceOf(Error);
		expect(outcome?.message).not.toMatch(/call stack/i);
		expect(`${outcome?.message} ${(outcome as { description?: string }).description ?? ''}`).toMatch(/levels deep/);
	});
});
