/**
 * Twinfield's OAuth 2 / OpenID Connect server on the login host, under
 * /auth/authentication/connect/: authorize (consents at once), token (code and
 * refresh grants, Basic client authentication) and accesstokenvalidation.
 * Access tokens are HS256 JWTs with Twinfield's twf.* claims.
 */
import { createHmac, randomBytes, randomUUID } from 'crypto';

import type { HttpRequestInfo, Reply } from './types';
import { twinfieldCompanies, twinfieldDemo, type TwinfieldUser } from './seed';
import { htmlReply, textReply } from './soap';

export const OAUTH_PATH = '/auth/authentication/connect';

/** The OAuth client registered with the emulator, as one registered with Twinfield. */
export const twinfieldOAuthClient = { clientId: 'n8n-demo-client', clientSecret: 'demo-client-secret' };

const ORGANISATION_ID = '7b2f0d4e-1c3a-4f5b-9e8d-6a1b2c3d4e5f';
const USER_ID = 'c0ffee00-1234-4abc-8def-0123456789ab';

export interface TokenResponse {
	access_token: string;
	id_token: string;
	refresh_token: string;
	expires_in: number;
	token_type: 'Bearer';
	scope: string;
}

interface Grant {
	user: TwinfieldUser;
	scope: string[];
	redirectUri: string;
}

export type TokenCheck = { claims: Record<string, unknown>; user: TwinfieldUser } | { problem: 'invalid' | 'expired' };

export class TwinfieldOAuth {
	private readonly key = randomBytes(32);
	private codes = new Map<string, Grant>();
	private refreshTokens = new Map<string, Grant & { revoked: boolean }>();
	/** Ids of access tokens issued so far, and of those made to expire early. */
	private issued = new Set<string>();
	private expired = new Set<string>();

	constructor(
		private readonly issuer: () => string,
		private readonly clusterUrl: () => string,
			private readonly defaultLifetimeSeconds = 3600,
	) {
		this.lifetimeSeconds = defaultLifetimeSeconds;
	}

	private lifetimeSeconds: number;

	setAccessTokenLifetime(seconds: number): void {
		this.lifetimeSeconds = seconds;
	}

	/** Every access token issued so far stops working; refresh tokens still work. */
	expireAccessTokens(): void {
		for (const id of this.issued) this.expired.add(id);
	}

	/** Twinfield no longer accepts the refresh tokens issued so far (e.g. the user revoked access). */
	revokeRefreshTokens(): void {
		for (const grant of this.refreshTokens.values()) grant.revoked = true;
	}

	clear(): void {
		this.codes.clear();
		this.refreshTokens.clear();
		this.issued.clear();
		this.expired.clear();
		this.lifetimeSeconds = this.defaultLifetimeSeconds;
	}

	/** Tokens for the demo user as if the code flow had just finished: what tests store as oauthTokenData. */
	issueTokens(scope = 'openid twf.user twf.organisation twf.organisationUser offline_access'): TokenResponse {
		const grant: Grant = { user: twinfieldDemo, scope: scope.split(' '), redirectUri: '' };
		const refreshToken = randomBytes(24).toString('base64url');
		this.refreshTokens.set(refreshToken, { ...grant, revoked: false });
		return this.tokenResponse(grant, refreshToken);
	}

	checkAccessToken(token: string): TokenCheck {
		const [header, payload, signature] = token.split('.');
		if (!header || !payload || signature !== this.sign(`${header}.${payload}`)) return { problem: 'invalid' };
		const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
		if (Number(claims.exp) * 1000 <= Date.now() || this.expired.has(String(claims.jti))) return { problem: 'expired' };
		return { claims, user: twinfieldDemo };
	}

	/** Answers the OAuth paths of the login host; undefined for any other path. */
	handle(http: HttpRequestInfo, query: URLSearchParams): Reply | undefined {
		const path = http.path.toLowerCase();
		if (!path.startsWith(`${OAUTH_PATH}/`)) return undefined;
		const endpoint = path.slice(OAUTH_PATH.length + 1);
		if (endpoint === 'authorize' && http.method === 'GET') return this.authorize(query);
		if (endpoint === 'token' && http.method === 'POST') return this.token(http);
		if (endpoint === 'accesstokenvalidation' && http.method === 'GET') return this.validation(query);
		return htmlReply(404, 'Not found', `HTTP 404. ${http.path}`);
	}

	private authorize(query: URLSearchParams): Reply {
		const redirectUri = query.get('redirect_uri') ?? '';
		if (query.get('client_id') !== twinfieldOAuthClient.clientId || !/^https?:\/\//.test(redirectUri)) {
			return htmlReply(400, 'Error', 'The client application is not known or is not authorized.');
		}
		const back = new URL(redirectUri);
		const state = query.get('state');
		if (state !== null) back.searchParams.set('state', state);
		const scope = (query.get('scope') ?? '').split(/[ +]/).filter(Boolean);
		let error = '';
		if (query.get('response_type') !== 'code') error = 'unsupported_response_type';
		else if (!query.get('nonce')) error = 'invalid_request';
		else if (!scope.includes('twf.organisationUser')) error = 'invalid_scope';
		if (error) {
			back.searchParams.set('error', error);
		} else {
			const code = randomBytes(16).toString('hex');
			this.codes.set(code, { user: twinfieldDemo, scope, redirectUri });
			back.searchParams.set('code', code);
		}
		return { status: 302, headers: { Location: back.toString() }, body: '' };
	}

	private token(http: HttpRequestInfo): Reply {
		const client = basicClient(http.headers.authorization);
		if (client?.clientId !== twinfieldOAuthClient.clientId || client.clientSecret !== twinfieldOAuthClient.clientSecret) {
			return json(400, { error: 'invalid_client' });
		}
		const form = new URLSearchParams(http.body);
		const grantType = form.get('grant_type');
		if (grantType === 'authorization_code') {
			const code = form.get('code') ?? '';
			const grant = this.codes.get(code);
			this.codes.delete(code);
			if (!grant || grant.redirectUri !== form.get('redirect_uri')) return json(400, { error: 'invalid_grant' });
			const refreshToken = randomBytes(24).toString('base64url');
			this.refreshTokens.set(refreshToken, { ...grant, revoked: false });
			return json(200, this.tokenResponse(grant, refreshToken));
		}
		if (grantType === 'refresh_token') {
			const refreshToken = form.get('refresh_token') ?? '';
			const grant = this.refreshTokens.get(refreshToken);
			if (!grant || grant.revoked) return json(400, { error: 'invalid_grant' });
			return json(200, this.tokenResponse(grant, refreshToken));
		}
		return json(400, { error: 'unsupported_grant_type' });
	}

	private validation(query: URLSearchParams): Reply {
		const token = query.get('token');
		if (!token) return json(400, { Message: 'The token is missing.' });
		const check = this.checkAccessToken(token);
		if ('problem' in check) return json(400, { Message: 'invalid_token' });
		// Twinfield's example answer gives the times as strings.
		const { exp, nbf, auth_time: authTime, ...rest } = check.claims;
		return json(200, { ...rest, exp: String(exp), nbf: String(nbf), auth_time: String(authTime) });
	}

	private tokenResponse(grant: Grant, refreshToken: string): TokenResponse {
		const now = Math.floor(Date.now() / 1000);
		const scopes = grant.scope;
		const claims: Record<string, unknown> = {
			iss: this.issuer(),
			aud: `${this.issuer()}/resources`,
			exp: now + this.lifetimeSeconds,
			nbf: now,
			client_id: twinfieldOAuthClient.clientId,
			scope: scopes,
			sub: Buffer.from(USER_ID).toString('base64'),
			auth_time: now,
			idp: 'idsrv',
			amr: ['password'],
			jti: randomUUID(),
		};
		this.issued.add(String(claims.jti));
		if (scopes.includes('twf.organisationUser') || scopes.includes('twf.user')) {
			claims['twf.organisationUserCode'] = grant.user.user;
			claims['twf.organisationId'] = ORGANISATION_ID;
		}
		if (scopes.includes('twf.organisationUser') || scopes.includes('twf.organisation')) {
			claims['twf.organisationCode'] = grant.user.organisation;
		}
		if (scopes.includes('twf.organisation')) claims['twf.clusterUrl'] = this.clusterUrl();
		const idToken = this.jwt({ iss: this.issuer(), aud: twinfieldOAuthClient.clientId, sub: claims.sub, exp: now + 300, nonce: 'n8n' });
		return {
			access_token: this.jwt(claims),
			id_token: idToken,
			refresh_token: refreshToken,
			expires_in: this.lifetimeSeconds,
			token_type: 'Bearer',
			scope: scopes.join(' '),
		};
	}

	private jwt(claims: Record<string, unknown>): string {
		const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
		const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
		return `${header}.${payload}.${this.sign(`${header}.${payload}`)}`;
	}

	private sign(data: string): string {
		return createHmac('sha256', this.key).update(data).digest('base64url');
	}
}

/** Companies the OAuth user may use: the seeded ones. */
export const oauthCompanies = twinfieldCompanies;

function basicClient(header: string | undefined): { clientId: string; clientSecret: string } | undefined {
	const match = /^Basic\s+(.+)$/i.exec(header ?? '');
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return undefined;
	return {
		clientId: decodeURIComponent(decoded.slice(0, colon)),
		clientSecret: decodeURIComponent(decoded.slice(colon + 1)),
	};
}

function json(status: number, value: unknown): Reply {
	return textReply(status, 'application/json; charset=utf-8', JSON.stringify(value), { 'Cache-Control': 'no-store' });
}

/**
 * The login host's extra HTTP paths: the OAuth endpoints, and the control
 * `POST /_emulator/twinfield-oauth` with `{"accessTokenLifetimeSeconds": n}`,
 * `{"expireAccessTokens": true}` or `{"revokeRefreshTokens": true}`.
 */
export function twinfieldOAuthHandler(oauth: TwinfieldOAuth) {
	return (http: HttpRequestInfo, query: URLSearchParams): Reply | undefined => {
		if (http.path.toLowerCase() !== '/_emulator/twinfield-oauth') return oauth.handle(http, query);
		if (http.method !== 'POST') return textReply(405, 'text/plain; charset=utf-8', 'Use POST');
		let settings: { accessTokenLifetimeSeconds?: unknown; expireAccessTokens?: unknown; revokeRefreshTokens?: unknown };
		try {
			settings = JSON.parse(http.body || '{}') as typeof settings;
		} catch {
			return textReply(400, 'text/plain; charset=utf-8', 'Send JSON');
		}
		const lifetime = settings.accessTokenLifetimeSeconds;
		if (lifetime !== undefined) {
			if (typeof lifetime !== 'number' || !(lifetime > 0)) return textReply(400, 'text/plain; charset=utf-8', 'accessTokenLifetimeSeconds must be a positive number');
			oauth.setAccessTokenLifetime(lifetime);
		}
		if (settings.expireAccessTokens === true) oauth.expireAccessTokens();
		if (settings.revokeRefreshTokens === true) oauth.revokeRefreshTokens();
		return { status: 204, headers: {}, body: '' };
	};
}
