/** Public and shared types of the emulator. */
import type { IncomingHttpHeaders } from 'http';

export interface EmulatorOptions {
	/** Twinfield and 24SevenOffice session idle lifetime; default 20 minutes. */
	sessionTtlMs?: number;
	/** 24SevenOffice: logins per username per hour before "Limit exceeded"; default 5. */
	loginsBeforeThrottle?: number;
	/** Lifetime of Twinfield OAuth access tokens; default 3600 (one hour). */
	accessTokenLifetimeSeconds?: number;
	/** 24SevenOffice: how every session ID starts (the rest stays random); a-z and 0-5 only. */
	tsoSessionIdPrefix?: string;
	/** First port (the others follow); default 0, an ephemeral port for each server. */
	port?: number;
	/** Twinfield fair use: credits per window before the cluster answers 429 (uncertified clients: 50 a minute); default no limit. */
	twinfieldCreditsPerMinute?: number;
	/** The window those credits count over, in milliseconds; default 60000. */
	twinfieldCreditWindowMs?: number;
}

export interface Emulator {
	twinfieldLoginUrl: string;
	twinfieldClusterUrl: string;
	twentyFourSevenOfficeUrl: string;
	/** Twinfield's OAuth server (on the login host): issue, expire and revoke tokens. */
	twinfieldOAuth: import('./twinfieldOAuth').TwinfieldOAuth;
	requests: RecordedRequest[];
	/** The clock the services stamp changes with. */
	clock: import('./clock').ServiceClock;
	/** Every change stamped so far. */
	changes: import('./changeLog').ChangeLog;
	/** Requests so far per service and operation, e.g. `counts()['24sevenoffice'].Login`. */
	counts(): RequestCounts;
	/** Twinfield fair-use credits spent by processed cluster calls since the last reset (query 1, other 3). */
	twinfieldCreditsSpent(): number;
	inject(injection: Injection): void;
	expireSessions(): void;
	reset(): void;
	close(): Promise<void>;
}

export type ServiceName = 'twinfield-login' | 'twinfield-cluster' | '24sevenoffice';

export interface RecordedRequest {
	service: ServiceName;
	method: string;
	path: string;
	headers: Record<string, string | string[] | undefined>;
	body: string;
	operation?: string;
	values?: Record<string, string>;
}

export type InjectionKind =
	| 'fault'
	| 'html'
	| 'empty'
	| 'truncated'
	| 'slow'
	| 'rateLimit'
	| 'serverError'
	| 'unauthorized'
	| 'forbidden'
	/** A well-formed answer padded to `bytes` (default 6 MB). */
	| 'oversized'
	/** Ends every session, then answers normally. */
	| 'endSessions';

export type Injection = {
	kind: InjectionKind;
	service?: 'twinfield' | '24sevenoffice';
	times?: number;
	delayMs?: number;
	retryAfter?: number;
	bytes?: number;
	/** HTTP status of an `oversized` answer; default 200. */
	status?: number;
	/** The fault's text; `{cookie}` is replaced by the request's Cookie header, as a server that echoes it would. */
	faultString?: string;
	/** Only requests for this SOAP operation, e.g. `ProcessXmlString`. */
	operation?: string;
};

export type SoapVersion = '1.1' | '1.2';

/** A complete HTTP answer; handlers build these and the host writes them. */
export interface Reply {
	status: number;
	headers: Record<string, string | string[]>;
	body: string;
}

/** What handlers see of the HTTP request besides the SOAP message. */
export interface HttpRequestInfo {
	method: string;
	path: string;
	headers: IncomingHttpHeaders;
	body: string;
}

/** Requests per service, then per SOAP operation (or the path when there is none). */
export type RequestCounts = Record<string, Record<string, number>>;
