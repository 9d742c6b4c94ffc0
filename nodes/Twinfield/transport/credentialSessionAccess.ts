/** The session kept with the password credential: calls that use it, and the Keep Alive that checks it for Log On. */
/*
 * The session kept with the password credential. n8n stores it in the
 * credential's hidden, expirable `sessionId` field, filled by the credential's
 * `preAuthentication` (a Logon). The node checks it with one Keep Alive per
 * run through n8n's authenticated request helper: n8n logs on first when no
 * session is stored, and again when the Keep Alive fails because the session
 * ended, then persists the new session for every workflow that uses the
 * credential. So a live session is reused, never ended by a new Logon.
 */
import {
	NodeApiError,
	type ICredentialsDecrypted,
	type IExecuteFunctions,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type JsonObject,
} from 'n8n-workflow';

/** Runs and dropdowns (loadOptions) both use the kept session. */
type Functions = IExecuteFunctions | ILoadOptionsFunctions;

import { buildEnvelope, soapRequestHeaders } from '../../shared/soap/envelope';
import { serviceError, transportError } from '../../shared/soap/errors';
import type { CallOptions } from '../../shared/n8n/options';
import { errorScope } from '../../shared/soap/call';
import { beforeDeadline, DEFAULT_MAX_ANSWER_BYTES, readAnswerBody, TransportFailure, type RawResponse } from '../../shared/soap/transport';
import { headerBlock, sessionAccess, type TwinfieldAccess } from './access';
import { errorResponseOf } from './clusterCall';
import { PASSWORD_CREDENTIAL } from './authentication';
import { twinfield, TWINFIELD_NAMESPACE } from './service';

/** Relative: the credential's `authenticate` puts the stored session's cluster in front. */
export const KEEP_ALIVE_PATH = '/webservices/session.asmx';

/**
 * Status codes of a Keep Alive that make n8n log on again: Twinfield answers
 * an ended session with a SOAP fault, HTTP 500 (or 401 per its error table).
 */
const SESSION_ENDED_STATUS = [401, 500];

function keepAliveRequest(options: CallOptions): IHttpRequestOptions {
	return {
		method: 'POST',
		url: KEEP_ALIVE_PATH,
		headers: soapRequestHeaders(options.version, TWINFIELD_NAMESPACE, 'KeepAlive'),
		// The credential's `authenticate` fills in the stored session ID.
		body: buildEnvelope({
			version: options.version,
			namespace: TWINFIELD_NAMESPACE,
			operation: 'KeepAlive',
			header: { name: 'Header', namespace: TWINFIELD_NAMESPACE, fields: { SessionID: '' } },
		}),
		timeout: options.timeoutMs,
		// A stream, so that the answer is read within the node's size limit, not whole.
		encoding: 'stream',
		returnFullResponse: true,
		json: false,
		disableFollowRedirect: true,
	};
}

/**
 * One Keep Alive on the stored session, bounded like every other call of the
 * node: a deadline for the whole exchange and a limit on the answer's size.
 * HTTP errors still reach n8n, which logs on again when they say the session ended.
 */
async function keepAlive(context: Functions, options: CallOptions): Promise<void> {
	const deadline = AbortSignal.timeout(options.timeoutMs);
	const sending = context.helpers.httpRequestWithAuthentication.call(context, PASSWORD_CREDENTIAL, keepAliveRequest(options), {
		preAuthenticationRetryStatusCode: SESSION_ENDED_STATUS,
	}) as Promise<RawResponse>;
	const response = await beforeDeadline(sending, deadline);
	await readAnswerBody(response, options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES, deadline);
}

/** The node's own error inside what n8n's request helper wrapped it in, if there is one. */
interface OwnError {
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
			return { message: current.message, description: current.description, httpCode: null, response: { service: 'Twinfield', operation: 'Logon' } };
		}
		current = (current.errorResponse ?? current.cause) as typeof current;
	}
	return undefined;
}

/** A log-on problem from `preAuthentication` keeps its words; anything else is explained here. */
/** The log-on's own error, in its own words, when n8n's helper failed because the log-on did. */
function logOnError(context: Functions, itemIndex: number, error: unknown): NodeApiError | undefined {
	const own = ownError(error);
	if (!own) return undefined;
	return new NodeApiError(context.getNode(), own.response, {
		message: own.message,
		description: own.description ?? undefined,
		httpCode: own.httpCode ?? undefined,
		itemIndex,
	});
}

function sessionError(context: Functions, itemIndex: number, error: unknown, timeoutMs: number): Error {
	const own = logOnError(context, itemIndex, error);
	if (own) return own;
	const scope = errorScope({ helpers: context.helpers, node: context.getNode(), itemIndex }, twinfield, 'KeepAlive');
	if (error instanceof TransportFailure) return transportError(scope, error, '', timeoutMs);
	const status = (error as { httpCode?: string | null }).httpCode;
	return serviceError(
		scope,
		'Twinfield did not accept the session kept with the credential, nor a new log-on',
		`The Keep Alive failed${status ? ` with HTTP ${status}` : ''} even after logging on again. Check the Log-On URL of the credential and test the credential; if the test passes, try again in a few minutes.`,
	);
}

/** Checks (and if needed renews) the credential's session, then reads it from the credential. */
async function checkedSession(context: Functions, itemIndex: number, options: CallOptions): Promise<{ sessionId: string; cluster: string }> {
	try {
		await keepAlive(context, options);
	} catch (error) {
		throw sessionError(context, itemIndex, error, options.timeoutMs);
	}
	const credentials = await context.getCredentials(PASSWORD_CREDENTIAL);
	return { sessionId: String(credentials.sessionId ?? ''), cluster: String(credentials.cluster ?? '') };
}

/**
 * The credential's session for one run: checked once, shared by every item,
 * renewed at most once per failure that says it ended.
 */
export function credentialSessionAccess(context: Functions, options: CallOptions): (itemIndex: number) => Promise<TwinfieldAccess> {
	let current: Promise<TwinfieldAccess> | undefined;
	const load = (itemIndex: number): Promise<TwinfieldAccess> => {
		const loading: Promise<TwinfieldAccess> = checkedSession(context, itemIndex, options).then(({ sessionId, cluster }): TwinfieldAccess =>
			sessionAccess(sessionId, cluster, async () => {
				// The stored session just failed: the Keep Alive on it fails too, and n8n logs on again.
				const renewed = current === loading ? load(itemIndex) : (current ?? load(itemIndex));
				current = renewed;
				return await renewed;
			}),
		);
		return loading;
	};
	return async (itemIndex) => {
		current ??= load(itemIndex);
		return await current;
	};
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
			// Only the caller can tell a session that ended from a failed call: no status makes n8n resend.
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
