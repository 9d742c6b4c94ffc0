/** The session stored with the credential, as one node run sees it: use it, or log in once through n8n. */
/*
 * The session stored with the credential, as one node run sees it. Calls use
 * the stored session; when there is none, or the service says it is gone, the
 * run logs in once through n8n (the credential's preAuthentication), which
 * stores the new session for every later run, workflow and node, and the call
 * is sent once more with it. Log-ins wait their turn per credential and read
 * the credential again first, so runs side by side (queue mode's workers
 * included) share one log-in.
 */
import type { ICredentialDataDecryptedObject, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { credentialKey, oneAtATime } from '../../shared/n8n/credentialLock';
import type { SoapResult } from '../../shared/soap/call';
import { serviceError } from '../../shared/soap/errors';
import { maskError, SecretMask } from '../../shared/soap/serverText';
import { SESSION_FIELD, storedSessionId } from './credentialAuth';
import type { TwentyFourSevenOfficeCredentials } from './credentials';
import { errorScope, type TsoCall } from './itemCall';

export const CREDENTIAL_TYPE = 'twentyFourSevenOfficeApi';

/** Sends one SOAP call; `sessionId` undefined means n8n adds the credential's cookie. */
export type SessionSend = (call: TsoCall, sessionId: string | undefined) => Promise<SoapResult>;

/** Tells from an error whether the service said the session is gone. */
export type SessionGone = (error: unknown) => boolean;

export interface SessionResult {
	result: SoapResult;
	sessionId: string;
	/** True when this call logged in because there was no live session. */
	loggedIn: boolean;
}

export class StoredSession {
	/** The session stored when the run started ('' when none). */
	readonly before: string;

	private current: string;

	/** The session this run logged in; fails only when the log-in itself failed. */
	private login?: Promise<string>;

	private fresh = '';

	constructor(
		private readonly context: IExecuteFunctions,
		private readonly credentials: TwentyFourSevenOfficeCredentials,
	) {
		this.before = storedSessionId(credentials as unknown as ICredentialDataDecryptedObject);
		this.current = this.before;
	}

	get sessionId(): string {
		return this.current;
	}

	/** Sends with the stored session; logs in and resends once if there is none or it is gone. */
	async send(call: TsoCall, send: SessionSend, isGone: SessionGone): Promise<SessionResult> {
		const sessionId = this.current;
		if (!sessionId) return await this.logIn(call, send);
		let failure: unknown;
		try {
			return { result: await send(call, sessionId), sessionId, loggedIn: false };
		} catch (error) {
			failure = error;
		}
		if (!isGone(failure)) throw failure;
		return await this.logIn(call, send, sessionId);
	}

	/**
	 * Logs in, stores the session with the credential and sends the call with it;
	 * `gone` is the session the service said is gone, if any. One log-in per run.
	 * The credential's data goes to n8n with the session field empty: n8n then
	 * calls the credential's preAuthentication, stores its result with the
	 * credential, adds the cookie and sends the call.
	 */
	async logIn(call: TsoCall, send: SessionSend, gone?: string): Promise<SessionResult> {
		if (this.login) {
			const sessionId = await this.login;
			// A session this run logged in that is already gone again: say so rather than loop.
			if (gone !== undefined && gone === sessionId) {
				throw serviceError(
					errorScope(call, 'Login'),
					'24SevenOffice ended the new session at once',
					'The session this run logged in was refused right after the log-in. Run the workflow again; if it keeps happening, contact 24SevenOffice support.',
				);
			}
			return { result: await send(call, sessionId), sessionId, loggedIn: false };
		}
		// One log-in at a time per credential in this n8n process; the credential is read again first,
		// so a session another run (or another worker) stored meanwhile is used instead of a new log-in.
		const decision = oneAtATime(credentialKey(this.context.getNode(), CREDENTIAL_TYPE), async (): Promise<SessionResult | string> => {
			const stored = storedSessionId(await this.context.getCredentials(CREDENTIAL_TYPE));
			if (stored && stored !== gone) return stored;
			return await this.sendThroughN8n(call, send);
		});
		// The call sent with the new session may fail for its own reasons; the log-in still counts for later items.
		this.login = decision.then(
			(outcome) => (typeof outcome === 'string' ? outcome : outcome.sessionId),
			(error: unknown) => {
				if (this.fresh) return this.fresh;
				throw error;
			},
		);
		// Later items await it; the first item's own await reports the failure.
		this.login.catch(() => undefined);
		const outcome = await decision;
		if (typeof outcome !== 'string') return outcome;
		this.current = outcome;
		return { result: await send(call, outcome), sessionId: outcome, loggedIn: false };
	}

	private async sendThroughN8n(call: TsoCall, send: SessionSend): Promise<SessionResult> {
		const { context } = this;
		const stored = context.getNode().credentials?.[CREDENTIAL_TYPE];
		const data: ICredentialDataDecryptedObject = { ...(this.credentials as unknown as ICredentialDataDecryptedObject), [SESSION_FIELD]: '' };
		const credentialsDecrypted = { id: stored?.id ?? '', name: stored?.name ?? '', type: CREDENTIAL_TYPE, data };
		// An error of the log-in itself must reach the user as it is, not as a broken connection.
		let logInError: unknown;
		const helpers = {
			httpRequest: async (request: IHttpRequestOptions) => {
				let failure: unknown;
				try {
					return await context.helpers.httpRequestWithAuthentication.call(context, CREDENTIAL_TYPE, request, { credentialsDecrypted });
				} catch (error) {
					failure = error;
				}
				// n8n wraps a failed request with its cause (timeout, refused, ...), which the transport reads.
				const cause = (failure as { cause?: unknown }).cause;
				if (!cause) logInError = failure;
				throw cause ?? failure;
			},
		};
		let result: SoapResult;
		try {
			result = await send({ ...call, context: { ...call.context, helpers } as TsoCall['context'] }, undefined);
		} catch (error) {
			const failure = logInError ?? error;
			// The session n8n logged in for during this call was not known when the call was made.
			maskError(failure, new SecretMask([String(data[SESSION_FIELD] ?? ''), this.credentials.password]));
			throw failure;
		} finally {
			// n8n put the new session into `data` when the log-in worked, whatever the call's fate.
			this.fresh = String(data[SESSION_FIELD] ?? '');
			if (this.fresh) this.current = this.fresh;
		}
		return { result, sessionId: this.current, loggedIn: true };
	}
}
