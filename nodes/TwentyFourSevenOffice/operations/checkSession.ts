/** Session → Check Session: `HasSession` with the session's cookie. `false` is an answer, not an error. */
import type { IDataObject } from 'n8n-workflow';

import { serviceError } from '../../shared/errors';
import { childText } from '../../shared/xml';
import { callAuthenticate, errorScope, checkedSessionId, type TsoCall } from '../call';
import { sessionCookie, TSO_NAMESPACE } from '../service';

export async function hasSession(call: TsoCall, sessionId: string): Promise<boolean> {
	const { response } = await callAuthenticate(call, 'HasSession', sessionId);
	const answer = childText(response, 'HasSessionResult', TSO_NAMESPACE);
	// xs:boolean also allows 1 and 0.
	if (answer !== 'true' && answer !== 'false' && answer !== '1' && answer !== '0') {
		throw serviceError(
			errorScope(call, 'HasSession'),
			'24SevenOffice sent an unreadable answer to HasSession',
			`Expected true or false, got "${answer ?? ''}". Check that the API URL in the credential points at 24SevenOffice.`,
		);
	}
	return answer === 'true' || answer === '1';
}

export async function checkSession(call: TsoCall, sessionIdInput: unknown): Promise<IDataObject> {
	const sessionId = checkedSessionId(call, sessionIdInput);
	const authenticated = await hasSession(call, sessionId);
	return { sessionId, authenticated, cookie: sessionId ? sessionCookie(sessionId) : '' };
}
