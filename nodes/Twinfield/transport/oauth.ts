/** Calls made with the Twinfield OAuth 2 credential, and renewing its token when Twinfield rejects it. */
/*
 * The access token travels inside the SOAP header, so n8n's own retry (which
 * only re-signs the HTTP Authorization header) cannot renew it: when Twinfield
 * answers 354 / HTTP 401 this asks n8n to refresh the token and the caller
 * rebuilds the envelope.
 */
import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type ILoadOptionsFunctions,
	type INode,
} from 'n8n-workflow';

import { credentialKey, oneAtATime } from '../../shared/n8n/credentialLock';
import type { CallContext } from '../../shared/soap/call';
import { DEFAULT_TIMEOUT_MS } from '../../shared/soap/call';
import { baseAddress, isChosenAddress } from '../../shared/soap/checks';
import { CONNECTED_CREDENTIAL } from './authentication';

type Functions = IExecuteFunctions | ILoadOptionsFunctions;

interface OAuthTokenData {
	access_token?: string;
	n8n_expires_at?: string | number;
}

export interface TwinfieldOAuthCredentials {
	accessTokenUrl?: string;
	companyCode?: string;
	oauthTokenData?: OAuthTokenData;
}

/** The claims of a JWT access token; Twinfield's carry twf.clusterUrl and the organisation. */
export function tokenClaims(token: string): IDataObject {
	const payload = token.split('.')[1];
	if (!payload) return {};
	try {
		const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
		return claims && typeof claims === 'object' ? (claims as IDataObject) : {};
	} catch {
		return {};
	}
}

/** When the token stops working: its `exp` claim, else n8n's own note of the expiry. */
function expiryOf(token: string, data: OAuthTokenData | undefined): number | undefined {
	const exp = Number(tokenClaims(token).exp);
	if (Number.isFinite(exp) && exp > 0) return exp * 1000;
	const noted = Number(data?.n8n_expires_at);
	return Number.isFinite(noted) && noted > 0 ? noted : undefined;
}

/** Twinfield's answer to a token it no longer accepts: fault 354, or HTTP 401. */
export function tokenRejected(error: unknown): boolean {
	if (!(error instanceof NodeApiError)) return false;
	return error.httpCode === '401' || /Twinfield error code: 354\b/.test(error.description ?? '');
}

/** The `…/connect` address of the credential's OAuth server, where accesstokenvalidation lives. */
export function connectUrl(accessTokenUrl: string | undefined): string {
	return baseAddress(accessTokenUrl ?? '').replace(/\/token$/i, '');
}

function seconds(ms: number): string {
	const value = ms / 1000;
	return `${value} second${value === 1 ? '' : 's'}`;
}

/** What an answer of the token check other than 200 with claims means, named by its real cause. */
function tokenCheckFailure(status: number): [message: string, description: string] {
	if (status === 400 || status === 401 || status === 403) {
		return [`Twinfield did not accept the access token (HTTP ${status})`, 'Open the Twinfield OAuth2 credential and reconnect it. If that does not help, check its Access Token URL.'];
	}
	if (status === 404) return ['Twinfield has no token check at this address (HTTP 404)', 'Check the Access Token URL in the Twinfield OAuth2 credential: it should end in /connect/token.'];
	if (status === 429) return ['Twinfield is limiting requests (HTTP 429 Too Many Requests)', 'Wait a minute and run the workflow again; fewer runs at the same time help.'];
	if (status >= 300 && status < 400) return [`Twinfield redirected the access token check elsewhere (HTTP ${status})`, 'Check the Access Token URL in the Twinfield OAuth2 credential (often the same address with https:// instead of http://).'];
	if (status >= 500) return [`Twinfield could not check the access token (HTTP ${status})`, 'The service or a gateway in front of it failed. Try again in a few minutes.'];
	return [`Twinfield sent an unreadable answer to the access token check (HTTP ${status})`, 'Check the Access Token URL in the Twinfield OAuth2 credential.'];
}

export class TwinfieldOAuth {
	private constructor(
		private readonly functions: Functions,
		private readonly node: INode,
		readonly credentials: TwinfieldOAuthCredentials,
		public accessToken: string,
		private expiresAt: number | undefined,
		/** The node's Timeout: the token check keeps it too. */
		private readonly timeoutMs: number,
	) {}

	static async load(functions: Functions, node: INode, itemIndex: number, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<TwinfieldOAuth> {
		const credentials = (await functions.getCredentials(CONNECTED_CREDENTIAL, itemIndex)) as TwinfieldOAuthCredentials;
		const token = credentials.oauthTokenData?.access_token;
		if (!token) {
			throw new NodeOperationError(node, 'The Twinfield OAuth2 credential is not connected yet', {
				description: 'Open the credential and click "Connect my account" to sign in to Twinfield, then run the workflow again.',
				itemIndex,
			});
		}
		return new TwinfieldOAuth(functions, node, credentials, token, expiryOf(token, credentials.oauthTokenData), timeoutMs);
	}

	claims(): IDataObject {
		return tokenClaims(this.accessToken);
	}

	expiresAtIso(): string | undefined {
		return this.expiresAt === undefined ? undefined : new Date(this.expiresAt).toISOString();
	}

	/** The login host (scheme and host of the token URL): AccessTokenLogon lives there. */
	loginBaseUrl(): string {
		try {
			return new URL(connectUrl(this.credentials.accessTokenUrl)).origin;
		} catch {
			return '';
		}
	}

	/** A call context whose requests go through n8n's OAuth 2 request helper. */
	context(itemIndex: number): CallContext {
		const functions = this.functions;
		return {
			helpers: functions.helpers,
			node: this.node,
			itemIndex,
			send: async (request) => await functions.helpers.httpRequestWithAuthentication.call(functions, CONNECTED_CREDENTIAL, request),
		};
	}

	/**
	 * Runs `attempt` with the current token. A token known to be expired is
	 * renewed first; one Twinfield rejects is renewed once and the attempt repeated.
	 */
	async withToken<T>(itemIndex: number, attempt: (accessToken: string) => Promise<T>): Promise<T> {
		if (this.expiresAt !== undefined && this.expiresAt <= Date.now()) await this.refresh(itemIndex);
		let failure: unknown;
		try {
			return await attempt(this.accessToken);
		} catch (error) {
			failure = error;
		}
		if (!tokenRejected(failure)) throw asNodeError(this.node, failure, itemIndex);
		await this.refresh(itemIndex);
		return await attempt(this.accessToken);
	}

	/**
	 * Asks n8n to refresh the token: it posts the refresh grant and stores the
	 * new token with the credential. Refreshes wait their turn per credential in
	 * this n8n process, and each reads the credential again first: a token
	 * another run stored meanwhile is used instead of a second refresh.
	 */
	async refresh(itemIndex: number): Promise<void> {
		const rejected = this.accessToken;
		await oneAtATime(credentialKey(this.node, CONNECTED_CREDENTIAL), async () => {
			const stored = ((await this.functions.getCredentials(CONNECTED_CREDENTIAL, itemIndex)) as TwinfieldOAuthCredentials).oauthTokenData;
			const token = stored?.access_token;
			if (token && token !== rejected) {
				const expiresAt = expiryOf(token, stored);
				if (expiresAt === undefined || expiresAt > Date.now()) {
					this.accessToken = token;
					this.expiresAt = expiresAt;
					return;
				}
			}
			let data: OAuthTokenData | undefined;
			try {
				data = (await this.functions.helpers.refreshOAuth2Token.call(this.functions, CONNECTED_CREDENTIAL)) as OAuthTokenData;
			} catch (error) {
				throw refreshError(this.node, itemIndex, error);
			}
			if (!data?.access_token) throw refreshError(this.node, itemIndex, undefined);
			this.accessToken = data.access_token;
			this.expiresAt = expiryOf(data.access_token, data);
		});
	}

	/**
	 * The cluster the token belongs to: its twf.clusterUrl claim, else Twinfield's
	 * accesstokenvalidation. With `verify`, the token is always checked there
	 * (renewed once if Twinfield no longer accepts it), so a dead token is never handed on.
	 */
	async cluster(itemIndex: number, verify: boolean): Promise<string> {
		const claimed = this.claims()['twf.clusterUrl'];
		if (!verify && typeof claimed === 'string' && claimed) return this.checkedCluster(itemIndex, claimed);
		const validation = await this.validate(itemIndex);
		return this.checkedCluster(itemIndex, typeof claimed === 'string' && claimed ? claimed : validation['twf.clusterUrl']);
	}

	/** A cluster from the token or from Twinfield's token check, held to the rules of every address a service chooses. */
	private checkedCluster(itemIndex: number, cluster: unknown): string {
		if (typeof cluster === 'string' && cluster.trim() !== '' && !isChosenAddress(baseAddress(cluster), this.credentials.accessTokenUrl ?? '')) {
			throw new NodeApiError(
				this.node,
				{ service: 'Twinfield', operation: 'accesstokenvalidation' },
				{
					message: 'Twinfield named a cluster address that cannot be used',
					description:
						'The twf.clusterUrl of the access token is not an https address without user name, password or spaces, so no call was sent there. Check the Access Token URL of the Twinfield OAuth2 credential.',
					itemIndex,
				},
			);
		}
		if (typeof cluster !== 'string' || cluster.trim() === '') {
			throw new NodeOperationError(this.node, 'Twinfield did not say which cluster serves this organisation', {
				description:
					'The access token has no twf.clusterUrl. The credential needs the scope "twf.organisation": reconnect the Twinfield OAuth2 credential, and check that the OAuth client registered with Twinfield may ask for that scope.',
				itemIndex,
			});
		}
		return baseAddress(cluster);
	}

	/** GET accesstokenvalidation: the token's claims as Twinfield sees them. */
	private async validate(itemIndex: number): Promise<IDataObject> {
		const url = `${connectUrl(this.credentials.accessTokenUrl)}/accesstokenvalidation`;
		// One deadline for the whole check, renewal included, as for every call of the node.
		const deadline = AbortSignal.timeout(this.timeoutMs);
		const ask = async () =>
			(await this.functions.helpers.httpRequest({
				method: 'GET',
				url,
				qs: { token: this.accessToken },
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				timeout: this.timeoutMs,
				abortSignal: deadline,
			})) as { statusCode: number; body: unknown };
		let answer: { statusCode: number; body: unknown };
		try {
			answer = await ask();
			// 400 means the token is invalid or expired: renew it once.
			if (answer.statusCode === 400) {
				await this.refresh(itemIndex);
				answer = await ask();
			}
		} catch (error) {
			if (error instanceof NodeOperationError || error instanceof NodeApiError) throw asNodeError(this.node, error, itemIndex);
			if (deadline.aborted) {
				throw new NodeOperationError(this.node, `Twinfield did not answer the access token check within ${seconds(this.timeoutMs)}`, {
					description: 'Try again; if it keeps happening, raise the Timeout option or check the Access Token URL in the Twinfield OAuth2 credential.',
					itemIndex,
				});
			}
			throw new NodeOperationError(this.node, 'Could not reach Twinfield to check the access token', {
				description: `Check the Access Token URL in the Twinfield OAuth2 credential and the network. (${url})`,
				itemIndex,
			});
		}
		if (answer.statusCode !== 200 || !answer.body || typeof answer.body !== 'object') {
			const [message, description] = tokenCheckFailure(answer.statusCode);
			throw new NodeApiError(
				this.node,
				{ service: 'Twinfield', operation: 'accesstokenvalidation', status: answer.statusCode },
				{ message, description, httpCode: String(answer.statusCode), itemIndex },
			);
		}
		return answer.body as IDataObject;
	}
}

/** n8n says "needs to be reconnected" when Twinfield answers the refresh with invalid_grant. */
function refreshError(node: INode, itemIndex: number, error: unknown): NodeOperationError {
	const text = String((error as { message?: unknown })?.message ?? '');
	if (/reconnect/i.test(text) || (error as { failure?: { cause?: string } })?.failure?.cause === 'credential-invalid') {
		return new NodeOperationError(node, 'Twinfield no longer accepts the sign-in stored in the Twinfield OAuth2 credential', {
			description:
				'The access token expired and Twinfield refused to renew it: the refresh token was revoked (for example access was withdrawn in Twinfield, or the user changed) or has expired. Open the Twinfield OAuth2 credential and click "Reconnect" to sign in again.',
			itemIndex,
		});
	}
	return new NodeOperationError(node, 'Could not renew the Twinfield access token', {
		description:
			'The access token expired and asking Twinfield for a new one failed. Check the Access Token URL, Client ID and Client Secret in the Twinfield OAuth2 credential, then run the workflow again; if it keeps failing, reconnect the credential.',
		itemIndex,
	});
}

/** Errors of this pack pass unchanged; anything else is wrapped so it names the node and item. */
function asNodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(node, error as Error, { itemIndex });
}
