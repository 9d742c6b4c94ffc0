/** What the credential does on its own: log in for preAuthentication, add the cookie in authenticate. */
import type { ICredentialDataDecryptedObject, IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';

import { credentialTestNode } from '../../shared/n8n/credentialTest';
import { isSessionId } from '../../shared/soap/checks';
import { hasSession, logIn } from './authenticate';
import type { TwentyFourSevenOfficeCredentials } from './credentials';
import type { TsoCall } from './itemCall';
import { isSessionCookie, sessionCookie } from './service';

/** The hidden, expirable credential field that holds the session. */
export const SESSION_FIELD = 'sessionId';

function credentialCall(helpers: IHttpRequestHelper['helpers'], credentials: ICredentialDataDecryptedObject): TsoCall {
	return {
		context: { helpers, node: credentialTestNode('24SevenOffice'), itemIndex: 0 },
		credentials: credentials as unknown as TwentyFourSevenOfficeCredentials,
		options: { version: '1.1', timeoutMs: 30_000 },
	};
}

/**
 * n8n calls this when the stored session is empty, and again after a request
 * failed. A failed request does not prove the session is gone, so a stored
 * session is kept while HasSession says it is live: only a dead one is replaced.
 */
export async function sessionForCredential(
	helpers: IHttpRequestHelper['helpers'],
	credentials: ICredentialDataDecryptedObject,
): Promise<{ sessionId: string }> {
	const call = credentialCall(helpers, credentials);
	const stored = storedSessionId(credentials);
	if (stored && (await hasSession(call, stored))) return { sessionId: stored };
	const fresh = await logIn(call);
	return { sessionId: String(fresh.sessionId) };
}

/**
 * The session stored with the credential, held to the rule of a typed session
 * ID: a stored value that breaks it (e.g. `abc; other=1`) counts as none, so
 * it is never sent and the next log-in replaces it.
 */
export function storedSessionId(credentials: ICredentialDataDecryptedObject): string {
	const stored = String(credentials[SESSION_FIELD] ?? '').trim();
	return isSessionId(stored) ? stored : '';
}

/** Adds the session cookie, keeping any other cookie the request already has. */
export function withSessionCookie(credentials: ICredentialDataDecryptedObject, request: IHttpRequestOptions): IHttpRequestOptions {
	const sessionId = storedSessionId(credentials);
	const headers = { ...(request.headers ?? {}) } as Record<string, string>;
	const name = Object.keys(headers).find((key) => key.toLowerCase() === 'cookie');
	const others = name
		? String(headers[name])
				.split(';')
				.map((pair) => pair.trim())
				.filter((pair) => pair && !isSessionCookie(pair))
		: [];
	if (name) delete headers[name];
	const cookies = sessionId ? [sessionCookie(sessionId), ...others] : others;
	if (cookies.length > 0) headers.Cookie = cookies.join('; ');
	return { ...request, headers };
}
