/** The session kept with the password credential, and the way in of every call that uses it. */
/*
 * Calls go through n8n's authenticated request helper, so the call that finds
 * no session kept is the one that logs on, and the new session is kept for
 * every workflow that uses the credential. A live session is reused, never
 * ended by a new Logon.
 */
import { NodeApiError, NodeOperationError, type ICredentialsDecrypted, type IExecuteFunctions, type ILoadOptionsFunctions, type JsonObject } from 'n8n-workflow';

import { headerBlock, type TwinfieldAccess } from './access';
import { PASSWORD_CREDENTIAL } from './authentication';
import { errorResponseOf } from './clusterCall';

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

/**
 * Sends a call through n8n's authenticated helper with the password credential:
 * n8n logs on first when no session is kept (and keeps the new one), and the
 * credential puts the kept session and cluster into the request. With
 * `logOnAgain`, the kept session is ignored: n8n logs on anew and keeps that
 * session. n8n itself never resends: the caller decides, from the answer.
 */
function keptSessionSender(functions: Functions, logOnAgain: boolean, failed: { logOn?: Error }): NonNullable<TwinfieldAccess['send']> {
	return async (request) => {
		let credentialsDecrypted: ICredentialsDecrypted | undefined;
		if (logOnAgain) {
			const data = { ...(await functions.getCredentials(PASSWORD_CREDENTIAL)), sessionId: '' };
			const stored = functions.getNode().credentials?.[PASSWORD_CREDENTIAL];
			credentialsDecrypted = { id: stored?.id ?? '', name: stored?.name ?? '', type: PASSWORD_CREDENTIAL, data };
		}
		const sending = functions.helpers.httpRequestWithAuthentication.call(functions, PASSWORD_CREDENTIAL, request, {
			// Only the caller can tell a session that ended from a call that failed: no status makes n8n resend.
			preAuthenticationRetryStatusCode: [],
			...(credentialsDecrypted ? { credentialsDecrypted } : {}),
		});
		// The SOAP layer reads any failure here as a broken connection; a failed log-on keeps its words.
		sending.catch((error: unknown) => {
			failed.logOn = logOnError(functions, 0, error);
		});
		return await sending;
	};
}

/**
 * The way in for calls with the session kept with the password credential.
 * The call itself is the request that logs on when needed: no check before it,
 * none after a log-on. When Twinfield says the session ended, `renew` gives a
 * way in that logs on once more, and the call is sent again (it did not run).
 */
export function keptSessionAccess(functions: Functions): TwinfieldAccess {
	const failed: { logOn?: Error } = {};
	const access = (logOnAgain: boolean): TwinfieldAccess => ({
		cluster: '',
		header: headerBlock({ sessionId: '' }),
		send: keptSessionSender(functions, logOnAgain, failed),
		failure: () => failed.logOn,
		secrets: async () => {
			const kept = await functions.getCredentials(PASSWORD_CREDENTIAL);
			return [kept.sessionId, kept.accessToken, kept.password].map((value) => String(value ?? ''));
		},
	});
	return { ...access(false), renew: async () => access(true) };
}
