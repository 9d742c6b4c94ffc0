/** Checks the emulator itself with hand-written SOAP over plain node http. */
import { request } from 'http';
import { Emulator, startEmulator, tsoDemo, twinfieldDemo, twinfieldSpecial } from './index';

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

function post(base: string, path: string, headers: Record<string, string>, body: string): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = request(`${base}${path}`, { method: 'POST', headers }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (text += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
		});
		req.on('error', reject);
		req.end(body);
	});
}

const SOAP11 = { 'Content-Type': 'text/xml; charset=utf-8' };
const TWF_LOGON = { ...SOAP11, SOAPAction: '"http://www.twinfield.com/Logon"' };

function logon11(user: string, password: string, organisation: string): string {
	return `<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <Logon xmlns="http://www.twinfield.com/">
      <user>${user}</user>
      <password>${password}</password>
      <organisation>${organisation}</organisation>
    </Logon>
  </soap:Body>
</soap:Envelope>`;
}

function sessionId(body: string): string {
	return /<SessionID>([^<]+)<\/SessionID>/.exec(body)?.[1] ?? '';
}

describe('emulator', () => {
	let emulator: Emulator;

	beforeAll(async () => {
		emulator = await startEmulator();
	});
	afterAll(async () => {
		await emulator.close();
	});
	beforeEach(() => emulator.reset());

	it('answers a SOAP 1.1 Logon with a session, the cluster and byte-exact escaped values', async () => {
		const answer = await post(
			emulator.twinfieldLoginUrl,
			'/webservices/session.asmx',
			TWF_LOGON,
			logon11('special', 'p&amp;ss&lt;wo&gt;rd&quot;&apos;', 'R&amp;D &lt;"Org"&gt;\''),
		);
		expect(answer.status).toBe(200);
		expect(answer.headers['content-type']).toBe('text/xml; charset=utf-8');
		expect(answer.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<soap:Envelope xmlns:xsi=/);
		expect(answer.body).toContain('<LogonResult>Ok</LogonResult>');
		expect(answer.body).toContain(`<cluster>${emulator.twinfieldClusterUrl}</cluster>`);
		expect(sessionId(answer.body)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
		expect(emulator.requests[0].values).toEqual({
			user: 'special',
			password: twinfieldSpecial.password,
			organisation: twinfieldSpecial.organisation,
		});
	});

	it('answers a SOAP 1.2 Logon in SOAP 1.2, whatever the envelope prefix', async () => {
		const body = `<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body>
<tw:Logon xmlns:tw="http://www.twinfield.com/"><tw:user>demo</tw:user><tw:password>demo-password</tw:password>
<tw:organisation>DEMO-ORG</tw:organisation></tw:Logon></env:Body></env:Envelope>`;
		const answer = await post(
			emulator.twinfieldLoginUrl,
			'/WebServices/Session.asmx',
			{ 'Content-Type': 'application/soap+xml; charset=utf-8' },
			body,
		);
		expect(answer.status).toBe(200);
		expect(answer.headers['content-type']).toBe('application/soap+xml; charset=utf-8');
		expect(answer.body).toContain('<soap12:Envelope');
		expect(answer.body).toContain('<LogonResult>Ok</LogonResult>');
		expect(answer.body).toContain('<nextAction>None</nextAction>');
	});

	it('refuses a wrong SOAPAction with a soap:Client fault', async () => {
		const answer = await post(
			emulator.twinfieldLoginUrl,
			'/webservices/session.asmx',
			{ ...SOAP11, SOAPAction: '"http://www.twinfield.com/LogOn"' },
			logon11(twinfieldDemo.user, twinfieldDemo.password, twinfieldDemo.organisation),
		);
		expect(answer.status).toBe(500);
		expect(answer.body).toContain('<faultcode>soap:Client</faultcode>');
		expect(answer.body).toContain(
			'<faultstring>Server did not recognize the value of HTTP Header SOAPAction: http://www.twinfield.com/LogOn.</faultstring>',
		);
	});

	it('faults a cluster call whose session expired', async () => {
		const logon = await post(
			emulator.twinfieldLoginUrl,
			'/webservices/session.asmx',
			TWF_LOGON,
			logon11(twinfieldDemo.user, twinfieldDemo.password, twinfieldDemo.organisation),
		);
		const keepAlive = (id: string) =>
			post(
				emulator.twinfieldClusterUrl,
				'/webservices/session.asmx',
				{ ...SOAP11, SOAPAction: '"http://www.twinfield.com/KeepAlive"' },
				`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header>
<Header xmlns="http://www.twinfield.com/"><SessionID>${id}</SessionID></Header></soap:Header>
<soap:Body><KeepAlive xmlns="http://www.twinfield.com/" /></soap:Body></soap:Envelope>`,
			);
		expect((await keepAlive(sessionId(logon.body))).status).toBe(200);
		emulator.expireSessions();
		const dead = await keepAlive(sessionId(logon.body));
		expect(dead.status).toBe(500);
		expect(dead.body).toContain('<faultcode>soap:Client</faultcode>');
		expect(dead.body).toContain('Your logon credentials are not valid anymore. Try to log on again.');
		expect(dead.body).toMatch(/<detail>\s*<message>[^<]+<\/message>\s*<code>\d+<\/code>\s*<source>/);
	});

	it('logs on to 24SevenOffice and recognises the session cookie in HasSession', async () => {
		const authenticate = '/authenticate/v001/authenticate.asmx';
		const action = (name: string) => ({ ...SOAP11, SOAPAction: `"http://24sevenOffice.com/webservices/${name}"` });
		const login = await post(
			emulator.twentyFourSevenOfficeUrl,
			authenticate,
			action('Login'),
			`<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
<Login xmlns="http://24sevenOffice.com/webservices"><credential>
<ApplicationId>${tsoDemo.applicationId}</ApplicationId><IdentityId>${tsoDemo.identityId}</IdentityId>
<Username>${tsoDemo.username}</Username><Password>${tsoDemo.password}</Password>
</credential></Login></soap:Body></soap:Envelope>`,
		);
		const id = /<LoginResult>([a-z0-5]{24})<\/LoginResult>/.exec(login.body)?.[1];
		expect(id).toBeDefined();
		expect(login.headers['set-cookie']).toEqual([`ASP.NET_SessionId=${id}; path=/; HttpOnly; SameSite=Lax`]);

		const hasSession = `<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
<HasSession xmlns="http://24sevenOffice.com/webservices" /></soap:Body></soap:Envelope>`;
		const withCookie = await post(
			emulator.twentyFourSevenOfficeUrl,
			authenticate,
			{ ...action('HasSession'), Cookie: `ASP.NET_SessionId=${id}` },
			hasSession,
		);
		expect(withCookie.body).toContain('<HasSessionResult>true</HasSessionResult>');
		const without = await post(emulator.twentyFourSevenOfficeUrl, authenticate, action('HasSession'), hasSession);
		expect(without.status).toBe(200);
		expect(without.body).toContain('<HasSessionResult>false</HasSessionResult>');
	});

	it('injects a 429 with Retry-After through the HTTP control endpoint', async () => {
		const control = await post(
			emulator.twentyFourSevenOfficeUrl,
			'/_emulator/inject',
			{ 'Content-Type': 'application/json' },
			JSON.stringify({ kind: 'rateLimit', retryAfter: 7, service: 'twinfield' }),
		);
		expect(control.status).toBe(204);
		const logon = () =>
			post(
				emulator.twinfieldLoginUrl,
				'/webservices/session.asmx',
				TWF_LOGON,
				logon11(twinfieldDemo.user, twinfieldDemo.password, twinfieldDemo.organisation),
			);
		const limited = await logon();
		expect(limited.status).toBe(429);
		expect(limited.headers['retry-after']).toBe('7');
		expect((await logon()).status).toBe(200);
	});

	it('closes promptly while a slow answer is pending', async () => {
		const own = await startEmulator();
		own.inject({ kind: 'slow', delayMs: 60_000 });
		const pending = post(own.twinfieldLoginUrl, '/webservices/session.asmx', TWF_LOGON, logon11('demo', 'x', 'y')).catch(
			() => undefined,
		);
		await new Promise((resolve) => setTimeout(resolve, 50));
		const started = Date.now();
		await own.close();
		await pending;
		expect(Date.now() - started).toBeLessThan(1000);
	});
});
