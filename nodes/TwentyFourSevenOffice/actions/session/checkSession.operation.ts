/** Session → Check Session: `HasSession`, once per distinct session in a run. `false` is an answer, not an error. */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { TsoRun } from '../../run';
import { sessionCookie } from '../../service';
import { sessionIdField, USE_GIVEN_SESSION } from './sessionIdField';

export const option: INodePropertyOptions = {
	name: 'Check Session',
	value: 'checkSession',
	description: 'Ask whether a session is still logged in',
	action: 'Check a session',
};

export const description: INodeProperties[] = [sessionIdField('checkSession', `The session to check. ${USE_GIVEN_SESSION}`)];

export async function execute(run: TsoRun, itemIndex: number): Promise<IDataObject> {
	const sessionId = run.givenSessionId(itemIndex) || run.session.sessionId;
	// No stored session yet: nothing is logged in, and there is nothing to ask.
	if (!sessionId) return { sessionId, authenticated: false };
	const authenticated = await run.hasSession(run.call(itemIndex), sessionId);
	return authenticated ? { sessionId, authenticated, cookie: sessionCookie(sessionId) } : { sessionId, authenticated };
}
