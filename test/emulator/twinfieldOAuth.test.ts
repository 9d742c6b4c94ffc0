/** The emulator's Twinfield OAuth 2 server, spoken to as n8n and Twinfield's docs do. */
import { Emulator, startEmulator, twinfieldOAuthClient } from './index';

let emulator: Emulator;
beforeAll(async () => {
	emulator = await startEmulator({ accessTokenLifetimeSeconds: 120 });
});
afterAll(async () => await emulator.close());
beforeEach(() => emulator.reset());

const connect = () => `${emulator.twinfieldLoginUrl}/auth/authentication/connect`;
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const REDIRECT = 'http://127.0.0.1:5678/rest/oauth2-credential/callback';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;

function authorize(params: Record<string, string>) {
	const query = new URLSearchParams({ client_id: twinfieldOAuthClient.clientId, redirect_uri: REDIRECT, response_type: 'code', scope: 'openid twf.user twf.organisation twf.organisationUser offline_access', state: 's1', ...params });
	return fetch(`${connect()}/authorize?${query}`, { redirect: 'manual' });
}

function token(form: Record<string, string>, authorization = basic(twinfieldOAuthClient.clientId, twinfieldOAuthClient.clientSecret)) {
	return fetch(`${connect()}/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: authorization }, body: new URLSearchParams(form) });
}

async function codeFlow() {
	const back = new URL((await authorize({ nonce: 'n1' })).headers.get('location') ?? '');
	return await json(await token({ grant_type: 'authorization_code', code: back.searchParams.get('code') ?? '', redirect_uri: REDIRECT }));
}

describe('Twinfield OAuth 2 in the emulator', () => {
	it('authorize consents at once and redirects back with a code and the state; without a nonce it refuses', async () => {
		const ok = await authorize({ nonce: 'n1' });
		expect(ok.status).toBe(302);
		const back = new URL(ok.headers.get('location') ?? '');
		expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
		expect(back.searchParams.get('code')).toMatch(/^[0-9a-f]{32}$/);
		expect(back.searchParams.get('state')).toBe('s1');
		const noNonce = new URL((await authorize({})).headers.get('location') ?? '');
		expect(noNonce.searchParams.get('error')).toBe('invalid_request');
		expect(noNonce.searchParams.get('code')).toBeNull();
	});

	it('token: code grant once, Basic client authentication, JWTs with the twf claims and the set lifetime', async () => {
		const back = new URL((await authorize({ nonce: 'n1' })).headers.get('location') ?? '');
		const code = back.searchParams.get('code') ?? '';
		expect((await token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT }, basic('n8n-demo-client', 'wrong'))).status).toBe(400);
		const answer = await token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT });
		expect(answer.status).toBe(200);
		const tokens = await json(answer);
		expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 120, refresh_token: expect.any(String), id_token: expect.any(String) });
		const claims = JSON.parse(Buffer.from(tokens.access_token.split('.')[1], 'base64url').toString('utf8'));
		expect(claims).toMatchObject({ 'twf.clusterUrl': emulator.twinfieldClusterUrl, 'twf.organisationCode': 'DEMO-ORG', 'twf.organisationUserCode': 'demo', client_id: twinfieldOAuthClient.clientId });
		expect(claims.exp - claims.nbf).toBe(120);
		// A code works once.
		expect(await json(await token({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT }))).toEqual({ error: 'invalid_grant' });
	});

	it('refresh grant gives a new access token until the refresh token is revoked', async () => {
		const first = await codeFlow();
		const refreshed = await json(await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token }));
		expect(refreshed.access_token).not.toBe(first.access_token);
		expect(refreshed.refresh_token).toBe(first.refresh_token);
		emulator.twinfieldOAuth.revokeRefreshTokens();
		const revoked = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
		expect(revoked.status).toBe(400);
		expect(await json(revoked)).toEqual({ error: 'invalid_grant' });
	});

	it('accesstokenvalidation: claims with times as strings, 400 with Message once the token expired', async () => {
		const { access_token: accessToken } = await codeFlow();
		const valid = await fetch(`${connect()}/accesstokenvalidation?token=${accessToken}`);
		expect(valid.status).toBe(200);
		const claims = await json(valid);
		expect(claims['twf.clusterUrl']).toBe(emulator.twinfieldClusterUrl);
		expect(typeof claims.exp).toBe('string');
		await fetch(`${emulator.twinfieldLoginUrl}/_emulator/twinfield-oauth`, { method: 'POST', body: JSON.stringify({ expireAccessTokens: true }) });
		const expired = await fetch(`${connect()}/accesstokenvalidation?token=${accessToken}`);
		expect(expired.status).toBe(400);
		expect(await json(expired)).toEqual({ Message: 'invalid_token' });
	});
});
