/** The two Authenticate calls sessions are made of: Login and HasSession. */
import type { IDataObject } from 'n8n-workflow';

import type { SoapResult } from '../../shared/soap/call';
import { isSessionId } from '../../shared/soap/checks';
import { serviceError } from '../../shared/soap/errors';
import { childText } from '../../shared/soap/xml';
import { loginCredential } from './credentials';
import { callAuthenticate, errorScope, type TsoCall } from './itemCall';
import { isSessionCookie, sessionCookie, TSO_NAMESPACE } from './service';

export async function logIn(call: TsoCall): Promise<IDataObject> {
	const { node, itemIndex } = call.context;
	const credential = loginCredential(node, itemIndex, call.credentials);
	const { response, cookies } = await callAuthenticate(call, 'Login', undefined, { credential });
	const sessionId = childText(response, 'LoginResult', TSO_NAMESPACE) ?? '';
	if (!sessionId) {
		throw serviceError(
			errorScope(call, 'Login'),
			'24SevenOffice refused the log-in',
			"The username, password or identity ID in the credential is wrong, or the user may not use this identity. Check them in the 24SevenOffice credential.",
		);
	}
	if (!isSessionId(sessionId)) {
		throw serviceError(
			errorScope(call, 'Login'),
			'24SevenOffice sent a session ID that cannot be used',
			'The log-in answer held a session ID with characters a session ID cannot have, so it was not used. Check that the API URL in the credential points at 24SevenOffice.',
		);
	}
	// Hand on every cookie the service set (a load balancer may add its own), the session's first.
	const others = cookies.filter((pair) => !isSessionCookie(pair));
	const cookie = [sessionCookie(sessionId), ...others].join('; ');
	return { sessionId, cookie, authenticated: true };
}

/** HasSession's answer; xs:boolean allows 1 and 0 as well as true and false. */
export function hasSessionResult(call: TsoCall, result: SoapResult): boolean {
	const answer = childText(result.response, 'HasSessionResult', TSO_NAMESPACE);
	if (answer !== 'true' && answer !== 'false' && answer !== '1' && answer !== '0') {
		throw serviceError(
			errorScope(call, 'HasSession', result),
			'24SevenOffice sent an unreadable answer to HasSession',
			`Expected true or false, got "${answer ?? ''}". Check that the API URL in the credential points at 24SevenOffice.`,
		);
	}
	return answer === 'true' || answer === '1';
}

/** `false` is an answer, not an error. */
export async function hasSession(call: TsoCall, sessionId: string): Promise<boolean> {
	return hasSessionResult(call, await callAuthenticate(call, 'HasSession', sessionId));
}
