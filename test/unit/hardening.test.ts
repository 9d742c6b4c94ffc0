/** The single guarantees of the shared layer against hostile answers, one example each. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { isChosenAddress, isCookiePair, isSessionId, isWebAddress } from '../../nodes/shared/soap/checks';
import { buildEnvelope } from '../../nodes/shared/soap/envelope';
import { httpStatusError } from '../../nodes/shared/soap/errors';
import { xmlEscape } from '../../nodes/shared/soap/xmlText';
import { runForEachItem } from '../../nodes/shared/n8n/items';
import { quoted, SecretMask } from '../../nodes/shared/soap/serverText';
import { postXml, responseCookies, TransportFailure } from '../../nodes/shared/soap/http';
import { readJson } from '../../nodes/shared/soap/json';
import { parseXml, XmlSyntaxError } from '../../nodes/shared/soap/xml';
import { explainLogonResult } from '../../nodes/Twinfield/helpers/logonResults';

describe('escaping what is sent', () => {
	it('sends CR, NEL and U+2028 as character references', () => {
		expect(xmlEscape('a\rb\u0085c\u2028d&<>"\'')).toBe('a&#13;b&#133;c&#8232;d&amp;&lt;&gt;&quot;&apos;');
	});

	it('refuses half of a surrogate pair, and keeps whole pairs', () => {
		const build = (password: string) => () => buildEnvelope({ version: '1.1', namespace: 'urn:x', operation: 'Op', fields: { password } });
		expect(build('a\uD800b')).toThrow('half of a character pair');
		expect(build('😀')).not.toThrow();
	});
});

describe('server text', () => {
	it('is bounded, marked as cut and free of control characters', () => {
		const text = quoted(`\u001b[31m${'x'.repeat(500)}\u0007`);
		expect(text).toHaveLength(200);
		expect(text.endsWith('…')).toBe(true);
		expect(text).not.toMatch(/[\u0000-\u001f]/);
	});

	it('has what was sent masked, in any form a server echoes it', () => {
		const mask = new SecretMask(['pa&ss<word', '6f1c2a9e-4b7d-4e35-a0c8-93d2e5b17f40']);
		expect(quoted('pw pa&ss<word, pa&amp;ss&lt;word, pa%26ss%3Cword, 6F1C2A9E-4B7D-4E35-A0C8-93D2E5B17F40', mask)).toBe(
			'pw [hidden], [hidden], [hidden], [hidden]',
		);
	});

	it('finds no meaning in prototype names', () => {
		for (const result of ['constructor', 'toString', '__proto__']) {
			expect(explainLogonResult(result)[0]).toBe(`Twinfield refused the log-on (${result})`);
		}
	});
});

describe('values a server chooses', () => {
	it('follow the rules of input', () => {
		expect(isSessionId('abc;Path=/;evil=1')).toBe(false);
		expect(isSessionId('a\r\nb')).toBe(false);
		expect(isWebAddress('http://a b')).toBe(false);
		expect(isWebAddress('http://user:pw@c3.twinfield.com')).toBe(false);
		expect(isWebAddress('https://c3.twinfield.com')).toBe(true);
		expect(isCookiePair('lb=node1')).toBe(true);
		expect(isCookiePair('bad cookie=1')).toBe(false);
		expect(responseCookies({ 'set-cookie': ['ASP.NET_SessionId=abc; path=/', 'x=a b', 'lb=n1; HttpOnly'] })).toEqual(['ASP.NET_SessionId=abc', 'lb=n1']);
	});
});

describe('reading XML', () => {
	it('reads 4,000 namespace declarations on 4,000 nested-and-sibling elements in one pass', () => {
		let inner = '';
		for (let i = 0; i < 4000; i++) inner += `<p${i}:a xmlns:p${i}="urn:n${i}"><p${i}:b/></p${i}:a>`;
		const root = parseXml(`<r xmlns="urn:r">${inner}</r>`);
		expect(root.children).toHaveLength(4000);
		expect(root.children[3999].children[0].namespace).toBe('urn:n3999');
	});

	it('refuses prototype names with a message that says so, not a cut connection', () => {
		for (const xml of ['<r><__proto__>1</__proto__></r>', '<r constructor="1"/>', '<r><x:prototype xmlns:x="urn:x"/></r>']) {
			const error = (() => {
				try {
					parseXml(xml);
				} catch (caught) {
					return caught as XmlSyntaxError;
				}
				return undefined;
			})();
			expect(error?.kind).toBe('refusedName');
			expect(error?.message).toMatch(/refuses because it could tamper/);
		}
	});

	it('tells truncation, DTDs and deep nesting apart', () => {
		const kind = (xml: string) => {
			try {
				parseXml(xml);
			} catch (error) {
				return (error as XmlSyntaxError).kind;
			}
			return undefined;
		};
		expect(kind('<a><b>text')).toBe('truncated');
		expect(kind('<a><b attr="x')).toBe('truncated');
		expect(kind('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')).toBe('dtd');
		expect(kind('<a>'.repeat(300) + '</a>'.repeat(300))).toBe('tooDeep');
		expect(kind('<a>&x;</a>')).toBe('malformed');
	});

	it('normalises line ends as XML 1.0 does, and keeps escaped CR', () => {
		expect(parseXml('<a>x\r\ny\rz&#13;</a>').text).toBe('x\ny\nz\r');
	});

	it('never sets a prototype when turning elements into JSON', () => {
		expect(Object.getPrototypeOf(readJson(parseXml('<r><a>1</a><b>2</b></r>')))).toBe(Object.prototype);
	});
});

describe('reading answers', () => {
	it('refuses an answer whose announced length is over the limit, before reading it', async () => {
		const helpers = {
			httpRequest: async () => ({ statusCode: 200, headers: { 'content-length': '99999999' }, body: '' }),
		} as unknown as IExecuteFunctions['helpers'];
		const failure = await postXml(helpers, { url: 'http://127.0.0.1:9', headers: {}, body: '', timeoutMs: 1000, maxBytes: 1024 }).catch((error) => error);
		expect(failure).toBeInstanceOf(TransportFailure);
		expect(failure.reason).toBe('tooLarge');
	});

	it('marks bytes that are not UTF-8', async () => {
		const helpers = {
			httpRequest: async () => ({ statusCode: 200, headers: {}, body: new Uint8Array([0x3c, 0x61, 0xff, 0x3e]) }),
		} as unknown as IExecuteFunctions['helpers'];
		expect((await postXml(helpers, { url: 'http://127.0.0.1:9', headers: {}, body: '', timeoutMs: 1000 })).notUtf8).toBe(true);
	});
});

describe('the item loop', () => {
	it('hands every item the node, fetched once', async () => {
		let fetched = 0;
		const context = {
			getInputData: () => [{ json: {} }, { json: {} }, { json: {} }],
			getNode: () => {
				fetched++;
				return { name: 'N' };
			},
			continueOnFail: () => false,
		} as unknown as IExecuteFunctions;
		const names: string[] = [];
		const node = context.getNode();
		await runForEachItem(context, node, async () => {
			names.push(node.name);
			return {};
		});
		expect(names).toEqual(['N', 'N', 'N']);
		expect(fetched).toBe(1);
	});
});

describe('addresses a service chooses', () => {
	// Written by hand from the rule: a web address, https unless the credential's own address is http.
	it.each([
		['https://api.accounting.twinfield.com', 'https://login.twinfield.com', true],
		['http://127.0.0.1:5000', 'http://127.0.0.1:4000', true],
		['http://api.accounting.twinfield.com', 'https://login.twinfield.com', false],
		['https://user:pw@api.accounting.twinfield.com', 'https://login.twinfield.com', false],
		['https://api.accounting.twinfield.com/a b', 'https://login.twinfield.com', false],
		['https://api.accounting.twinfield.com\r\n', 'https://login.twinfield.com', false],
		['https://api.accounting.twinfield.com\t', 'https://login.twinfield.com', false],
		['javascript:alert(1)', 'http://127.0.0.1', false],
		['', 'http://127.0.0.1', false],
	])('%j with a credential at %j: %s', (address, credentialAddress, allowed) => {
		expect(isChosenAddress(address, credentialAddress)).toBe(allowed);
	});
});

describe('a password a server echoes in an error page', () => {
	const password = `Pa'ss<wo>rd"!`;
	// Written by hand: the ways an HTML page may echo it.
	it.each([
		[`Log-on failed for Pa'ss&lt;wo&gt;rd"!`],
		[`Log-on failed for Pa&#39;ss&lt;wo&gt;rd&quot;!`],
		[`Log-on failed for Pa&#x27;ss&lt;wo&gt;rd&#x22;!`],
		[`Log-on failed for Pa&#039;ss&lt;wo&gt;rd&#034;!`],
		[`Log-on failed for Password`],
	])('is masked in the page title of %j', (title) => {
		const error = httpStatusError(
			{ service: 'Example', operation: 'Op', node: { name: 'N' } as never, itemIndex: 0, mask: new SecretMask([password]) } as never,
			500,
			`<html><head><title>${title}</title></head><body></body></html>`,
		);
		const shown = `${error.message} ${error.description ?? ''}`;
		expect(shown).toContain('Log-on failed for');
		expect(shown).not.toMatch(/Pa.{0,8}ss|Password/);
	});
});
