/** The emulator's `?WSDL` answers drive a generic SOAP client, and its counters count per operation. */
import * as soap from 'soap';

import { startEmulator, tsoDemo, twinfieldDemo, type Emulator } from './index';

let emulator: Emulator;

beforeAll(async () => {
	emulator = await startEmulator();
});
afterAll(async () => {
	await emulator.close();
});
beforeEach(() => emulator.reset());

describe('WSDL', () => {
	it('is served at ?WSDL in any letter case and points at the host it came from', async () => {
		const url = `${emulator.twentyFourSevenOfficeUrl}/authenticate/v001/authenticate.asmx`;
		const response = await fetch(`${url}?wsdl`);
		const text = await response.text();
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
		expect(text).toContain(`<soap:address location="${url}" />`);
		expect(text).toContain('soapAction="http://24sevenOffice.com/webservices/HasSession"');
		// Without the query it stays the help page.
		expect(await (await fetch(url)).text()).toContain('<html>');
	});

	it('lets node-soap log in to 24SevenOffice and check the session with its cookie', async () => {
		const client = await soap.createClientAsync(`${emulator.twentyFourSevenOfficeUrl}/authenticate/v001/authenticate.asmx?WSDL`);
		const [login] = await client.LoginAsync({
			credential: { ApplicationId: tsoDemo.applicationId, IdentityId: tsoDemo.identityId, Username: tsoDemo.username, Password: tsoDemo.password },
		});
		expect(login.LoginResult).toMatch(/^[a-z0-9]+$/i);
		expect((await client.HasSessionAsync({}))[0].HasSessionResult).toBe(false);
		client.addHttpHeader('Cookie', `ASP.NET_SessionId=${login.LoginResult}`);
		expect((await client.HasSessionAsync({}))[0].HasSessionResult).toBe(true);
	});

	it('lets node-soap log on to Twinfield and read the session header', async () => {
		const client = await soap.createClientAsync(`${emulator.twinfieldLoginUrl}/webservices/session.asmx?WSDL`);
		const [result, , header] = await client.LogonAsync({
			user: twinfieldDemo.user,
			password: twinfieldDemo.password,
			organisation: twinfieldDemo.organisation,
		});
		expect(result).toEqual({ LogonResult: 'Ok', nextAction: 'None', cluster: emulator.twinfieldClusterUrl });
		expect(header.Header.SessionID).toBeTruthy();
	});
});

describe('request counters', () => {
	it('count requests per service and operation, and start again at reset', async () => {
		const wsdl = `${emulator.twentyFourSevenOfficeUrl}/authenticate/v001/authenticate.asmx?WSDL`;
		const client = await soap.createClientAsync(wsdl, { disableCache: true });
		await client.HasSessionAsync({});
		await client.HasSessionAsync({});
		const counts = (await (await fetch(`${emulator.twinfieldLoginUrl}/_emulator/counts`)).json()) as Record<string, number>;
		expect(counts).toEqual({ '24sevenoffice': { '/authenticate/v001/authenticate.asmx': 1, HasSession: 2 } });
		expect(emulator.counts()).toEqual(counts);
		emulator.reset();
		expect(emulator.counts()).toEqual({});
	});
});
