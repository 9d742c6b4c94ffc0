/** Session → Check Session: `HasSession` with the session's cookie. `false` is an answer, not an error. */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { hasSession } from '../../authenticate';
import { checkedSessionId } from '../../call';
import type { TsoRun } from '../../run';
import { sessionCookie } from '../../service';
import { sessionIdField } from './sessionIdField';

export const option: INodePropertyOptions = {
	name: 'Check Session',
	value: 'checkSession',
	description: 'Ask whether a session is still logged in',
	action: 'Check a session',
};

export const description: INodeProperties[] = [sessionIdField('checkSession')];

export async function execute(run: TsoRun, itemIndex: number): Promise<IDataObject> {
	const call = run.call(itemIndex);
	const sessionId = checkedSessionId(call, run.context.getNodeParameter('sessionId', itemIndex, ''));
	const authenticated = await hasSession(call, sessionId);
	return { sessionId, authenticated, cookie: sessionId ? sessionCookie(sessionId) : '' };
}
