/** What the password credential does on its own: log on for preAuthentication, add the session in authenticate. */
/*
 * n8n then keeps the session, encrypted, in the credential's hidden fields.
 */
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';

import { credentialTestNode } from '../../shared/n8n/credentialTest';
import { baseAddress, isSessionId, isWebAddress } from '../../shared/soap/checks';
import { logOn, type TwinfieldCredentials } from './logOn';

/**
 * A field the node adds to the credential's data in memory (never stored): a
 * session it saw working, to be kept with the credential again instead of a
 * log-on, when another process overwrote the kept one with an ended session.
 */
export const SESSION_TO_KEEP = 'sessionToKeep';

/** Logs on and hands n8n the session to keep; a log-on that needs an SMS code or a new password fails here. */
export async function sessionForCredential(helpers: IHttpRequestHelper['helpers'], credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
	const toKeep = String(credentials[SESSION_TO_KEEP] ?? '').trim();
	const cluster = baseAddress(String(credentials.cluster ?? ''));
	if (toKeep && isSessionId(toKeep) && isWebAddress(cluster)) return { sessionId: toKeep, cluster, accessToken: String(credentials.accessToken ?? '') };
	const session = await logOn(
		{ helpers: helpers as never, node: credentialTestNode('Twinfield'), itemIndex: 0 },
		credentials as unknown as TwinfieldCredentials,
		{ version: '1.1', timeoutMs: 30_000, allowUnfinished: false },
	);
	return { sessionId: session.sessionId, cluster: session.cluster, accessToken: session.accessToken ?? '' };
}

/** Puts the kept session into a Twinfield SOAP request: its SessionID header and its cluster. */
export function withKeptSession(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): IHttpRequestOptions {
	const request = { ...requestOptions };
	if (typeof request.body === 'string') {
		// A stored value is held to the rule of a typed session ID; one that breaks it is not sent, and Twinfield asks for a new log-on.
		const sessionId = String(credentials.sessionId ?? '').trim();
		request.body = request.body.replace(/<SessionID>[^<]*<\/SessionID>/, `<SessionID>${isSessionId(sessionId) ? sessionId : ''}</SessionID>`);
	}
	if (request.url.startsWith('/')) {
		const cluster = baseAddress(String(credentials.cluster ?? ''));
		// The kept cluster came from Twinfield's log-on answer; a stored value is held to the same rule.
		if (!isWebAddress(cluster)) throw new Error('The session kept with the Twinfield credential has no valid cluster address. Test the credential to log on again.');
		request.url = `${cluster}${request.url}`;
	}
	return request;
}
