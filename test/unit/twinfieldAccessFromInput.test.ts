/** The way into Twinfield an earlier step hands on: its SOAP header read, checked and rebuilt from Twinfield's own fields. */
import type { INode } from 'n8n-workflow';

import type { CallContext } from '../../nodes/shared/soap/call';
import { accessFromInput } from '../../nodes/Twinfield/transport/access';
import { locatorValue } from '../../nodes/Twinfield/helpers/locatorValue';
import { refusalOf } from './refusal';

const node: INode = { id: '1', name: 'Twinfield', type: 'twinfield', typeVersion: 1, position: [0, 0], parameters: {} };
const context = { node, itemIndex: 4, helpers: {} } as unknown as CallContext;
const TWF = 'http://www.twinfield.com/';
const advice = 'Connect this node after a Twinfield Log On step (its output has "soapHeader" and "cluster"), or set Session to "Credential\'s Session".';

const refusal = (soapHeader: string, cluster = 'https://api.accounting.twinfield.com') => refusalOf(() => accessFromInput(context, soapHeader, cluster));

test('a session header keeps only its SessionID; a token header gets CompanyId nil and names its company', () => {
	const session = accessFromInput(context, `<Header xmlns="${TWF}"><SessionID> abc </SessionID><Other>x</Other></Header>`, 'https://api.accounting.twinfield.com/');
	expect(session).toEqual({ cluster: 'https://api.accounting.twinfield.com', header: { name: 'Header', namespace: TWF, fields: { SessionID: 'abc' } }, company: undefined });
	const token = accessFromInput(context, `<Header xmlns="${TWF}"><AccessToken>t</AccessToken><CompanyCode>DEMO1</CompanyCode></Header>`, 'https://c.example');
	expect(token.header.fields).toEqual({ AccessToken: 't', CompanyCode: 'DEMO1', CompanyId: null });
	expect(token.company).toBe('DEMO1');
	const noCompany = accessFromInput(context, `<Header xmlns="${TWF}"><AccessToken>t</AccessToken><CompanyCode/></Header>`, 'https://c.example');
	expect(noCompany.company).toBeUndefined();
});

test.each([
	[`<Header xmlns="${TWF}"/>`, 'The SOAP header from the input has neither a SessionID nor an AccessToken'],
	[`<Header xmlns="${TWF}"><SessionID/></Header>`, 'The SOAP header from the input has neither a SessionID nor an AccessToken'],
	['<Header/>', "The SOAP header from the input is a <Header>, not Twinfield's <Header>"],
	[`<Other xmlns="${TWF}"/>`, "The SOAP header from the input is a <Other>, not Twinfield's <Header>"],
	['<Header', 'The SOAP header from the input is not XML (it ends before its first element is complete)'],
])('%s is refused', (soapHeader, message) => {
	expect(refusal(soapHeader)).toEqual([message, advice, 4]);
});

test('a cluster that is no web address is refused first', () => {
	expect(refusal('<Header', 'api.twinfield.com')).toEqual(['The cluster address "api.twinfield.com" is not a web address', advice, 4]);
});

test('a locator or a plain value gives trimmed text; nothing gives empty text', () => {
	expect([locatorValue({ __rl: true, mode: 'list', value: ' 001 ' }), locatorValue({ value: null }), locatorValue(' x '), locatorValue(7), locatorValue(null), locatorValue(undefined)]).toEqual([
		'001',
		'',
		'x',
		'7',
		'',
		'',
	]);
});
