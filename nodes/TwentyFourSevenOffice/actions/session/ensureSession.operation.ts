/**
 * Session → Ensure Session: the vendor's advice as one step. Reuse a session
 * while HasSession says it is live; log in only when it is not, since repeated
 * logins get throttled. The session to try is the given one or, when none is
 * given, the one this node remembered from its last run.
 */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { checkedSessionId } from '../../call';
import type { TsoRun } from '../../run';
import { sessionCookie } from '../../service';
import { sessionIdField } from './sessionIdField';

export const option: INodePropertyOptions = {
	name: 'Ensure Session',
	value: 'ensureSession',
	description: 'Reuse the given session while it is logged in, and log in only when it is not',
	action: 'Ensure a session',
};

export const description: INodeProperties[] = [sessionIdField('ensureSession')];

export async function execute(run: TsoRun, itemIndex: number): Promise<IDataObject> {
	const { steps, memory } = run;
	const call = run.call(itemIndex);
	const given = run.context.getNodeParameter('sessionId', itemIndex, '');
	const sessionId = checkedSessionId(call, given) || checkedSessionId(call, memory.recall());
	if (sessionId && (await steps.hasSession(call, sessionId))) {
		memory.remember(sessionId);
		return { sessionId, cookie: sessionCookie(sessionId), authenticated: true, reused: true };
	}
	const fresh = await steps.logIn(call);
	memory.remember(String(fresh.sessionId));
	return { ...fresh, reused: false };
}
