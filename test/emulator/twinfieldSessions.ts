/**
 * Twinfield's session store: GUID ids, idle expiry, and one live session per
 * user for password logons (a new Logon ends the previous one, error 168).
 */
import { randomBytes, randomUUID } from 'crypto';
import type { TwinfieldNextAction, TwinfieldUser } from './seed';

export interface TwinfieldSession {
	id: string;
	accessToken: string;
	user: TwinfieldUser;
	nextAction: TwinfieldNextAction;
	company?: string;
	lastUsed: number;
	/** Stored sessions only; OAuth header calls use a transient one. */
	stored: boolean;
}

export type SessionLookup =
	| { session: TwinfieldSession }
	| { problem: 'unknown' | 'expired' | 'superseded' };

export class TwinfieldSessions {
	private live = new Map<string, TwinfieldSession>();
	/** Ended sessions keep their reason so later use gets the right fault. */
	private ended = new Map<string, 'expired' | 'superseded'>();

	constructor(private readonly ttlMs: number) {}

	create(user: TwinfieldUser, nextAction: TwinfieldNextAction, endPrevious: boolean): TwinfieldSession {
		if (endPrevious) {
			for (const session of this.live.values()) {
				if (session.user.user === user.user) this.end(session.id, 'superseded');
			}
		}
		const session: TwinfieldSession = {
			id: randomUUID(),
			accessToken: randomBytes(24).toString('base64url'),
			user,
			nextAction,
			lastUsed: Date.now(),
			stored: true,
		};
		this.live.set(session.id, session);
		return session;
	}

	/** Finds a live session and marks it used (the idle timeout slides). */
	use(id: string): SessionLookup {
		const key = id.trim().toLowerCase();
		const session = this.live.get(key);
		if (session === undefined) {
			const reason = this.ended.get(key);
			return reason === undefined ? { problem: 'unknown' } : { problem: reason };
		}
		if (Date.now() - session.lastUsed > this.ttlMs) {
			this.end(key, 'expired');
			return { problem: 'expired' };
		}
		session.lastUsed = Date.now();
		return { session };
	}

	abandon(id: string): void {
		this.live.delete(id);
	}

	expireAll(): void {
		for (const id of [...this.live.keys()]) this.end(id, 'expired');
	}

	clear(): void {
		this.live.clear();
		this.ended.clear();
	}

	private end(id: string, reason: 'expired' | 'superseded'): void {
		this.live.delete(id);
		this.ended.set(id, reason);
	}
}
