/**
 * The Twinfield node with the OAuth 2 credential, run by n8n's workflow engine
 * against the emulator: tokens as n8n stores them (`oauthTokenData`), requests
 * through n8n-core's OAuth 2 helper, refreshes through n8n-core's refreshOAuth2Token.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { getCompanies } from '../../nodes/Twinfield/methods/loadOptions';
import { twinfieldOAuthClient, twinfieldDemo, twinfieldSmsCode, twinfieldSmsUser, twinfieldChangePasswordUser } from '../emulator';
import { MapCredentialsHelper } from './credentialsHelper';
import { postSoap, soap11, twinfieldCredential, twinfieldOAuthCredential, useEmulator, visibleText } from './harness';
import { loadOptionsContext, n8nCore, runWorkflow } from './runWorkflow';
import { chain, type Step } from './workflow';

const emulator = useEmulator();
const NS = 'http://www.twinfield.com/';

/** The OAuth 2 credential as n8n stores it once "Connect my account" has finished. */
const oauthCredential = (overrides: ICredentialDataDecryptedObject = {}) => twinfieldOAuthCredential(emulator(), undefined, overrides);

/** A new node (version 1.1): OAuth2 is its default way in. */
function oauthStep(name: string, parameters: INodeParameters, continueOnFail: Step['continueOnFail'] = false): Step {
	return { name, type: 'twinfield', typeVersion: 1.1, credentialType: 'twinfieldOAuth2Api', credential: 'oauth', parameters: { resource: 'session', ...parameters }, continueOnFail };
}

async function runOAuth(credential: ICredentialDataDecryptedObject, ...steps: Step[]) {
	return await runWorkflow(chain([{}], ...steps), { twinfieldOAuth2Api: { oauth: credential } });
}

const requestsTo = (path: string) => emulator().requests.filter((request) => request.path.toLowerCase().endsWith(path));
const soapCalls = (operation: string) => emulator().requests.filter((request) => request.operation === operation);

function processXml(session: IDataObject, request = '&lt;read&gt;&lt;type&gt;dimensions&lt;/type&gt;&lt;/read&gt;') {
	return postSoap(
		session.processXmlUrl as string,
		`${NS}ProcessXmlString`,
		soap11(`<ProcessXmlString xmlns="${NS}"><xmlRequest>${request}</xmlRequest></ProcessXmlString>`, session.soapHeader as string),
	);
}

describe('Twinfield with OAuth 2', () => {
	it('Log On checks the token, finds the cluster and outputs a header a later HTTP call can use as it is', async () => {
		const credential = oauthCredential();
		const run = await runOAuth(credential, oauthStep('Log On', { operation: 'logOn' }));
		expect(run.error).toBeUndefined();
		const [output] = run.json('Log On');
		const cluster = emulator().twinfieldClusterUrl;
		const token = (credential.oauthTokenData as IDataObject).access_token as string;
		expect(output).toMatchObject({
			authentication: 'oAuth2',
			ready: true,
			cluster,
			company: 'DEMO1',
			organisation: 'DEMO-ORG',
			user: 'demo',
			accessToken: token,
			processXmlUrl: `${cluster}/webservices/processxml.asmx`,
			finderUrl: `${cluster}/webservices/finder.asmx`,
			sessionUrl: `${cluster}/webservices/session.asmx`,
		});
		expect(output.soapHeader).toBe(
			`<Header xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><AccessToken>${token}</AccessToken><CompanyCode>DEMO1</CompanyCode><CompanyId xsi:nil="true"/></Header>`,
		);
		expect(new Date(output.tokenExpiresAt as string).getTime()).toBeGreaterThan(Date.now());
		expect(requestsTo('/accesstokenvalidation')).toHaveLength(1);
		expect(JSON.stringify(output)).not.toContain(twinfieldOAuthClient.clientSecret);
		expect(JSON.stringify(output)).not.toContain((credential.oauthTokenData as IDataObject).refresh_token as string);

		const answer = await processXml(output);
		expect(answer.status).toBe(200);
		expect(answer.body).toContain('ProcessXmlStringResult');
	});

	it('Log On uses the Company parameter over the credential, and asks for one when neither has it', async () => {
		const chosen = await runOAuth(oauthCredential(), oauthStep('Log On', { operation: 'logOn', company: 'DEMO2' }));
		expect(chosen.json('Log On')[0]).toMatchObject({ company: 'DEMO2' });
		expect(chosen.json('Log On')[0].soapHeader).toContain('<CompanyCode>DEMO2</CompanyCode>');

		const none = await runOAuth(oauthCredential({ companyCode: '' }), oauthStep('Log On', { operation: 'logOn' }));
		expect(none.error?.message).toBe('No Twinfield company chosen');
		expect(none.error?.description).toContain('Company Code in the Twinfield OAuth2 credential');
	});

	it('Log On renews a token Twinfield no longer accepts, through n8n, and stores the new one', async () => {
		const credential = oauthCredential();
		const oldToken = (credential.oauthTokenData as IDataObject).access_token;
		emulator().twinfieldOAuth.expireAccessTokens();
		const run = await runOAuth(credential, oauthStep('Log On', { operation: 'logOn' }));
		expect(run.error).toBeUndefined();
		const [output] = run.json('Log On');
		expect(output.accessToken).not.toBe(oldToken);
		expect((credential.oauthTokenData as IDataObject).access_token).toBe(output.accessToken);
		const [refresh] = requestsTo('/token');
		expect(refresh.headers.authorization).toBe(`Basic ${Buffer.from(`${twinfieldOAuthClient.clientId}:${twinfieldOAuthClient.clientSecret}`).toString('base64')}`);
		expect(new URLSearchParams(refresh.body).get('grant_type')).toBe('refresh_token');
		expect((await processXml(output)).status).toBe(200);
	});

	it('finds the cluster with accesstokenvalidation when the token has no twf.clusterUrl claim', async () => {
		const tokens = emulator().twinfieldOAuth.issueTokens('openid twf.organisationUser offline_access');
		const credential = oauthCredential({ oauthTokenData: { ...tokens } });
		const run = await runOAuth(credential, oauthStep('List', { operation: 'listCompanies' }));
		// Without twf.organisation neither the claim nor the validation names a cluster.
		expect(run.error?.message).toBe('Twinfield did not say which cluster serves this organisation');
		expect(run.error?.description).toContain('twf.organisation');
	});

	it.each(['1.1', '1.2'])('List Companies with SOAP %s: one item per office, sent through the OAuth 2 helper', async (soapVersion) => {
		const credential = oauthCredential();
		const run = await runOAuth(credential, oauthStep('List', { operation: 'listCompanies', options: { soapVersion } }));
		expect(run.error).toBeUndefined();
		expect(run.json('List')).toEqual([
			{ code: 'DEMO1', name: 'Demo company 1', shortName: 'Demo 1' },
			{ code: 'DEMO2', name: 'Demo company 2', shortName: 'Demo 2' },
		]);
		const [call] = soapCalls('ProcessXmlString');
		const token = (credential.oauthTokenData as IDataObject).access_token as string;
		// n8n's OAuth 2 helper signs every request; Twinfield reads the token from the SOAP header.
		expect(call.headers.authorization).toBe(`Bearer ${token}`);
		expect(call.body).toContain(`<AccessToken>${token}</AccessToken>`);
		expect(call.body).toContain('<CompanyId xsi:nil="true" />');
		expect(call.body).not.toContain('<CompanyCode>');
		expect(call.headers['content-type']).toContain(soapVersion === '1.1' ? 'text/xml' : 'application/soap+xml');
	});

	it('a token Twinfield stops accepting before its noted expiry: fault 354 / HTTP 401, n8n refreshes, the envelope is rebuilt and sent once more', async () => {
		const credential = oauthCredential();
		const oldToken = (credential.oauthTokenData as IDataObject).access_token as string;
		emulator().twinfieldOAuth.expireAccessTokens();
		const run = await runWorkflow(chain([{}, {}], oauthStep('List', { operation: 'listCompanies' })), { twinfieldOAuth2Api: { oauth: credential } });
		expect(run.error).toBeUndefined();
		// Two items, two companies each, from one list.
		expect(run.json('List')).toHaveLength(4);
		const calls = soapCalls('ProcessXmlString');
		expect(calls).toHaveLength(2);
		expect(calls[0].body).toContain(oldToken);
		const newToken = (credential.oauthTokenData as IDataObject).access_token as string;
		expect(newToken).not.toBe(oldToken);
		expect(calls[1].body).toContain(`<AccessToken>${newToken}</AccessToken>`);
		expect(requestsTo('/token')).toHaveLength(1);
	});

	it('a token that expires mid-run, between two steps: the second step refreshes and succeeds', async () => {
		const credential = oauthCredential();
		const helper = new MapCredentialsHelper({ twinfieldOAuth2Api: { oauth: credential } });
		// Log On's check passes; the cluster then answers the next call with HTTP 401.
		emulator().inject({ kind: 'unauthorized', service: 'twinfield', times: 1 });
		const run = await runOAuth(credential, oauthStep('Log On', { operation: 'logOn' }), oauthStep('List', { operation: 'listCompanies' }));
		expect(run.error).toBeUndefined();
		expect(run.json('List')).toHaveLength(2);
		expect(soapCalls('ProcessXmlString')).toHaveLength(2);
		expect(requestsTo('/token')).toHaveLength(1);
		expect(helper.getParentTypes('twinfieldOAuth2Api')).toEqual(['oAuth2Api']);
	});

	it('a refresh token Twinfield no longer accepts: an error that says to reconnect, with no secret in it', async () => {
		const credential = oauthCredential();
		emulator().twinfieldOAuth.expireAccessTokens();
		emulator().twinfieldOAuth.revokeRefreshTokens();
		const run = await runOAuth(credential, oauthStep('List', { operation: 'listCompanies' }));
		expect(run.error?.message).toBe('Twinfield no longer accepts the sign-in stored in the Twinfield OAuth2 credential');
		expect(run.error?.description).toContain('click "Reconnect"');
		const text = visibleText(run, 'List');
		const data = credential.oauthTokenData as IDataObject;
		for (const secret of [data.access_token, data.refresh_token, twinfieldOAuthClient.clientSecret]) expect(text).not.toContain(secret as string);
	});

	it('a credential that was never connected says so', async () => {
		const { oauthTokenData: _never, ...unconnected } = oauthCredential();
		const run = await runOAuth(unconnected, oauthStep('Log On', { operation: 'logOn' }));
		expect(run.error?.message).toBe('The Twinfield OAuth2 credential is not connected yet');
		expect(run.error?.description).toContain('Connect my account');
	});

	it('Log On With Access Token → Select Company → Get Role → Keep Alive → Log Off, each taking the session from the item', async () => {
		const run = await runOAuth(
			oauthCredential(),
			oauthStep('Session', { operation: 'accessTokenLogOn' }),
			oauthStep('Select', { operation: 'selectCompany', company: 'DEMO2' }),
			oauthStep('Role', { operation: 'getRole' }),
			oauthStep('Keep Alive', { operation: 'keepAlive' }),
			oauthStep('Log Off', { operation: 'logOff' }),
		);
		expect(run.error).toBeUndefined();
		const [session] = run.json('Session');
		expect(session).toMatchObject({ result: 'Ok', nextAction: 'None', ready: true, cluster: emulator().twinfieldClusterUrl });
		expect(session.sessionId).toMatch(/^[0-9a-f-]{36}$/);
		expect(run.json('Select')[0]).toMatchObject({ sessionId: session.sessionId, company: 'DEMO2', result: 'Ok' });
		expect(run.json('Role')[0]).toMatchObject({ role: 'admin', sessionId: session.sessionId });
		expect(run.json('Keep Alive')[0]).toMatchObject({ alive: true, sessionId: session.sessionId });
		expect(run.json('Log Off')[0]).toEqual({ loggedOff: true, sessionId: session.sessionId, cluster: emulator().twinfieldClusterUrl });
		for (const operation of ['AccessTokenLogon', 'SelectCompany', 'GetRole', 'KeepAlive', 'Abandon']) expect(soapCalls(operation)).toHaveLength(1);
		// The session is gone: a later call says so.
		const after = await postSoap(`${emulator().twinfieldClusterUrl}/webservices/session.asmx`, `${NS}KeepAlive`, soap11(`<KeepAlive xmlns="${NS}" />`, session.soapHeader as string));
		expect(after.body).toContain('not valid anymore');
	});

	it('Log On With Access Token renews an expired token once', async () => {
		const credential = oauthCredential();
		emulator().twinfieldOAuth.expireAccessTokens();
		const run = await runOAuth(credential, oauthStep('Session', { operation: 'accessTokenLogOn', options: { soapVersion: '1.2' } }));
		expect(run.error).toBeUndefined();
		expect(soapCalls('AccessTokenLogon')).toHaveLength(2);
		expect(requestsTo('/token')).toHaveLength(1);
	});

	it('Log Off after an OAuth Log On says there is no session to end', async () => {
		const run = await runOAuth(oauthCredential(), oauthStep('Log On', { operation: 'logOn' }), oauthStep('Log Off', { operation: 'logOff' }));
		expect(run.error).toBeUndefined();
		expect(run.json('Log Off')[0]).toMatchObject({ loggedOff: false });
		expect(soapCalls('Abandon')).toHaveLength(0);
	});

	it('Select Company with an unknown company explains it in plain words', async () => {
		const run = await runOAuth(oauthCredential(), oauthStep('Session', { operation: 'accessTokenLogOn' }), oauthStep('Select', { operation: 'selectCompany', company: 'NOPE' }));
		expect(run.error?.message).toBe('Twinfield does not know the company "NOPE" for this user');
		expect(run.error?.description).toContain('List Companies');
	});

	it('Twinfield rate limit (429 with Retry-After) is explained with the wait', async () => {
		emulator().inject({ kind: 'rateLimit', retryAfter: 45, service: 'twinfield' });
		const run = await runOAuth(oauthCredential(), oauthStep('List', { operation: 'listCompanies' }));
		expect(run.error?.message).toBe('Twinfield is limiting requests (HTTP 429 Too Many Requests)');
		expect(run.error?.description).toContain('Wait 45 seconds');
	});

	it('the cluster applies the company rules to token calls: 359 without company, 360 with a session too', async () => {
		const run = await runOAuth(oauthCredential(), oauthStep('Log On', { operation: 'logOn' }));
		const [output] = run.json('Log On');
		const withoutCompany = await processXml({ ...output, soapHeader: (output.soapHeader as string).replace('<CompanyCode>DEMO1</CompanyCode>', '') });
		expect(withoutCompany.body).toContain('<code>359</code>');
		const withSession = await processXml({ ...output, soapHeader: (output.soapHeader as string).replace('<AccessToken>', '<SessionID>x</SessionID><AccessToken>') });
		expect(withSession.body).toContain('<code>360</code>');
	});

	it('the credential test proves the token and names the organisation', async () => {
		const method = (await import('../../nodes/Twinfield/methods/credentialTest')).twinfieldOAuth2ApiTest;
		const ok = await method.call(new n8nCore.CredentialTestContext(), { id: '1', name: 't', type: 'twinfieldOAuth2Api', data: oauthCredential() });
		expect(ok).toEqual({ status: 'OK', message: 'Connected to Twinfield organisation DEMO-ORG as user demo' });
		emulator().twinfieldOAuth.expireAccessTokens();
		const expired = await method.call(new n8nCore.CredentialTestContext(), { id: '1', name: 't', type: 'twinfieldOAuth2Api', data: oauthCredential({ oauthTokenData: { access_token: 'x.y.z' } }) });
		expect(expired.status).toBe('Error');
		expect(expired.message).toContain('Reconnect');
		expect(expired.message).not.toContain("node's");
	});
});

describe('Twinfield session operations with user and password', () => {
	const passwordStep = (name: string, parameters: INodeParameters): Step => ({
		name,
		type: 'twinfield',
		credential: 'password',
		parameters: { resource: 'session', ...parameters },
	});
	const runPassword = async (user: typeof twinfieldSmsUser, ...steps: Step[]) =>
		await runWorkflow(chain([{}], ...steps), { twinfieldApi: { password: twinfieldCredential(emulator(), user) } });

	it('Log On → Send SMS Code → Log On With SMS Code → Select Company → List Companies → Log Off', async () => {
		const run = await runPassword(
			twinfieldSmsUser,
			passwordStep('Log On', { operation: 'logOn', options: { allowUnfinished: true } }),
			passwordStep('Send', { operation: 'sendSmsCode' }),
			passwordStep('SMS', { operation: 'smsLogOn', smsCode: twinfieldSmsCode }),
			passwordStep('Select', { operation: 'selectCompany', company: 'DEMO1' }),
			passwordStep('List', { operation: 'listCompanies' }),
		);
		expect(run.error).toBeUndefined();
		expect(run.json('Log On')[0]).toMatchObject({ ready: false, nextAction: 'SMSLogon' });
		expect(run.json('Send')[0]).toMatchObject({ codeSent: true, codeValidSeconds: 60 });
		expect(run.json('SMS')[0]).toMatchObject({ result: 'Ok', nextAction: 'None', ready: true });
		expect(run.json('Select')[0]).toMatchObject({ company: 'DEMO1' });
		expect(run.json('List').map((office) => office.code)).toEqual(['DEMO1', 'DEMO2']);
		expect(soapCalls('ProcessXmlString')[0].body).toContain('<SessionID>');
	});

	it('a wrong SMS code is explained, and the next action is kept', async () => {
		const run = await runPassword(
			twinfieldSmsUser,
			passwordStep('Log On', { operation: 'logOn', options: { allowUnfinished: true } }),
			passwordStep('SMS', { operation: 'smsLogOn', smsCode: '000000' }),
		);
		expect(run.error?.message).toBe('The SMS code is not correct');
		expect(run.error?.description).toContain('Send SMS Code');
		expect(run.error).toMatchObject({ errorResponse: { service: 'Twinfield', operation: 'SmsLogon', smsLogonResult: expect.any(String), nextAction: expect.any(String) } });
		expect(visibleText(run, 'SMS')).not.toContain(twinfieldSmsUser.password);
	});

	it('Change Password explains a password that is not different, and accepts a good one', async () => {
		const same = await runPassword(
			twinfieldChangePasswordUser,
			passwordStep('Log On', { operation: 'logOn', options: { allowUnfinished: true } }),
			passwordStep('Change', { operation: 'changePassword', currentPassword: twinfieldChangePasswordUser.password, newPassword: twinfieldChangePasswordUser.password }),
		);
		expect(same.error?.message).toBe('The new password is the same as the current one');
		const good = await runPassword(
			twinfieldChangePasswordUser,
			passwordStep('Log On', { operation: 'logOn', options: { allowUnfinished: true } }),
			passwordStep('Change', { operation: 'changePassword', currentPassword: twinfieldChangePasswordUser.password, newPassword: 'a-much-longer-one' }),
		);
		expect(good.error).toBeUndefined();
		expect(good.json('Change')[0]).toMatchObject({ passwordChanged: true, nextAction: 'None', ready: true });
		expect(JSON.stringify(good.json('Change'))).not.toContain('a-much-longer-one');
	});

	it('a session operation without a session says where to get one', async () => {
		const run = await runPassword(twinfieldSmsUser, passwordStep('Keep Alive', { operation: 'keepAlive' }));
		expect(run.error?.message).toBe('No Twinfield session ID');
		expect(run.error?.description).toContain('Log On');
		const blankSession = await runPassword(twinfieldSmsUser, passwordStep('Keep Alive', { operation: 'keepAlive', sessionId: '   ', cluster: 'https://api.accounting.twinfield.com' }));
		expect(blankSession.error?.message).toBe('No Twinfield session ID');
		const nullSession = await runPassword(twinfieldSmsUser, passwordStep('Keep Alive', { operation: 'keepAlive', sessionId: '={{ null }}', cluster: 'https://api.accounting.twinfield.com' }));
		expect(nullSession.error?.message).toBe('No Twinfield session ID');
				const noCluster = await runPassword(twinfieldSmsUser, passwordStep('Keep Alive', { operation: 'keepAlive', sessionId: 'abc', cluster: 'not an address' }));
		expect(noCluster.error?.message).toBe('No Twinfield cluster address');
		expect(noCluster.error?.description).toBe('Cluster must be the address Log On output as "cluster", for example https://api.accounting.twinfield.com.');
	});

	it('a session ended by another log-on (168) and a fault on Log On get advice that fits', async () => {
		const first = await runPassword(twinfieldSmsUser, passwordStep('Log On', { operation: 'logOn', options: { allowUnfinished: true } }));
		const [session] = first.json('Log On');
		await runPassword(twinfieldSmsUser, passwordStep('Log On', { operation: 'logOn', options: { allowUnfinished: true } }));
		const stale = await runWorkflow(chain([session], passwordStep('Send', { operation: 'sendSmsCode' })), {});
		expect(stale.error?.description).toContain('one session per user');

		emulator().inject({ kind: 'fault', service: 'twinfield' });
		const logOn = await runPassword(twinfieldSmsUser, passwordStep('Log On', { operation: 'logOn' }));
		expect(logOn.error?.description).toContain('Twinfield could not complete the log-on');
		expect(logOn.error?.description).not.toContain("node's input values");
		expect(logOn.error?.description).not.toContain('Log On step');
	});
});

describe('the Company dropdown', () => {
	it('is filled from List Companies: with OAuth2 by the token', async () => {
		const workflow = chain([{}], oauthStep('Log On', { operation: 'logOn' }));
		const context = loadOptionsContext(workflow, 'Log On', { twinfieldOAuth2Api: { oauth: oauthCredential() } });
		expect(await getCompanies.call(context)).toEqual([
			{ name: 'Demo company 1 (DEMO1)', value: 'DEMO1' },
			{ name: 'Demo company 2 (DEMO2)', value: 'DEMO2' },
		]);
		expect(soapCalls('ProcessXmlString')[0].headers.authorization).toMatch(/^Bearer /);
	});

	it('with a password: uses the session kept with the credential, so workflows keep theirs', async () => {
		const workflow = chain([{}], { name: 'Select', type: 'twinfield', credential: 'password', parameters: { resource: 'session', operation: 'selectCompany' } });
		const context = loadOptionsContext(workflow, 'Select', { twinfieldApi: { password: twinfieldCredential(emulator(), twinfieldDemo) } });
		expect((await getCompanies.call(context)).map((option) => option.value)).toEqual(['DEMO1', 'DEMO2']);
		expect((await getCompanies.call(context)).map((option) => option.value)).toEqual(['DEMO1', 'DEMO2']);
		// The list is the call that logs on the first time: nothing is checked before or after it.
		expect(soapCalls('Logon')).toHaveLength(1);
		expect(soapCalls('KeepAlive')).toHaveLength(0);
		expect(soapCalls('ProcessXmlString')).toHaveLength(2);
		expect(soapCalls('Abandon')).toHaveLength(0);
	});
});

describe('the cluster a token names', () => {
	/** A token as the credential stores it, whose twf.clusterUrl claim is `cluster` (the rest of its claims as Twinfield's). */
	function tokenNaming(cluster: string): ICredentialDataDecryptedObject {
		const credential = oauthCredential();
		const token = (credential.oauthTokenData as IDataObject).access_token as string;
		const [header, payload, signature] = token.split('.');
		const claims = { ...JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')), 'twf.clusterUrl': cluster };
		const forged = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
		return { ...credential, oauthTokenData: { ...(credential.oauthTokenData as IDataObject), access_token: forged } };
	}

	// Written by hand: what an address chosen by a service may not be.
	it.each([
		['user name and password in it', (url: string) => url.replace('http://', 'http://user:pw@')],
		['a space in it', (url: string) => `${url}/a b`],
		['a line break in it', (url: string) => `${url}\r\nX-Other: 1`],
		['a NUL in it', (url: string) => `${url}\u0000`],
		['another scheme', (url: string) => url.replace('http://', 'ftp://')],
	])('is refused with %s, and nothing is sent there', async (_case, breakIt) => {
		const cluster = breakIt(emulator().twinfieldClusterUrl);
		const run = await runOAuth(tokenNaming(cluster), oauthStep('List', { operation: 'listCompanies' }));
		expect(run.error?.message).toBe('Twinfield named a cluster address that cannot be used');
		expect(soapCalls('ProcessXmlString')).toHaveLength(0);
	});

	it('may be plain http only when the credential itself uses plain http', async () => {
		const credential = tokenNaming(emulator().twinfieldClusterUrl);
		const run = await runOAuth(credential, oauthStep('List', { operation: 'listCompanies' }));
		expect(run.error).toBeUndefined();
		const secure = { ...credential, accessTokenUrl: (credential.accessTokenUrl as string).replace('http://', 'https://') };
		const refused = await runOAuth(secure, oauthStep('List', { operation: 'listCompanies' }));
		expect(refused.error?.message).toBe('Twinfield named a cluster address that cannot be used');
	});
});

describe("Twinfield's token check when it misbehaves", () => {
	const logOnStep = (options = {}) => oauthStep('Log On', { operation: 'logOn', options });

	it('keeps the Timeout option: a check that never answers ends at the deadline', async () => {
		emulator().inject({ kind: 'slow', operation: 'accesstokenvalidation', service: 'twinfield', delayMs: 5000 });
		const started = Date.now();
		const run = await runOAuth(oauthCredential(), logOnStep({ timeout: 1 }));
		expect(run.error?.message).toBe('Twinfield did not answer the access token check within 1 second');
		expect(Date.now() - started).toBeLessThan(4000);
	});

	// Written by hand: each status named for what it is, not as a refused token.
	it.each([
		[{ kind: 'serverError' }, 'Twinfield could not check the access token (HTTP 503)'],
		[{ kind: 'rateLimit', retryAfter: 5 }, 'Twinfield is limiting requests (HTTP 429 Too Many Requests)'],
		[{ kind: 'html' }, 'Twinfield could not check the access token (HTTP 502)'],
		[{ kind: 'unauthorized' }, 'Twinfield did not accept the access token (HTTP 401)'],
	])('names the cause of %j', async (injection, message) => {
		emulator().inject({ ...injection, operation: 'accesstokenvalidation', service: 'twinfield' } as Parameters<ReturnType<typeof emulator>['inject']>[0]);
		const run = await runOAuth(oauthCredential(), logOnStep());
		expect(run.error?.message).toBe(message);
	});
});
