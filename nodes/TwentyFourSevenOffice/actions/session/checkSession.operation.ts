/** Session → Check Session: `HasSession`, once per distinct session in a run. `false` is an answer, not an error. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { tsoRun } from '../../transport/run';
import { sessionCookie } from '../../transport/service';
import { sessionIdField, USE_GIVEN_SESSION } from '../fields/sessionId';

export const option: Operation['option'] = {
	name: 'Check Session',
	value: 'checkSession',
	description: 'Ask whether a session is still logged in',
	action: 'Check a session',
};

export const properties: INodeProperties[] = [sessionIdField(`The session to check. ${USE_GIVEN_SESSION}`)];

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject> {
	const run = await tsoRun(operationRun);
	const sessionId = run.givenSessionId(itemIndex) || run.session.sessionId;
	// No stored session yet: nothing is logged in, and there is nothing to ask.
	if (!sessionId) return { sessionId, authenticated: false };
	const authenticated = await run.hasSession(run.call(itemIndex), sessionId);
	return authenticated ? { sessionId, authenticated, cookie: sessionCookie(sessionId) } : { sessionId, authenticated };
}
