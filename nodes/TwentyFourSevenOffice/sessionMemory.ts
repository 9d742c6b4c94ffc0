/**
 * Keeps the last good session ID, with its cookies, in the workflow's static
 * data, per credential identity, so Ensure Session can reuse it in the next run.
 * n8n saves static data for active workflows; in manual test runs it lasts only
 * for the run. The key is a hash: static data must not hold the application or
 * identity ID in clear.
 */
import { createHash } from 'crypto';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { isCookiePair, isSessionId } from '../shared/checks';
import type { SessionMemory } from './operations/ensureSession';
import type { TwentyFourSevenOfficeCredentials } from './credentials';
import { sessionCookie } from './service';

function memoryKey(credentials: TwentyFourSevenOfficeCredentials): string {
	const identity = [credentials.apiUrl, credentials.applicationId, credentials.username, credentials.identityId ?? ''].join('\n');
	return `s-${createHash('sha256').update(identity).digest('hex').slice(0, 32)}`;
}

interface Remembered {
	sessionId: string;
	cookie: string;
}

function read(value: unknown): Remembered | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { sessionId, cookie } = value as Partial<Remembered>;
	if (typeof sessionId !== 'string' || !isSessionId(sessionId)) return undefined;
	const valid = typeof cookie === 'string' && cookie.startsWith(sessionCookie(sessionId)) && cookie.split('; ').every(isCookiePair);
	return { sessionId, cookie: valid ? cookie : sessionCookie(sessionId) };
}

export function workflowSessionMemory(context: IExecuteFunctions, credentials: TwentyFourSevenOfficeCredentials): SessionMemory {
	const staticData = context.getWorkflowStaticData('node');
	const key = memoryKey(credentials);
	const sessions = () => {
		const stored = (staticData.sessions ??= {}) as IDataObject;
		// Entries of earlier versions were keyed by the credential's IDs in clear.
		for (const old of Object.keys(stored)) if (old.includes('|')) delete stored[old];
		return stored;
	};
	const recallEntry = () => {
		const stored = sessions();
		return Object.hasOwn(stored, key) ? read(stored[key]) : undefined;
	};
	return {
		recall: () => recallEntry()?.sessionId,
		cookieFor: (sessionId) => {
			const entry = recallEntry();
			return entry?.sessionId === sessionId ? entry.cookie : undefined;
		},
		remember: (sessionId, cookie) => {
			const entry = recallEntry();
			const next = { sessionId, cookie: cookie ?? (entry?.sessionId === sessionId ? entry.cookie : sessionCookie(sessionId)) };
			if (entry?.sessionId !== next.sessionId || entry.cookie !== next.cookie) sessions()[key] = next;
		},
	};
}
