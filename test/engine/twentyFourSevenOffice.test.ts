/**
 * The 24SevenOffice node run by n8n's workflow engine against the emulator over HTTP.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { tsoBlockedIdentityId, tsoDemo, tsoIdentities, tsoSpecial, type TsoUser } from '../emulator';
import { runWorkflow } from './runWorkflow';
import { postSoap, runStep, soap11, tsoCredential, useEmulator, visibleText } from './harness';
import { chain } from './workflow';

const emulator = useEmulator({ loginsBeforeThrottle: 4 });
const TSO = 'http://24sevenOffice.com/webservices';
/** Session ID taken from the incoming item, as a workflow after a Log In step sets it. */
const FROM_ITEM = { sessionId: '={{ $json.sessionId }}' };

function step(
	operation: string,
	parameters: INodeParameters = {},
	user: TsoUser = tsoDemo,
	items: object[] = [{}],
	continueOnFail = false,
	staticData?: IDataObject,
) {
	return runStep(
		{ name: '24SevenOffice', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation, ...parameters }, continueOnFail },
		'twentyFourSevenOfficeApi',
		tsoCredential(emulator(), user),
		items,
		staticData,
	);
}

const requestsFor = (operation: string) => emulator().requests.filter((request) => request.operation === operation);

async function logIn(): Promise<IDataObject> {
	const run = await step('logIn');
	expect(run.error).toBeUndefined();
	return run.json('24SevenOffice')[0];
}

async function clientInformation(cookie: string) {
	return await postSoap(
		`${emulator().twentyFourSevenOfficeUrl}/Client/V001/ClientService.asmx`,
		`${TSO}/GetClientInformation`,
		soap11(`<GetClientInformation xmlns="${TSO}" />`),
		{ Cookie: cookie },
	);
}

describe('24SevenOffice Log In', () => {
	it('logs in and outputs the session ID and the cookie for later steps', async () => {
		const session = await logIn();
		expect(session.sessionId).toMatch(/^[a-z0-5]{24}$/);
		expect(session).toMatchObject({ authenticated: true, cookie: `ASP.NET_SessionId=${String(session.sessionId)}` });
		const [request] = requestsFor('Login');
		expect(request.path).toBe('/authenticate/v001/authenticate.asmx');
		expect(request.headers['content-type']).toBe('text/xml; charset=utf-8');
		expect(request.headers.soapaction).toBe(`"${TSO}/Login"`);
		expect(request.values).toMatchObject({ ApplicationId: tsoDemo.applicationId, IdentityId: tsoDemo.identityId, Username: tsoDemo.username, Password: tsoDemo.password });

		const answer = await clientInformation(session.cookie as string);
		expect(answer.status).toBe(200);
		expect(answer.body).toContain(tsoIdentities.demoDefault.clientName);
	});

	it('logs in with SOAP 1.2', async () => {
		const run = await step('logIn', { options: { soapVersion: '1.2' } });
		expect(run.json('24SevenOffice')[0].authenticated).toBe(true);
		expect(requestsFor('Login')[0].headers['content-type']).toBe('application/soap+xml; charset=utf-8');
	});

	it('delivers a password with & < > " \' byte-exact', async () => {
		const run = await step('logIn', {}, tsoSpecial);
		expect(run.json('24SevenOffice')[0].authenticated).toBe(true);
		expect(requestsFor('Login')[0].values?.Password).toBe(tsoSpecial.password);
	});

	it('treats an empty LoginResult as a failed log-in, without showing the password', async () => {
		const run = await step('logIn', {}, { ...tsoDemo, password: 'wrong<&>pw' });
		expect(run.error?.message).toBe('24SevenOffice refused the log-in');
		expect(visibleText(run, '24SevenOffice')).not.toContain('wrong<&>pw');
	});

	it('explains a wrong application ID', async () => {
		const run = await step('logIn', {}, { ...tsoDemo, applicationId: '11111111-2222-3333-4444-555555555555' });
		expect(run.error?.message).toMatch(/^24SevenOffice rejected Login: .*ApplicationId/);
		expect(run.error?.description).toContain('Check the Application ID in the credential');
	});

	it('refuses an application ID that is not a GUID before sending anything', async () => {
		const run = await step('logIn', {}, { ...tsoDemo, applicationId: 'not-a-guid' });
		expect(run.error?.message).toBe('The Application ID in the 24SevenOffice credential is not a valid ID');
		expect(emulator().requests).toHaveLength(0);
	});

	it('explains a blocked identity', async () => {
		const run = await step('logIn', {}, { ...tsoDemo, identityId: tsoBlockedIdentityId });
		expect(run.error?.message).toMatch(/Provided IdentityId is blocked/);
		expect(run.error?.description).toContain('identity (company) chosen in the credential is blocked');
	});

	it('explains the hourly limit with the end of the quarantine', async () => {
		let run;
		for (let attempt = 0; attempt < 6; attempt++) run = await step('logIn');
		expect(run!.error?.message).toMatch(/^24SevenOffice rejected Login: .*Limit exceeded/);
		// The end time shows once, in the message, and the advice names its time zone.
		expect(run!.error?.message).toMatch(/Quarantine ends at \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
		expect(run!.error?.description).not.toMatch(/\d{2}:\d{2}:\d{2}/);
		expect(run!.error?.description).toContain('the time above is UTC');
		expect(run!.error?.description).toContain('session stored with the credential');
	});

	it('logs in once for many items', async () => {
		const run = await step('logIn', {}, tsoDemo, [{}, {}, {}]);
		expect(new Set(run.json('24SevenOffice').map((json) => json.sessionId)).size).toBe(1);
		expect(requestsFor('Login')).toHaveLength(1);
	});
});

describe('24SevenOffice Check Session', () => {
	it('sends HasSession as the help page shows, with the session cookie', async () => {
		const session = await logIn();
		const run = await step('checkSession', FROM_ITEM, tsoDemo, [session]);
		expect(run.json('24SevenOffice')[0]).toEqual({ sessionId: session.sessionId, authenticated: true, cookie: session.cookie });
		const [request] = requestsFor('HasSession');
		expect(request.headers.cookie).toBe(session.cookie);
		expect(request.headers.soapaction).toBe(`"${TSO}/HasSession"`);
		expect(request.body).toContain(`<soap:Body>\n    <HasSession xmlns="${TSO}" />\n  </soap:Body>`);
	});

	it('works with SOAP 1.2 as the help page shows', async () => {
		const session = await logIn();
		const run = await step('checkSession', { ...FROM_ITEM, options: { soapVersion: '1.2' } }, tsoDemo, [session]);
		expect(run.json('24SevenOffice')[0].authenticated).toBe(true);
		const [request] = requestsFor('HasSession');
		expect(request.headers['content-type']).toBe('application/soap+xml; charset=utf-8');
		expect(request.headers.soapaction).toBeUndefined();
		expect(request.body).toContain(`<soap12:Body>\n    <HasSession xmlns="${TSO}" />\n  </soap12:Body>`);
	});

	it('answers false, not an error, for an expired, unknown or missing session', async () => {
		const session = await logIn();
		emulator().expireSessions();
		const expired = await step('checkSession', FROM_ITEM, tsoDemo, [session]);
		expect(expired.error).toBeUndefined();
		// No cookie for a session that is not logged in.
		expect(expired.json('24SevenOffice')[0]).toEqual({ sessionId: session.sessionId, authenticated: false });
		const unknown = await step('checkSession', { sessionId: 'abcdefabcdefabcdefabcdef' });
		expect(unknown.json('24SevenOffice')[0].authenticated).toBe(false);
		// Nothing given and nothing stored with the credential: nothing to ask.
		const before = requestsFor('HasSession').length;
		const missing = await step('checkSession', { sessionId: '' });
		expect(missing.json('24SevenOffice')[0]).toEqual({ sessionId: '', authenticated: false });
		expect(requestsFor('HasSession')).toHaveLength(before);
	});

	it('refuses a session ID that would change the Cookie header', async () => {
		const run = await step('checkSession', { sessionId: 'abc; other=1' });
		expect(run.error?.message).toBe('The session ID is not a 24SevenOffice session ID');
		expect(run.error?.description).toBe('It may contain only letters, digits, - and _. Use the sessionId output of a Log In or Ensure Session step.');
		expect(emulator().requests).toHaveLength(0);
	});

	it('chains Log In → Check Session in one workflow', async () => {
		const run = await runWorkflow(
			chain(
				[{}],
				{ name: 'Log In', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation: 'logIn' }, credential: 'c' },
				{ name: 'Check Session', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation: 'checkSession', ...FROM_ITEM }, credential: 'c' },
			),
			{ twentyFourSevenOfficeApi: { c: tsoCredential(emulator(), tsoDemo) } },
		);
		expect(run.error).toBeUndefined();
		expect(run.json('Check Session')[0]).toMatchObject({ sessionId: run.json('Log In')[0].sessionId, authenticated: true });
	});
});

describe('24SevenOffice Ensure Session', () => {
	it('reuses a live session without logging in', async () => {
		const session = await logIn();
		const run = await step('ensureSession', FROM_ITEM, tsoDemo, [session]);
		expect(run.json('24SevenOffice')[0]).toEqual({ sessionId: session.sessionId, cookie: session.cookie, authenticated: true, reused: true });
		expect(requestsFor('Login')).toHaveLength(1);
	});

	it('logs in again after the session expired, and the new cookie works', async () => {
		const session = await logIn();
		emulator().expireSessions();
		const run = await step('ensureSession', FROM_ITEM, tsoDemo, [session]);
		const fresh = run.json('24SevenOffice')[0];
		expect(fresh).toMatchObject({ authenticated: true, reused: false });
		expect(fresh.sessionId).not.toBe(session.sessionId);
		expect(requestsFor('Login')).toHaveLength(2);
		expect((await clientInformation(fresh.cookie as string)).status).toBe(200);
		expect((await clientInformation(session.cookie as string)).status).toBe(500);
	});

	it('logs in when no session is given, once for all items', async () => {
		const run = await step('ensureSession', {}, tsoDemo, [{}, {}, {}]);
		const sessions = run.json('24SevenOffice');
		expect(sessions).toHaveLength(3);
		expect(new Set(sessions.map((json) => json.sessionId)).size).toBe(1);
		expect(requestsFor('Login')).toHaveLength(1);
	});

	it('checks a session once for many items carrying it', async () => {
		const session = await logIn();
		const run = await step('ensureSession', FROM_ITEM, tsoDemo, [session, session, session]);
		expect(run.json('24SevenOffice').every((json) => json.reused === true)).toBe(true);
		expect(requestsFor('HasSession')).toHaveLength(1);
	});


	it('with Continue On Fail, a refused log-in becomes error items', async () => {
		const run = await step('ensureSession', {}, { ...tsoDemo, password: 'bad' }, [{}, {}], true);
		expect(run.error).toBeUndefined();
		expect(run.output('24SevenOffice').map((item) => [item.json.error, item.pairedItem])).toEqual([
			['24SevenOffice refused the log-in', { item: 0 }],
			['24SevenOffice refused the log-in', { item: 1 }],
		]);
	});
});

describe('24SevenOffice identities', () => {
	it('lists the identities of the session, one item each', async () => {
		const session = await logIn();
		const run = await step('getIdentities', FROM_ITEM, tsoDemo, [session]);
		const identities = run.json('24SevenOffice');
		expect(identities.map((identity) => identity.Id)).toEqual([tsoIdentities.demoDefault.id, tsoIdentities.demoSecond.id]);
		expect(identities[0]).toMatchObject({ sessionId: session.sessionId, cookie: session.cookie });
		// Real booleans and numbers, so an IF node can compare them.
		expect(identities[0]).toMatchObject({
			IsCurrent: true,
			IsDefault: true,
			User: { Id: tsoIdentities.demoDefault.userId },
			Client: { Id: tsoIdentities.demoDefault.clientId, Name: tsoIdentities.demoDefault.clientName },
		});
		expect(identities[1]).toMatchObject({ IsCurrent: false, IsDefault: false });
		expect(run.output('24SevenOffice').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('types every value of an identity, nested ones too, as its schema says', async () => {
		const session = await logIn();
		const run = await step('getIdentities', FROM_ITEM, tsoDemo, [session]);
		expect(run.json('24SevenOffice')).toEqual([
			{
				Id: '3f2a9c1e-7b64-4d0a-9c85-2e61d4b7a901',
				User: { Id: 1001, Name: 'Demo User', ContactId: 3001, EmployeeId: 4001 },
				Client: { Id: 2001, Name: 'Demo Company AS' },
				IsCurrent: true,
				IsDefault: true,
				IsProtected: false,
				IsDisabled: false,
				sessionId: session.sessionId,
				cookie: session.cookie,
			},
			{
				Id: '8c41e7d2-05ab-4f36-b1d9-6a7e23c9f402',
				User: { Id: 1001, Name: 'Demo User', ContactId: 3002, EmployeeId: 4002 },
				Client: { Id: 2002, Name: 'Second Company AS' },
				IsCurrent: false,
				IsDefault: false,
				IsProtected: true,
				IsDisabled: false,
				sessionId: session.sessionId,
				cookie: session.cookie,
			},
		]);
	});

	it('switches the session to another identity', async () => {
		const session = await logIn();
		const run = await step('setIdentity', { ...FROM_ITEM, identityId: tsoIdentities.demoSecond.id }, tsoDemo, [session]);
		expect(run.json('24SevenOffice')[0]).toEqual({
			sessionId: session.sessionId,
			cookie: session.cookie,
			identityId: tsoIdentities.demoSecond.id,
			switched: true,
			switchedByItem: 0,
		});
		expect((await clientInformation(session.cookie as string)).body).toContain(tsoIdentities.demoSecond.clientName);
	});

	it('stops when the service does not switch', async () => {
		const session = await logIn();
		const run = await step('setIdentity', { ...FROM_ITEM, identityId: tsoIdentities.special.id }, tsoDemo, [session]);
		expect(run.error?.message).toBe(`24SevenOffice did not switch to identity ${tsoIdentities.special.id}`);
	});

	it('refuses an identity ID that is not a GUID', async () => {
		const run = await step('setIdentity', { identityId: 'company 2', sessionId: 'abcdefabcdefabcdefabcdef' });
		expect(run.error?.message).toBe('The Identity ID is not a valid ID');
	});


	it('explains a call without a live session', async () => {
		const run = await step('getIdentities', { sessionId: 'abcdefabcdefabcdefabcdef' });
		expect(run.error?.message).toMatch(/^24SevenOffice rejected GetIdentities: .*Not authenticated/);
		expect(run.error?.description).toContain("Leave Session ID empty to use the credential's session");
	});
});

describe('24SevenOffice when the service misbehaves', () => {
	it.each([
		[{ kind: 'rateLimit', retryAfter: 5 }, '24SevenOffice is limiting requests (HTTP 429 Too Many Requests)'],
		[{ kind: 'html' }, '24SevenOffice could not handle HasSession (HTTP 502)'],
		[{ kind: 'empty' }, '24SevenOffice sent an empty answer to HasSession'],
		[{ kind: 'fault' }, '24SevenOffice rejected HasSession: Injected failure.'],
	] as const)('explains %j', async (injection, message) => {
		emulator().inject({ ...injection, service: '24sevenoffice' });
		const run = await step('checkSession', { sessionId: 'abcdefabcdefabcdefabcdef' });
		expect(run.error?.message).toBe(message);
		expect(run.error?.context?.itemIndex).toBe(0);
	});
});

describe('a 24SevenOffice credential that cannot be read', () => {
	it('fails each item under Continue On Fail, and the workflow goes on', async () => {
		// The node names a credential the store does not hold: n8n cannot hand it over.
		const run = await runWorkflow(
			chain([{}, {}] as never, { name: '24SevenOffice', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation: 'ensureSession' }, credential: 'missing', continueOnFail: true }),
			{ twentyFourSevenOfficeApi: { test: tsoCredential(emulator(), tsoDemo) } },
		);
		expect(run.error).toBeUndefined();
		const items = run.json('24SevenOffice');
		expect(items).toHaveLength(2);
		for (const item of items) expect(typeof item.error).toBe('string');
		expect(requestsFor('Login')).toHaveLength(0);
	});
});
