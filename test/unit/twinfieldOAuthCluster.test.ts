/** Where an OAuth 2 token's cluster comes from, and what each answer of Twinfield's token check means, with n8n's helpers faked. */
import { NodeApiError, type IExecuteFunctions, type INode } from 'n8n-workflow';

import { connectUrl, tokenClaims, tokenRejected, TwinfieldOAuth } from '../../nodes/Twinfield/transport/oauth';

const node: INode = { id: '1', name: 'Twinfield', type: 'twinfield', typeVersion: 1, position: [0, 0], parameters: {} };
const TOKEN_URL = 'https://login.twinfield.test/auth/authentication/connect/token';
const CLUSTER = 'https://api.accounting2.twinfield.test';

/** A JWT whose payload holds these claims; the signature is not read. */
const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

interface Answer {
	statusCode: number;
	body: unknown;
}

function functionsAnswering(accessToken: string, answers: Answer[]) {
	const asked: Array<{ url: string; qs: unknown }> = [];
	const functions = {
		getCredentials: async () => ({ accessTokenUrl: TOKEN_URL, oauthTokenData: { access_token: accessToken } }),
		helpers: {
			httpRequest: async (request: { url: string; qs: unknown }) => {
				asked.push({ url: request.url, qs: request.qs });
				const answer = answers.shift();
				if (!answer) throw new Error('no answer left');
				return answer;
			},
		},
	} as unknown as IExecuteFunctions;
	return { functions, asked };
}

async function clusterOf(accessToken: string, verify: boolean, answers: Answer[]) {
	const { functions, asked } = functionsAnswering(accessToken, answers);
	const oauth = await TwinfieldOAuth.load(functions, node, 0, 5000);
	return { cluster: await oauth.cluster(0, verify), asked };
}

describe('the cluster of a token', () => {
	test("a token without claims (a reference token) gets its cluster from Twinfield's token check", async () => {
		for (const verify of [false, true]) {
			const { cluster, asked } = await clusterOf('opaque-reference-token', verify, [{ statusCode: 200, body: { 'twf.clusterUrl': `${CLUSTER}/` } }]);
			expect(cluster).toBe(CLUSTER);
			expect(asked).toEqual([{ url: 'https://login.twinfield.test/auth/authentication/connect/accesstokenvalidation', qs: { token: 'opaque-reference-token' } }]);
		}
	});

	test('a claimed cluster is used without a check, and over the check when the token is verified', async () => {
		const token = jwt({ 'twf.clusterUrl': CLUSTER });
		expect(await clusterOf(token, false, [])).toEqual({ cluster: CLUSTER, asked: [] });
		const verified = await clusterOf(token, true, [{ statusCode: 200, body: { 'twf.clusterUrl': 'https://api.accounting9.twinfield.test' } }]);
		expect(verified.cluster).toBe(CLUSTER);
		expect(verified.asked).toHaveLength(1);
	});

	test('an empty claim counts as none', async () => {
		const { cluster } = await clusterOf(jwt({ 'twf.clusterUrl': '' }), false, [{ statusCode: 200, body: { 'twf.clusterUrl': CLUSTER } }]);
		expect(cluster).toBe(CLUSTER);
	});

	test('no cluster anywhere asks for the scope that gives one', async () => {
		await expect(clusterOf('opaque', true, [{ statusCode: 200, body: { scope: ['openid'] } }])).rejects.toMatchObject({
			message: 'Twinfield did not say which cluster serves this organisation',
			description: expect.stringContaining('"twf.organisation"'),
		});
	});

	test('a cluster address with user-info is refused', async () => {
		await expect(clusterOf(jwt({ 'twf.clusterUrl': 'https://user:pw@api.twinfield.test' }), false, [])).rejects.toMatchObject({
			message: 'Twinfield named a cluster address that cannot be used',
			errorResponse: { service: 'Twinfield', operation: 'accesstokenvalidation' },
		});
	});
});

describe("the token check's answers", () => {
	test.each([
		[401, 'Twinfield did not accept the access token (HTTP 401)', 'Open the Twinfield OAuth2 credential and reconnect it. If that does not help, check its Access Token URL.'],
		[403, 'Twinfield did not accept the access token (HTTP 403)', 'Open the Twinfield OAuth2 credential and reconnect it. If that does not help, check its Access Token URL.'],
		[404, 'Twinfield has no token check at this address (HTTP 404)', 'Check the Access Token URL in the Twinfield OAuth2 credential: it should end in /connect/token.'],
		[429, 'Twinfield is limiting requests (HTTP 429 Too Many Requests)', 'Wait a minute and run the workflow again; fewer runs at the same time help.'],
		[302, 'Twinfield redirected the access token check elsewhere (HTTP 302)', 'Check the Access Token URL in the Twinfield OAuth2 credential (often the same address with https:// instead of http://).'],
		[399, 'Twinfield redirected the access token check elsewhere (HTTP 399)', expect.any(String)],
		[500, 'Twinfield could not check the access token (HTTP 500)', 'The service or a gateway in front of it failed. Try again in a few minutes.'],
		[418, 'Twinfield sent an unreadable answer to the access token check (HTTP 418)', 'Check the Access Token URL in the Twinfield OAuth2 credential.'],
		[200, 'Twinfield sent an unreadable answer to the access token check (HTTP 200)', 'Check the Access Token URL in the Twinfield OAuth2 credential.'],
	])('HTTP %i', async (statusCode, message, description) => {
		const body = statusCode === 200 ? 'not json' : { Message: 'x' };
		const failure = await clusterOf('opaque', true, [{ statusCode, body }]).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(NodeApiError);
		expect(failure).toMatchObject({ message, description, httpCode: String(statusCode) });
	});
});

describe('token helpers', () => {
	test('a rejected token is a 401 or Twinfield error 354, nothing else', () => {
		const apiError = (httpCode: string | undefined, description: string | undefined) => new NodeApiError(node, {}, { httpCode, description });
		expect(tokenRejected(apiError('401', undefined))).toBe(true);
		expect(tokenRejected(apiError('500', 'Twinfield error code: 354.'))).toBe(true);
		expect(tokenRejected(apiError('500', 'Twinfield error code: 3545.'))).toBe(false);
		expect(tokenRejected(apiError('403', undefined))).toBe(false);
		expect(tokenRejected(new Error('Twinfield error code: 354'))).toBe(false);
	});

	test('claims are read from the payload; anything else has none', () => {
		expect(tokenClaims(jwt({ exp: 5 }))).toEqual({ exp: 5 });
		expect(tokenClaims('opaque')).toEqual({});
		expect(tokenClaims('a.%%%.b')).toEqual({});
		expect(tokenClaims(`a.${Buffer.from('7').toString('base64url')}.b`)).toEqual({});
	});

	test('the token check lives beside the token address', () => {
		expect(connectUrl(TOKEN_URL)).toBe('https://login.twinfield.test/auth/authentication/connect');
		expect(connectUrl('https://login.twinfield.test/auth/authentication/connect/TOKEN/')).toBe('https://login.twinfield.test/auth/authentication/connect');
		expect(connectUrl('https://login.twinfield.test/tokens/connect/token')).toBe('https://login.twinfield.test/tokens/connect');
	});
});

describe('renewing the token', () => {
	const now = () => Math.floor(Date.now() / 1000);

	function renewing(tokenData: Record<string, unknown>, refreshed: () => Promise<unknown>) {
		let refreshes = 0;
		const functions = {
			getCredentials: async () => ({ accessTokenUrl: TOKEN_URL, oauthTokenData: tokenData }),
			helpers: {
				httpRequest: async () => ({ statusCode: 200, body: { 'twf.clusterUrl': CLUSTER } }),
				refreshOAuth2Token: async () => {
					refreshes++;
					return await refreshed();
				},
			},
		} as unknown as IExecuteFunctions;
		return { functions, refreshes: () => refreshes };
	}

	async function attemptWith(tokenData: Record<string, unknown>, refreshed: () => Promise<unknown> = async () => ({ access_token: 'renewed' })) {
		const { functions, refreshes } = renewing(tokenData, refreshed);
		const oauth = await TwinfieldOAuth.load(functions, node, 0, 5000);
		const used: string[] = [];
		await oauth.withToken(0, async (token) => used.push(token));
		return { used, refreshes: refreshes(), expiresAt: oauth.expiresAtIso() };
	}

	test('a token that is still valid is used as it is, with no refresh', async () => {
		const token = jwt({ exp: now() + 600 });
		expect(await attemptWith({ access_token: token })).toEqual({ used: [token], refreshes: 0, expiresAt: new Date((now() + 600) * 1000).toISOString() });
		expect(await attemptWith({ access_token: 'opaque', n8n_expires_at: Date.now() + 600_000 })).toMatchObject({ used: ['opaque'], refreshes: 0 });
		expect(await attemptWith({ access_token: 'opaque' })).toEqual({ used: ['opaque'], refreshes: 0, expiresAt: undefined });
	});

	test("a token past its expiry, by its exp claim or by n8n's note, is renewed before it is used", async () => {
		expect(await attemptWith({ access_token: jwt({ exp: now() - 5 }) })).toMatchObject({ used: ['renewed'], refreshes: 1 });
		expect(await attemptWith({ access_token: 'opaque', n8n_expires_at: Date.now() - 1000 })).toMatchObject({ used: ['renewed'], refreshes: 1 });
		expect(await attemptWith({ access_token: 'opaque', n8n_expires_at: 0 })).toMatchObject({ used: ['opaque'], refreshes: 0 });
		expect(await attemptWith({ access_token: 'opaque', n8n_expires_at: 'soon' })).toMatchObject({ used: ['opaque'], refreshes: 0 });
	});

	test('a refresh that brings no token, or that Twinfield refuses, says what to do', async () => {
		const expired = { access_token: jwt({ exp: now() - 5 }) };
		await expect(attemptWith(expired, async () => ({}))).rejects.toMatchObject({
			message: 'Could not renew the Twinfield access token',
			description: expect.stringContaining('Check the Access Token URL, Client ID and Client Secret'),
		});
		await expect(attemptWith(expired, async () => Promise.reject(new Error('The credential needs to be reconnected')))).rejects.toMatchObject({
			message: 'Twinfield no longer accepts the sign-in stored in the Twinfield OAuth2 credential',
		});
		await expect(attemptWith(expired, async () => Promise.reject(Object.assign(new Error('x'), { failure: { cause: 'credential-invalid' } })))).rejects.toMatchObject({
			message: 'Twinfield no longer accepts the sign-in stored in the Twinfield OAuth2 credential',
		});
		await expect(attemptWith(expired, async () => Promise.reject(undefined))).rejects.toMatchObject({ message: 'Could not renew the Twinfield access token' });
	});

	test('a token the check refuses is renewed once; a renewal that fails is reported as it is', async () => {
		const functions = {
			getCredentials: async () => ({ accessTokenUrl: TOKEN_URL, oauthTokenData: { access_token: 'opaque' } }),
			helpers: {
				httpRequest: async () => ({ statusCode: 400, body: { Message: 'invalid_token' } }),
				refreshOAuth2Token: async () => Promise.reject(new Error('The credential needs to be reconnected')),
			},
		} as unknown as IExecuteFunctions;
		const oauth = await TwinfieldOAuth.load(functions, node, 0, 5000);
		await expect(oauth.cluster(0, true)).rejects.toMatchObject({ message: 'Twinfield no longer accepts the sign-in stored in the Twinfield OAuth2 credential' });
	});

	test('a token check that never answers ends at the Timeout; one that cannot connect says so', async () => {
		const hanging = {
			getCredentials: async () => ({ accessTokenUrl: TOKEN_URL, oauthTokenData: { access_token: 'opaque' } }),
			helpers: {
				httpRequest: async (request: { abortSignal: AbortSignal }) =>
					await new Promise((_resolve, reject) => request.abortSignal.addEventListener('abort', () => reject(new Error('aborted')))),
			},
		} as unknown as IExecuteFunctions;
		const slow = await TwinfieldOAuth.load(hanging, node, 0, 1000);
		await expect(slow.cluster(0, true)).rejects.toMatchObject({
			message: 'Twinfield did not answer the access token check within 1 second',
			description: 'Try again; if it keeps happening, raise the Timeout option or check the Access Token URL in the Twinfield OAuth2 credential.',
		});
		const refused = { ...hanging, helpers: { httpRequest: async () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })) } } as unknown as IExecuteFunctions;
		await expect((await TwinfieldOAuth.load(refused, node, 0, 1500)).cluster(0, true)).rejects.toMatchObject({
			message: 'Could not reach Twinfield to check the access token',
			description: 'Check the Access Token URL in the Twinfield OAuth2 credential and the network. (https://login.twinfield.test/auth/authentication/connect/accesstokenvalidation)',
		});
	});
});
