/**
 * The Twinfield node run by n8n's workflow engine against the emulator over HTTP.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { twinfieldDemo, twinfieldSpecial, twinfieldUsers, type TwinfieldUser } from '../emulator';
import { postSoap, runStep, soap11, twinfieldCredential, useEmulator, visibleText } from './harness';

const emulator = useEmulator();

function logOn(
	user: Pick<TwinfieldUser, 'user' | 'password' | 'organisation'>,
	options: INodeParameters = {},
	items: object[] = [{}],
	continueOnFail: boolean | 'errorOutput' = false,
) {
	return runStep(
		{ name: 'Twinfield', type: 'twinfield', parameters: { resource: 'session', operation: 'logOn', options }, continueOnFail },
		'twinfieldApi',
		twinfieldCredential(emulator(), user),
		items,
	);
}

const logons = () => emulator().requests.filter((request) => request.operation === 'Logon');

async function processXml(session: IDataObject) {
	return await postSoap(
		session.processXmlUrl as string,
		'http://www.twinfield.com/ProcessXmlString',
		soap11(
			'<ProcessXmlString xmlns="http://www.twinfield.com/"><xmlRequest>&lt;read&gt;&lt;type&gt;dimensions&lt;/type&gt;&lt;/read&gt;</xmlRequest></ProcessXmlString>',
			session.soapHeader as string,
		),
	);
}

describe('Twinfield Log On', () => {
	it('logs on with SOAP 1.1 exactly as the help page shows and outputs the session', async () => {
		const run = await logOn(twinfieldDemo);
		expect(run.error).toBeUndefined();
		const [session] = run.json('Twinfield');
		const cluster = emulator().twinfieldClusterUrl;
		expect(session).toMatchObject({
			result: 'Ok',
			nextAction: 'None',
			ready: true,
			cluster,
			sessionUrl: `${cluster}/webservices/session.asmx`,
			processXmlUrl: `${cluster}/webservices/processxml.asmx`,
			finderUrl: `${cluster}/webservices/finder.asmx`,
		});
		expect(session.sessionId).toMatch(/^[0-9a-f-]{36}$/);
		expect(session.accessToken).toEqual(expect.any(String));
		expect(session.soapHeader).toBe(`<Header xmlns="http://www.twinfield.com/"><SessionID>${String(session.sessionId)}</SessionID></Header>`);
		expect(JSON.stringify(session)).not.toContain(twinfieldDemo.password);

		const [request] = logons();
		expect(request.service).toBe('twinfield-login');
		expect(request.path).toBe('/webservices/session.asmx');
		expect(request.headers['content-type']).toBe('text/xml; charset=utf-8');
		expect(request.headers.soapaction).toBe('"http://www.twinfield.com/Logon"');
		expect(request.body).toBe(
			'<?xml version="1.0" encoding="utf-8"?>\n' +
				'<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n' +
				'  <soap:Body>\n' +
				'    <Logon xmlns="http://www.twinfield.com/">\n' +
				'      <user>demo</user>\n' +
				'      <password>demo-password</password>\n' +
				'      <organisation>DEMO-ORG</organisation>\n' +
				'    </Logon>\n' +
				'  </soap:Body>\n' +
				'</soap:Envelope>',
		);
	});

	it('logs on with SOAP 1.2 when asked', async () => {
		// The log-on kept with the credential is n8n's and speaks 1.1; a log-on of the node itself follows the option.
		const run = await logOn(twinfieldDemo, { soapVersion: '1.2', allowUnfinished: true });
		expect(run.error).toBeUndefined();
		expect(run.json('Twinfield')[0]).toMatchObject({ result: 'Ok', ready: true });
		const [request] = logons();
		expect(request.headers['content-type']).toBe('application/soap+xml; charset=utf-8');
		expect(request.headers.soapaction).toBeUndefined();
		expect(request.body).toContain('<soap12:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap12="http://www.w3.org/2003/05/soap-envelope">');
	});

	it('hands on a session that works for the next step (ProcessXml on the cluster)', async () => {
		const [session] = (await logOn(twinfieldDemo)).json('Twinfield');
		const answer = await processXml(session);
		expect(answer.status).toBe(200);
		expect(answer.body).toContain('ProcessXmlStringResult');
	});

	it('delivers credentials with & < > " \' byte-exact', async () => {
		const run = await logOn(twinfieldSpecial, { soapVersion: '1.2' });
		expect(run.error).toBeUndefined();
		expect(run.json('Twinfield')[0].result).toBe('Ok');
		const [request] = logons();
		expect(request.values).toMatchObject({ user: 'special', password: twinfieldSpecial.password, organisation: twinfieldSpecial.organisation });
	});

	/**
	 * What each LogonResult other than Ok means for the user, written by hand
	 * from the vendor's documentation (the values on Twinfield's Logon page, the
	 * meanings its docs give): the message must say what happened, the advice
	 * what to do.
	 */
	const MEANINGS: Record<string, [happened: RegExp, toDo: RegExp]> = {
		Blocked: [/blocked/i, /administrator/i],
		Untrusted: [/not trust/i, /website|administrator/i],
		Invalid: [/user name, password or organisation/i, /check/i],
		Deleted: [/deleted/i, /existing user/i],
		Disabled: [/disabled/i, /enable|another credential/i],
		OrganisationInactive: [/organisation is inactive/i, /subscription|code/i],
		ClientInvalid: [/client/i, /allow/i],
		Failed: [/could not complete/i, /try again/i],
		TokenInvalid: [/token/i, /reconnect/i],
		NoAvailableCompanies: [/no compan/i, /at least one company/i],
		OAuth2AuthenticationRequired: [/OAuth 2/i, /OAuth2 credential/i],
	};

	const failing = twinfieldUsers.filter((user) => user.result !== 'Ok');
	it.each(failing.map((user) => [user.result, user] as const))('explains LogonResult %s as the vendor means it', async (result, user) => {
		const run = await logOn(user);
		const [happened, toDo] = MEANINGS[result];
		expect(run.error?.message).toMatch(happened);
		expect(run.error?.description).toMatch(toDo);
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(visibleText(run, 'Twinfield')).not.toContain(user.password);
	});

	it("the emulator's users (and a wrong password, for Invalid) cover every LogonResult the vendor documents", () => {
		expect([...new Set([...failing.map((user) => user.result), 'Invalid'])].sort()).toEqual(Object.keys(MEANINGS).sort());
	});

	it('answers Invalid for a wrong password, without showing it', async () => {
		const run = await logOn({ ...twinfieldDemo, password: 'wrong&<secret>' });
		expect(run.error?.message).toBe('Twinfield rejected the user name, password or organisation');
		expect(visibleText(run, 'Twinfield')).not.toContain('wrong&<secret>');
		expect(visibleText(run, 'Twinfield')).not.toContain('wrong&amp;');
	});

	// Written by hand: what the user must be told a session still waits for.
	it.each([
		['sms-user', 'SMSLogon', /SMS code/],
		['change-password', 'ChangePassword', /new password/i],
	])('does not take a session waiting for %s as ready', async (user, nextAction, waitsFor) => {
		const seeded = twinfieldUsers.find((candidate) => candidate.user === user)!;
		const run = await logOn(seeded);
		expect(run.error?.message).toMatch(waitsFor);

		const allowed = await logOn(seeded, { allowUnfinished: true });
		expect(allowed.error).toBeUndefined();
		const [session] = allowed.json('Twinfield');
		expect(session).toMatchObject({ result: 'Ok', nextAction, ready: false });
		// The emulator, like Twinfield, refuses other calls until the next action is done.
		expect((await processXml(session)).status).toBe(500);
	});

	it('logs on once for many items, so every item gets a live session', async () => {
		const run = await logOn(twinfieldDemo, {}, [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }, { n: 5 }]);
		const output = run.output('Twinfield');
		expect(output).toHaveLength(5);
		expect(output.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3, 4].map((item) => ({ item })));
		expect(new Set(output.map((item) => item.json.sessionId)).size).toBe(1);
		expect(logons()).toHaveLength(1);
		expect((await processXml(output[4].json)).status).toBe(200);
	});

	it('with Continue On Fail, turns a failed logon into error items and goes on', async () => {
		const run = await logOn({ ...twinfieldDemo, password: 'nope' }, {}, [{}, {}, {}], true);
		expect(run.error).toBeUndefined();
		const output = run.output('Twinfield');
		expect(output).toHaveLength(3);
		for (const [index, item] of output.entries()) {
			expect(item.json.error).toBe('Twinfield rejected the user name, password or organisation');
			expect(item.pairedItem).toEqual({ item: index });
		}
		expect(logons()).toHaveLength(1);
	});

	it('logs on once even when an option is an expression that differs per item', async () => {
		const run = await logOn(twinfieldDemo, { timeout: '={{ 30 + $itemIndex }}' }, [{}, {}, {}]);
		expect(new Set(run.json('Twinfield').map((json) => json.sessionId)).size).toBe(1);
		expect(logons()).toHaveLength(1);
	});

	it('with Continue (Using Error Output), sends failed items to the error output', async () => {
		const run = await logOn({ ...twinfieldDemo, password: 'nope' }, {}, [{}, {}], 'errorOutput');
		expect(run.error).toBeUndefined();
		expect(run.output('Twinfield', 0)).toEqual([]);
		const failed = run.output('Twinfield', 1);
		expect(failed.map((item) => item.json.error)).toEqual([
			'Twinfield rejected the user name, password or organisation',
			'Twinfield rejected the user name, password or organisation',
		]);
		expect(failed[0].json.details).toContain('Check the user, password and organisation');
	});

	it('shows that a later logon ends the earlier session', async () => {
		const [first] = (await logOn(twinfieldDemo)).json('Twinfield');
		await logOn(twinfieldDemo);
		const answer = await processXml(first);
		expect(answer.status).toBe(500);
		expect(answer.body).toContain('168');
	});
});

describe('Twinfield Log On when the service misbehaves', () => {
	const cases: Array<[string, Parameters<ReturnType<typeof emulator>['inject']>[0], RegExp, INodeParameters?]> = [
		['a SOAP fault', { kind: 'fault', faultString: 'Server was unable to process request. ---> Boom.' }, /^Twinfield rejected Logon: Boom\.$/],
		['an HTML error page', { kind: 'html' }, /^Twinfield could not handle Logon \(HTTP 502\)$/],
		['an empty body', { kind: 'empty' }, /^Twinfield sent an empty answer to Logon$/],
		['a truncated body', { kind: 'truncated' }, /^(Twinfield sent an incomplete answer to Logon|The connection to Twinfield closed before the answer was complete)$/],
		['a 429', { kind: 'rateLimit', retryAfter: 12 }, /^Twinfield is limiting requests \(HTTP 429 Too Many Requests\)$/],
		['a 503', { kind: 'serverError' }, /^Twinfield could not handle Logon \(HTTP 503\)$/],
		['a 401', { kind: 'unauthorized' }, /^Twinfield denied access to Logon \(HTTP 401\)$/],
		['a 403', { kind: 'forbidden' }, /^Twinfield denied access to Logon \(HTTP 403\)$/],
		// The node's own log-on (not the one kept with the credential) follows the Timeout option.
		['a slow answer', { kind: 'slow', delayMs: 3000 }, /^Twinfield did not answer Logon within 1 second$/, { timeout: 1, allowUnfinished: true }],
	];

	it.each(cases)('explains %s', async (_name, injection, message, options = {}) => {
		emulator().inject({ ...injection, service: 'twinfield' });
		const run = await logOn(twinfieldDemo, options);
		expect(run.error?.message).toMatch(message);
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(visibleText(run, 'Twinfield')).not.toContain(twinfieldDemo.password);
	});

	it('says how long to wait after a 429', async () => {
		emulator().inject({ kind: 'rateLimit', retryAfter: 12, service: 'twinfield' });
		const run = await logOn(twinfieldDemo);
		expect(run.error?.description).toContain('Wait 12 seconds');
		expect(run.error?.httpCode).toBe('429');
	});

	it('with Continue On Fail, gives every item the error and the workflow goes on', async () => {
		emulator().inject({ kind: 'html', service: 'twinfield' });
		const run = await logOn(twinfieldDemo, {}, [{}, {}], true);
		expect(run.error).toBeUndefined();
		expect(run.json('Twinfield').map((json) => json.error)).toEqual([
			'Twinfield could not handle Logon (HTTP 502)',
			'Twinfield could not handle Logon (HTTP 502)',
		]);
	});

	it('explains a log-in URL where nothing listens', async () => {
		const run = await runStep(
			{ name: 'Twinfield', type: 'twinfield', parameters: { resource: 'session', operation: 'logOn' } },
			'twinfieldApi',
			{ ...twinfieldCredential(emulator(), twinfieldDemo), loginUrl: 'http://127.0.0.1:9' },
		);
		expect(run.error?.message).toBe('Could not connect to Twinfield at 127.0.0.1:9');
	});

	it('explains it too when the log-on of the session kept with the credential cannot connect', async () => {
		const run = await runStep(
			{ name: 'Twinfield', type: 'twinfield', parameters: { resource: 'xml', operation: 'processXml', message: '<list><type>offices</type></list>' } },
			'twinfieldApi',
			{ ...twinfieldCredential(emulator(), twinfieldDemo), loginUrl: 'http://127.0.0.1:9' },
		);
		expect(run.error?.name).toBe('NodeApiError');
		expect(run.error?.message).toBe('Could not connect to Twinfield at 127.0.0.1:9');
	});
});
