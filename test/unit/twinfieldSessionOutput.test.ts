/** What Twinfield's Log On hands to the next node, with its SOAP headers read back by fast-xml-parser. */
import { XMLParser } from 'fast-xml-parser';

import { readSessionHeader, sessionOutput, tokenHeaderXml, tokenOutput } from '../../nodes/Twinfield/helpers/sessionOutput';
import { parseXml } from '../../nodes/shared/soap/xml';

const reference = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
const CLUSTER = 'https://api.accounting2.twinfield.com';

test('a session: its header and the addresses of the services on its cluster', () => {
	const output = sessionOutput({ sessionId: 'a&b', cluster: `${CLUSTER}/`, result: 'Ok', nextAction: 'None' });
	expect(output).toEqual({
		sessionId: 'a&b',
		result: 'Ok',
		nextAction: 'None',
		ready: true,
		cluster: CLUSTER,
		soapHeader: expect.any(String),
		sessionUrl: `${CLUSTER}/webservices/session.asmx`,
		processXmlUrl: `${CLUSTER}/webservices/processxml.asmx`,
		finderUrl: `${CLUSTER}/webservices/finder.asmx`,
	});
	expect(reference.parse(output.soapHeader as string)).toEqual({ Header: { '@_xmlns': 'http://www.twinfield.com/', SessionID: 'a&b' } });
	expect(sessionOutput({ sessionId: 's', cluster: CLUSTER, result: 'Ok', nextAction: 'SMSLogon', accessToken: 't' })).toMatchObject({ ready: false, accessToken: 't' });
});

test('a token: the header names the company when there is one, and CompanyId is nil', () => {
	expect(reference.parse(tokenHeaderXml('tok<en>', 'DEMO & 1'))).toEqual({
		Header: {
			'@_xmlns': 'http://www.twinfield.com/',
			'@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			AccessToken: 'tok<en>',
			CompanyCode: 'DEMO & 1',
			CompanyId: { '@_xsi:nil': 'true' },
		},
	});
	expect(reference.parse(tokenHeaderXml('t', undefined)).Header).not.toHaveProperty('CompanyCode');
	expect(reference.parse(tokenHeaderXml('t', '')).Header).not.toHaveProperty('CompanyCode');
});

test('Log On with OAuth 2 outputs the same fields as a session, plus what the token says', () => {
	const full = tokenOutput({ accessToken: 't', cluster: `${CLUSTER}/`, company: 'DEMO1', expiresAt: '2026-12-03T10:00:00.000Z', organisation: 'ORG', user: 'USER' });
	expect(full).toEqual({
		authentication: 'oAuth2',
		ready: true,
		cluster: CLUSTER,
		company: 'DEMO1',
		soapHeader: tokenHeaderXml('t', 'DEMO1'),
		sessionUrl: `${CLUSTER}/webservices/session.asmx`,
		processXmlUrl: `${CLUSTER}/webservices/processxml.asmx`,
		finderUrl: `${CLUSTER}/webservices/finder.asmx`,
		accessToken: 't',
		tokenExpiresAt: '2026-12-03T10:00:00.000Z',
		organisation: 'ORG',
		user: 'USER',
	});
	const bare = tokenOutput({ accessToken: 't', cluster: CLUSTER, company: '' });
	expect(bare).not.toHaveProperty('tokenExpiresAt');
	expect(bare).not.toHaveProperty('organisation');
	expect(bare).not.toHaveProperty('user');
});

test("the session and token are read from Twinfield's header; empty ones are none", () => {
	const envelopeHeader = (inner: string) => parseXml(`<s:Header xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><Header xmlns="http://www.twinfield.com/">${inner}</Header></s:Header>`);
	expect(readSessionHeader(envelopeHeader('<SessionID> abc </SessionID><AccessToken>t</AccessToken>'))).toEqual({ sessionId: 'abc', accessToken: 't' });
	expect(readSessionHeader(envelopeHeader('<SessionID/>'))).toEqual({ sessionId: undefined, accessToken: undefined });
	expect(readSessionHeader(parseXml('<s:Header xmlns:s="urn:s"><Header xmlns="urn:other"><SessionID>x</SessionID></Header></s:Header>'))).toEqual({ sessionId: undefined, accessToken: undefined });
	expect(readSessionHeader(undefined)).toEqual({ sessionId: undefined, accessToken: undefined });
});
