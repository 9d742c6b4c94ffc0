import { readEnvelope } from '../../nodes/shared/soap/envelopeReader';
import { attributeValue, childText, findChild, parseXml, XmlSyntaxError } from '../../nodes/shared/soap/xml';

const TW = 'http://www.twinfield.com/';

describe('parseXml', () => {
	it('resolves any prefix and default namespaces', () => {
		const root = parseXml(
			`<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body><r:LogonResponse xmlns:r="${TW}"><r:LogonResult>Ok</r:LogonResult></r:LogonResponse></env:Body></env:Envelope>`,
		);
		const envelope = readEnvelope(root);
		expect(envelope?.version).toBe('1.1');
		expect(envelope?.payload?.name).toBe('LogonResponse');
		expect(envelope?.payload?.namespace).toBe(TW);
		expect(childText(envelope?.payload, 'LogonResult', TW)).toBe('Ok');
	});

	it('tells elements of other namespaces apart by URI, not prefix', () => {
		const root = parseXml(`<a xmlns="urn:one"><b xmlns="urn:two">x</b><b>y</b></a>`);
		expect(childText(root, 'b', 'urn:one')).toBe('y');
		expect(childText(root, 'b', 'urn:two')).toBe('x');
	});

	it('decodes the predefined entities, character references and CDATA', () => {
		const root = parseXml(`<a><b>&amp;&lt;&gt;&quot;&apos;&#233;&#x41;</b><c><![CDATA[<raw>&amp;]]></c></a>`);
		expect(childText(root, 'b')).toBe(`&<>"'éA`);
		expect(childText(root, 'c')).toBe('<raw>&amp;');
	});

	it('refuses a DTD, so entities can never expand', () => {
		const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><a>&lol2;</a>`;
		expect(() => parseXml(bomb)).toThrow(XmlSyntaxError);
		expect(() => parseXml(`<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>`)).toThrow(/DTD/);
	});

	it('reports truncated and malformed documents', () => {
		expect(() => parseXml('<a><b>half')).toThrow(XmlSyntaxError);
		expect(() => parseXml('<a></b>')).toThrow(XmlSyntaxError);
		expect(() => parseXml('<p:a/>')).toThrow(/prefix "p"/);
	});
});

describe('readEnvelope', () => {
	it('reads a SOAP 1.1 fault with Twinfield detail', () => {
		const envelope = readEnvelope(
			parseXml(
				`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>Access denied. Token invalid.</faultstring><detail><message>Access denied. Token invalid.</message><code>354</code><source>Auth</source></detail></soap:Fault></soap:Body></soap:Envelope>`,
			),
		);
		expect(envelope?.fault).toEqual({
			code: 'soap:Client',
			reason: 'Access denied. Token invalid.',
			detailCode: '354',
			detailMessage: 'Access denied. Token invalid.',
		});
		expect(envelope?.payload).toBeUndefined();
	});

	it('reads a SOAP 1.2 fault, preferring the English reason', () => {
		const envelope = readEnvelope(
			parseXml(
				`<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body><e:Fault><e:Code><e:Value>e:Receiver</e:Value></e:Code><e:Reason><e:Text xml:lang="nl">Fout</e:Text><e:Text xml:lang="en">Server was unable to process request.</e:Text></e:Reason><e:Detail/></e:Fault></e:Body></e:Envelope>`,
			),
		);
		expect(envelope?.version).toBe('1.2');
		expect(envelope?.fault?.code).toBe('e:Receiver');
		expect(envelope?.fault?.reason).toBe('Server was unable to process request.');
	});

	it('reads the detail of a SOAP 1.2 fault, and the first reason when none is English', () => {
		const envelope = readEnvelope(
			parseXml(
				`<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body><e:Fault><e:Code><e:Value>e:Sender</e:Value></e:Code><e:Reason><e:Text xml:lang="nl">Fout</e:Text><e:Text xml:lang="de">Fehler</e:Text></e:Reason><e:Detail><d xmlns="urn:d"><code> 7 </code><message>Bad date</message></d></e:Detail></e:Fault></e:Body></e:Envelope>`,
			),
		);
		expect(envelope?.fault).toEqual({ code: 'e:Sender', reason: 'Fout', detailCode: '7', detailMessage: 'Bad date' });
	});

	it('takes a Fault of another namespace for the payload, and an empty Body for no payload', () => {
		const other = readEnvelope(
			parseXml(`<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><Fault xmlns="urn:app"><Code>1</Code></Fault></s:Body></s:Envelope>`),
		);
		expect(other?.fault).toBeUndefined();
		expect(other?.payload?.namespace).toBe('urn:app');
		const empty = readEnvelope(parseXml(`<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body/></s:Envelope>`));
		expect(empty).toEqual({ version: '1.1', header: undefined, payload: undefined, fault: undefined });
		const fault12 = readEnvelope(parseXml(`<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body><e:Fault/></e:Body></e:Envelope>`));
		expect(fault12?.fault).toEqual({ code: '', reason: '', detailCode: undefined, detailMessage: undefined });
		const faultWithoutTexts = readEnvelope(parseXml(`<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault/></s:Body></s:Envelope>`));
		expect(faultWithoutTexts?.fault).toEqual({ code: '', reason: '', detailCode: undefined, detailMessage: undefined });
	});

	it('finds no namespaced attribute on an element that has only plain ones', () => {
		expect(attributeValue(parseXml('<a nil="true"/>'), 'http://www.w3.org/2001/XMLSchema-instance', 'nil')).toBeUndefined();
		expect(attributeValue(parseXml('<a nil="true"/>'), '', 'nil')).toBe('true');
	});

	it('finds the SOAP header', () => {
		const envelope = readEnvelope(
			parseXml(
				`<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Header><Header xmlns="${TW}"><SessionID>id</SessionID></Header></s:Header><s:Body><X xmlns="${TW}"/></s:Body></s:Envelope>`,
			),
		);
		expect(childText(findChild(envelope?.header, 'Header', TW), 'SessionID', TW)).toBe('id');
	});

	it('does not take other documents for envelopes', () => {
		expect(readEnvelope(parseXml('<Envelope><Body/></Envelope>'))).toBeUndefined();
		expect(readEnvelope(parseXml('<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header/></s:Envelope>'))).toBeUndefined();
		expect(readEnvelope(parseXml('<x:Envelope xmlns:x="urn:other"><s:Body xmlns:s="http://www.w3.org/2003/05/soap-envelope"><A/></s:Body></x:Envelope>'))).toBeUndefined();
		expect(readEnvelope(parseXml('<s:Envelope xmlns:s="urn:other"><s:Body/></s:Envelope>'))).toBeUndefined();
	});
});
