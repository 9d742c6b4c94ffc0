/** The session kept with the password credential, and the way in of every call that uses it. */
/*
 * Calls go through n8n's authenticated request helper, so the call that finds
 * no session kept is the one that logs on, and the new session is kept for
 * every workflow that uses the credential. A live session is reused, never
 * ended by a new Logon. Log-ons wait their turn per credential, and each reads
 * the credential again first, so runs side by side (queue mode's workers
 * included) log on once and share that session.
 */
import {
	NodeApiError,
	NodeOperationError,
	sleep,
	type ICredentialDataDecryptedObject,
	type ICredentialsDecrypted,
	type IExecuteFunctions,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type JsonObject,
} from 'n8n-workflow';

import { credentialKey, oneAtATime } from '../../shared/n8n/credentialLock';

import { headerBlock, type TwinfieldAccess } from './access';
import { PASSWORD_CREDENTIAL } from './authentication';
import { errorResponseOf } from './clusterCall';
import { SESSION_TO_KEEP } from './credentialAuth';

/** Runs and dropdowns (loadOptions) both use the kept session. */
type Functions = IExecuteFunctions | ILoadOptionsFunctions;

/** The node's own error inside what n8n's request helper wrapped it in, if there is one. */
interface OwnError {
	/** A value the log-on could not send: the user's input, not the service, is at fault. */
	input?: boolean;
	message: string;
	description?: string | null;
	httpCode?: string | null;
	response: JsonObject;
}

function ownError(error: unknown): OwnError | undefined {
	let current = error as (Partial<OwnError> & { errorResponse?: unknown; cause?: unknown }) | undefined;
	for (let depth = 0; current && depth < 4; depth++) {
		const response = errorResponseOf(current);
		if (response?.service === 'Twinfield' && current.message) {
			return { message: current.message, description: current.description, httpCode: current.httpCode, response };
		}
		// A value the log-on could not send (e.g. a control character in the password) keeps its words too.
		if ((current as { name?: unknown }).name === 'NodeOperationError' && current.message) {
			return { input: true, message: current.message, description: current.description, httpCode: null, response: { service: 'Twinfield', operation: 'Logon' } };
		}
		current = (current.errorResponse ?? current.cause) as typeof current;
	}
	return undefined;
}

/** The log-on's own error, in its own words, when n8n's helper failed because the log-on did. */
function logOnError(context: Functions, itemIndex: number, error: unknown): NodeApiError | NodeOperationError | undefined {
	const own = ownError(error);
	if (!own) return undefined;
	if (own.input) return new NodeOperationError(context.getNode(), own.message, { description: own.description ?? undefined, itemIndex });
	return new NodeApiError(context.getNode(), own.response, {
		message: own.message,
		description: own.description ?? undefined,
		httpCode: own.httpCode ?? undefined,
		itemIndex,
	});
}

/** What the calls of one kept-session way in share: the session last sent, and whether they logged on. */
interface KeptState {
	/** The session ID the last call carried ('' before the first). */
	used: string;
	/** Whether a call of this way in logged on: at most once. */
	loggedOn: boolean;
}

/**
 * The session each credential's calls last got an answer with, in this n8n
 * process. Two log-ons side by side store their sessions in either order, so
 * the credential may end up keeping the one Twinfield ended: then this one is
 * kept again, without a log-on.
 */
const answered = new Map<string, string>();

/** How long to wait for the session of the log-on that ended ours (another worker's) to be kept with the credential. */
const SUPERSEDED_WAIT_MS = 3000;
const SUPERSEDED_POLL_MS = 100;

async function keptCredential(functions: Functions): Promise<ICredentialDataDecryptedObject> {
	return await functions.getCredentials(PASSWORD_CREDENTIAL);
}

/**
 * The kept session after Twinfield said another log-on ended `gone`: the one
 * that log-on keeps with the credential, read again until it is there.
 */
async function sessionAfterSuperseded(functions: Functions, gone: string): Promise<ICredentialDataDecryptedObject> {
	let kept = await keptCredential(functions);
	for (let waited = 0; String(kept.sessionId ?? '') === gone && waited < SUPERSEDED_WAIT_MS; waited += SUPERSEDED_POLL_MS) {
		await sleep(SUPERSEDED_POLL_MS);
		kept = await keptCredential(functions);
	}
	return kept;
}

/**
 * Sends a call through n8n's authenticated helper with the password credential,
 * read fresh so a session another run kept meanwhile is used. When no session
 * is kept, or the kept one is `gone` (Twinfield said it ended), the call waits
 * its turn for a log-on in this n8n process and reads the credential again:
 * a session kept meanwhile is used; only if there is none does n8n log on
 * (preAuthentication) and keep the new one. After Twinfield said another
 * log-on ended the session (`superseded`), the call first waits for that
 * log-on's session. n8n itself never resends: the caller decides, from the answer.
 */
function keptSessionSender(functions: Functions, state: KeptState, failed: { logOn?: Error }, gone?: string, superseded = false): NonNullable<TwinfieldAccess['send']> {
	const stored = functions.getNode().credentials?.[PASSWORD_CREDENTIAL];
	const key = credentialKey(functions.getNode(), PASSWORD_CREDENTIAL);
	const sendWith = async (request: IHttpRequestOptions, data: ICredentialDataDecryptedObject) => {
		const credentialsDecrypted: ICredentialsDecrypted = { id: stored?.id ?? '', name: stored?.name ?? '', type: PASSWORD_CREDENTIAL, data };
		const sending = functions.helpers.httpRequestWithAuthentication.call(functions, PASSWORD_CREDENTIAL, request, {
			// Only the caller can tell a session that ended from a call that failed: no status makes n8n resend.
			preAuthenticationRetryStatusCode: [],
			credentialsDecrypted,
		});
		// The SOAP layer reads any failure here as a broken connection; a failed log-on keeps its words.
		sending.catch((error: unknown) => {
			failed.logOn = logOnError(functions, 0, error);
		});
		try {
			const answer = await sending;
			// A fault (a session that ended among them) comes with HTTP 500; only a 2xx answer proves the session works.
			const status = Number((answer as { statusCode?: unknown } | undefined)?.statusCode);
			if (status >= 200 && status < 300) answered.set(key, String(data.sessionId ?? ''));
			return answer;
		} finally {
			// n8n put the session it logged on for (or kept again) into `data`.
			state.used = String(data.sessionId ?? '');
		}
	};
	const usable = (data: ICredentialDataDecryptedObject) => {
		const sessionId = String(data.sessionId ?? '');
		return sessionId !== '' && sessionId !== gone;
	};
	return async (request) => {
		const kept = await keptCredential(functions);
		if (usable(kept)) return await sendWith(request, kept);
		return await oneAtATime(key, async () => {
			const known = answered.get(key);
			const own = gone && known && known !== gone ? known : undefined;
			const now = superseded && gone && !own ? await sessionAfterSuperseded(functions, gone) : await keptCredential(functions);
			if (usable(now)) return await sendWith(request, now);
			// The credential keeps an ended session while one this process got answers with may still live: keep that one again.
			if (own) return await sendWith(request, { ...now, sessionId: '', [SESSION_TO_KEEP]: own });
			if (state.loggedOn) {
				// This call's own log-on was ended again at once: report it rather than log on in a loop.
				failed.logOn = new NodeApiError(
					functions.getNode(),
					{ service: 'Twinfield', operation: 'Logon' },
					{
						message: 'Twinfield ended the new session at once',
						description: 'Another log-on with the same user ended the session this call logged on for. Twinfield allows one session per user: let one credential per user serve all workflows, then run the workflow again.',
					},
				);
				throw failed.logOn;
			}
			state.loggedOn = true;
			return await sendWith(request, { ...now, sessionId: '' });
		});
	};
}

/** Twinfield's answer when another log-on with the same user ended the session: error 168. */
function saysSuperseded(failure: unknown): boolean {
	const description = (failure as { description?: unknown })?.description;
	return typeof description === 'string' && /Twinfield error code: 168\b/.test(description);
}

/** How often one call may get a new way in: after its own log-on, once more for a log-on elsewhere that ended it. */
const MAX_RENEWALS = 3;

/**
 * The way in for calls with the session kept with the password credential.
 * The call itself is the request that logs on when needed: no check before it,
 * none after a log-on. When Twinfield says the session ended, `renew` gives a
 * way in that uses a session kept meanwhile or logs on (once per call), and
 * the call is sent again (it did not run).
 */
export function keptSessionAccess(functions: Functions): TwinfieldAccess {
	const failed: { logOn?: Error } = {};
	const state: KeptState = { used: '', loggedOn: false };
	const key = credentialKey(functions.getNode(), PASSWORD_CREDENTIAL);
	const access = (renewals: number, gone?: string, superseded = false): TwinfieldAccess => ({
		cluster: '',
		header: headerBlock({ sessionId: '' }),
		send: keptSessionSender(functions, state, failed, gone, superseded),
		failure: () => failed.logOn,
		secrets: async () => {
			const kept = await functions.getCredentials(PASSWORD_CREDENTIAL);
			return [kept.sessionId, kept.accessToken, kept.password, state.used].map((value) => String(value ?? ''));
		},
		renew:
			renewals < MAX_RENEWALS
				? async (failure?: unknown) => {
						// Twinfield just said this session ended: it is no longer one to keep again.
						if (answered.get(key) === state.used) answered.delete(key);
						return access(renewals + 1, state.used, saysSuperseded(failure));
					}
				: undefined,
	});
	return access(0);
}
