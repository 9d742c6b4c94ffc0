/**
 * 24SevenOffice state: cookie sessions with sliding idle expiry, and the
 * per-username login throttle that quarantines a user for an hour.
 */
import { randomBytes } from 'crypto';
import type { TsoAccount, TsoIdentity } from './seed';

export interface TsoSession {
	id: string;
	account: TsoAccount;
	identity: TsoIdentity;
	lastUsed: number;
}

// ASP.NET session ids: 24 characters of a base-32 alphabet (a-z, 0-5).
const SESSION_ALPHABET = 'abcdefghijklmnopqrstuvwxyz012345';

export function newSessionId(prefix = ''): string {
	if (![...prefix].every((char) => SESSION_ALPHABET.includes(char)) || prefix.length > 24) throw new Error(`"${prefix}" cannot start a session ID`);
	return prefix + [...randomBytes(24 - prefix.length)].map((byte) => SESSION_ALPHABET[byte % 32]).join('');
}

export class TsoSessions {
	private live = new Map<string, TsoSession>();

	constructor(
		private readonly ttlMs: number,
		private readonly idPrefix = '',
	) {}

	create(account: TsoAccount, identity: TsoIdentity): TsoSession {
		const session = { id: newSessionId(this.idPrefix), account, identity, lastUsed: Date.now() };
		this.live.set(session.id, session);
		return session;
	}

	/** The live session for a cookie value, marked used; undefined when unknown or idle too long. */
	use(id: string | undefined): TsoSession | undefined {
		const session = id === undefined ? undefined : this.live.get(id);
		if (session === undefined) return undefined;
		if (Date.now() - session.lastUsed > this.ttlMs) {
			this.live.delete(session.id);
			return undefined;
		}
		session.lastUsed = Date.now();
		return session;
	}

	expireAll(): void {
		this.live.clear();
	}

	clear(): void {
		this.live.clear();
	}
}

const HOUR_MS = 60 * 60 * 1000;

export class LoginThrottle {
	private users = new Map<string, { attempts: number[]; quarantineUntil?: number }>();

	constructor(private readonly limit: number) {}

	/** Counts one login attempt; answers the quarantine end when the user is blocked. */
	attempt(username: string): Date | undefined {
		const now = Date.now();
		const key = username.toLowerCase();
		const state = this.users.get(key) ?? { attempts: [] };
		this.users.set(key, state);
		if (state.quarantineUntil !== undefined && state.quarantineUntil > now) return new Date(state.quarantineUntil);
		state.attempts = state.attempts.filter((time) => now - time < HOUR_MS);
		if (state.attempts.length >= this.limit) {
			state.quarantineUntil = now + HOUR_MS;
			return new Date(state.quarantineUntil);
		}
		state.attempts.push(now);
		return undefined;
	}

	clear(): void {
		this.users.clear();
	}
}

/** "2026-11-25 17:04:00", in UTC. */
export function formatQuarantineEnd(date: Date): string {
	return date.toISOString().slice(0, 19).replace('T', ' ');
}
