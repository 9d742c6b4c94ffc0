/**
 * Session → Ensure Session: the vendor's advice as one step. Reuse a session
 * while HasSession says it is live; log in only when it is not, since repeated
 * logins get throttled. The session to try is the given one or, when none is
 * given, the one this node remembered from its last run.
 */
import type { IDataObject } from 'n8n-workflow';

import { checkedSessionId, type TsoCall } from '../call';
import { sessionCookie } from '../service';

export interface SessionSteps {
	hasSession(call: TsoCall, sessionId: string): Promise<boolean>;
	logIn(call: TsoCall): Promise<IDataObject>;
}

/** Where the last good session ID is kept between runs. */
export interface SessionMemory {
	recall(): string | undefined;
	/** `cookie` is every cookie of the log-in (a load balancer may add its own). */
	remember(sessionId: string, cookie?: string): void;
	/** The cookie remembered with this session, so every item of a session carries the same one. */
	cookieFor?(sessionId: string): string | undefined;
}

export async function ensureSession(
	call: TsoCall,
	sessionIdInput: unknown,
	steps: SessionSteps,
	memory: SessionMemory,
): Promise<IDataObject> {
	const sessionId = checkedSessionId(call, sessionIdInput) || checkedSessionId(call, memory.recall());
	if (sessionId && (await steps.hasSession(call, sessionId))) {
		const cookie = memory.cookieFor?.(sessionId) ?? sessionCookie(sessionId);
		memory.remember(sessionId, cookie);
		return { sessionId, cookie, authenticated: true, reused: true };
	}
	const fresh = await steps.logIn(call);
	memory.remember(String(fresh.sessionId), typeof fresh.cookie === 'string' ? fresh.cookie : undefined);
	return { ...fresh, reused: false };
}
