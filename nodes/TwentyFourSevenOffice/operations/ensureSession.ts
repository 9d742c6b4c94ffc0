/**
 * Session → Ensure Session: the vendor's advice as one step. Reuse the given
 * session while HasSession says it is live; log in only when it is not, since
 * repeated logins get throttled.
 */
import type { IDataObject } from 'n8n-workflow';

import { checkedSessionId, type TsoCall } from '../call';
import { sessionCookie } from '../service';

export interface SessionSteps {
	hasSession(call: TsoCall, sessionId: string): Promise<boolean>;
	logIn(call: TsoCall): Promise<IDataObject>;
}

export async function ensureSession(call: TsoCall, sessionIdInput: string, steps: SessionSteps): Promise<IDataObject> {
	const sessionId = checkedSessionId(call, sessionIdInput);
	if (sessionId && (await steps.hasSession(call, sessionId))) {
		return { sessionId, cookie: sessionCookie(sessionId), authenticated: true, reused: true };
	}
	return { ...(await steps.logIn(call)), reused: false };
}
