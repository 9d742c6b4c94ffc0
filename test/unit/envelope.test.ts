import { buildEnvelope, soapAction, soapRequestHeaders, UnencodableValueError } from '../../nodes/shared/soap/envelope';
import { xmlEscape } from '../../nodes/shared/soap/xmlText';

// The request samples of the vendors' help pages, with their placeholders filled in.
const TWINFIELD_LOGON_11 = `<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <Logon xmlns="http://www.twinfield.com/">
      <user>u</user>
      <password>p</password>
      <organisation>o</organisation>
    </Logon>
  </soap:Body>
</soap:Envelope>`;

const TWINFIELD_LOGON_12 = `<?xml version="1.0" encoding="utf-8"?>
<soap12:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap12="http://www.w3.org/2003/05/soap-envelope">
  <soap12:Body>
    <Logon xmlns="http://www.twinfield.com/">
      <user>u</user>
      <password>p</password>
      <organisation>o</organisation>
    </Logon>
  </soap12:Body>
</soap12:Envelope>`;

const logon = { namespace: 'http://www.twinfield.com/', operation: 'Logon', fields: { user: 'u', password: 'p', organisation: 'o' } };

describe('buildEnvelope', () => {
	it('builds the Twinfield Logon request of the help page, SOAP 1.1', () => {
		expect(buildEnvelope({ version: '1.1', ...logon })).toBe(TWINFIELD_LOGON_11);
	});

	it('builds the Twinfield Logon request of the help page, SOAP 1.2', () => {
		expect(buildEnvelope({ version: '1.2', ...logon })).toBe(TWINFIELD_LOGON_12);
	});

	it('writes an operation without fields as an empty element, as the HasSession help page does', () => {
		const envelope = buildEnvelope({ version: '1.2', namespace: 'http://24sevenOffice.com/webservices', operation: 'HasSession' });
		expect(envelope).toContain('<soap12:Body>\n    <HasSession xmlns="http://24sevenOffice.com/webservices" />\n  </soap12:Body>');
	});

	it('puts a header block into the SOAP header', () => {
		const envelope = buildEnvelope({
			version: '1.1',
			namespace: 'http://www.twinfield.com/',
			operation: 'KeepAlive',
			header: { name: 'Header', namespace: 'http://www.twinfield.com/', fields: { SessionID: 'abc' } },
		});
		expect(envelope).toContain(
			'  <soap:Header>\n    <Header xmlns="http://www.twinfield.com/">\n      <SessionID>abc</SessionID>\n    </Header>\n  </soap:Header>\n  <soap:Body>',
		);
	});

	it('nests object fields, in order', () => {
		const envelope = buildEnvelope({
			version: '1.1',
			namespace: 'http://24sevenOffice.com/webservices',
			operation: 'Login',
			fields: { credential: { ApplicationId: 'a', IdentityId: 'i', Username: 'u', Password: 'p' } },
		});
		expect(envelope).toContain(
			'<credential>\n        <ApplicationId>a</ApplicationId>\n        <IdentityId>i</IdentityId>\n        <Username>u</Username>\n        <Password>p</Password>\n      </credential>',
		);
	});

	it('escapes every XML special character in values', () => {
		const envelope = buildEnvelope({ version: '1.1', ...logon, fields: { password: `a&b<c>d"e'f` } });
		expect(envelope).toContain('<password>a&amp;b&lt;c&gt;d&quot;e&apos;f</password>');
		expect(xmlEscape('&amp;')).toBe('&amp;amp;');
	});

	it('refuses characters XML cannot carry, naming the field but not the value', () => {
		expect(() => buildEnvelope({ version: '1.1', ...logon, fields: { password: 'se\u0001cret' } })).toThrow(UnencodableValueError);
		expect(() => buildEnvelope({ version: '1.1', ...logon, fields: { password: 'se\u0001cret' } })).toThrow(/"password"/);
		expect(() => buildEnvelope({ version: '1.1', ...logon, fields: { password: 'se\u0001cret' } })).not.toThrow(/cret/);
	});
});

describe('soapRequestHeaders', () => {
	it('sends SOAP 1.1 as text/xml with the quoted SOAPAction', () => {
		expect(soapRequestHeaders('1.1', 'http://www.twinfield.com/', 'Logon')).toEqual({
			'Content-Type': 'text/xml; charset=utf-8',
			SOAPAction: '"http://www.twinfield.com/Logon"',
		});
	});

	it('sends SOAP 1.2 as application/soap+xml without SOAPAction', () => {
		expect(soapRequestHeaders('1.2', 'http://24sevenOffice.com/webservices', 'HasSession')).toEqual({
			'Content-Type': 'application/soap+xml; charset=utf-8',
		});
	});

	it('joins namespace and operation the way ASP.NET does', () => {
		expect(soapAction('http://www.twinfield.com/', 'Logon')).toBe('http://www.twinfield.com/Logon');
		expect(soapAction('http://24sevenOffice.com/webservices', 'HasSession')).toBe('http://24sevenOffice.com/webservices/HasSession');
	});
});
