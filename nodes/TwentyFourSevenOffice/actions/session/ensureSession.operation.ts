/** Session → Ensure Session: reuse a live session, log in only when there is none. */
/*
 * Reuse a session while HasSession says it is live; log in only when it is
 * not, since repeated logins get throttled. The session to try is the given
 * one, else the one stored with the credential; a new log-in is stored with
 * the credential.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { serviceError } from '../../../shared/soap/errors';
import { hasSessionResult } from '../../transport/authenticate';
import { callAuthenticate, errorScope } from '../../transport/itemCall';
import { tsoRun } from '../../transport/run';
import { sessionCookie } from '../../transport/service';
import { sessionIdField, USE_GIVEN_SESSION } from '../fields/sessionId';

export const option: Operation['option'] = {
	name: 'Ensure Session',
	value: 'ensureSession',
	description: 'Start here: reuse the session stored with the credential while it is logged in, and log in only when it is not',
	action: 'Ensure a session (start here)',
};

export const properties: INodeProperties[] = [
	sessionIdField(`The session to reuse while it is logged in. ${USE_GIVEN_SESSION}`),
];

function live(sessionId: string, reused: boolean): IDataObject {
	return { sessionId, cookie: sessionCookie(sessionId), authenticated: true, reused };
}

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject> {
	const run = await tsoRun(operationRun);
	const call = run.call(itemIndex);
	const { session } = run;
	const given = run.givenSessionId(itemIndex);
	if (given && (await run.hasSession(call, given))) return live(given, given !== session.sessionId || given === session.before);

	const stored = session.sessionId;
	if (stored && (await run.hasSession(call, stored))) return live(stored, stored === session.before);

	// Log in through the credential; n8n stores the session and then sends the one call
	// it always sends after a log-in: here a HasSession that confirms the new session.
	const sent = await session.logIn(call, async (itemCall, sessionId) => await callAuthenticate(itemCall, 'HasSession', sessionId), stored || undefined);
	if (!hasSessionResult(call, sent.result)) {
		throw serviceError(
			errorScope(call, 'HasSession'),
			'24SevenOffice did not accept the new session',
			'The log-in succeeded but the service does not know the new session. Run the workflow again; if it keeps happening, contact 24SevenOffice support.',
		);
	}
	run.knowLive(sent.sessionId);
	return live(sent.sessionId, false);
}
