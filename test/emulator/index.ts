/**
 * Local emulator of the Twinfield and 24SevenOffice SOAP services: three
 * servers on 127.0.0.1 (Twinfield login host, Twinfield cluster host,
 * 24SevenOffice) sharing one state, with switches for failure injection.
 */
import type { Emulator, EmulatorOptions, Injection, RecordedRequest } from './types';
import { changeLog } from './changeLog';
import { serviceClock } from './clock';
import { countByOperation } from './counts';
import { Host, HostControls, startHost } from './host';
import { InjectionQueue, validateInjection } from './injections';
import { twinfieldEndpoints } from './twinfield';
import { resetTwinfieldInvoices } from './twinfieldInvoices';
import { TwinfieldCredits } from './twinfieldCredits';
import { resetTwinfieldDimensions } from './twinfieldDimensions';
import { twinfieldOAuthHandler, TwinfieldOAuth } from './twinfieldOAuth';
import { TwinfieldSessions } from './twinfieldSessions';
import { resetTwinfieldTransactions } from './twinfieldTransactions';
import { twentyFourSevenOfficeEndpoints } from './twentyFourSevenOffice';
import { LoginThrottle, TsoSessions } from './twentyFourSevenOfficeSessions';
import { TsoBooks, twentyFourSevenOfficeServiceEndpoints } from './twentyFourSevenOfficeServices';

export * from './seed';
export { changeLog, type LoggedChange } from './changeLog';
export { serviceClock, tsoStamp, twinfieldStamp } from './clock';
export { tsoAccounts, TSO_ACCOUNTING_NS, TSO_NOT_AUTHENTICATED } from './twentyFourSevenOfficeServices';
export { twinfieldOAuthClient, type TokenResponse, type TwinfieldOAuth } from './twinfieldOAuth';
export type {
	Emulator,
	EmulatorOptions,
	Injection,
	InjectionKind,
	RecordedRequest,
	RequestCounts,
	ServiceName,
} from './types';

const DEFAULT_TTL_MS = 20 * 60 * 1000;

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	const ttlMs = options.sessionTtlMs ?? DEFAULT_TTL_MS;
	const twinfieldSessions = new TwinfieldSessions(ttlMs);
	const tsoSessions = new TsoSessions(ttlMs, options.tsoSessionIdPrefix);
	const throttle = new LoginThrottle(options.loginsBeforeThrottle ?? 5);
	const tsoBooks = new TsoBooks();
	const injections = new InjectionQueue();
	const twinfieldCredits = new TwinfieldCredits(options.twinfieldCreditsPerMinute, options.twinfieldCreditWindowMs);
	const requests: RecordedRequest[] = [];
	let clusterUrl = '';
	let loginUrl = '';
	const oauth = new TwinfieldOAuth(() => `${loginUrl}/auth/authentication`, () => clusterUrl, options.accessTokenLifetimeSeconds);

	const expire = () => {
		twinfieldSessions.expireAll();
		tsoSessions.expireAll();
	};
	const reset = () => {
		twinfieldSessions.clear();
		resetTwinfieldTransactions();
		tsoSessions.clear();
		throttle.clear();
		tsoBooks.clear();
		injections.clear();
		oauth.clear();
		resetTwinfieldInvoices();
		serviceClock.reset();
		changeLog.clear();
		resetTwinfieldDimensions();
		twinfieldCredits.clear();
		// In place, so arrays callers already hold stay current.
		requests.length = 0;
	};
	const inject = (value: unknown) => injections.add(validateInjection(value));
	const controls: HostControls = {
		record: (request) => requests.push(request),
		takeInjection: (service, operation, named) => injections.take(service, operation, named),
		inject,
		reset,
		expire,
		requests: () => requests,
		credits: () => twinfieldCredits.spent,
	};

	const twinfield = { sessions: twinfieldSessions, clusterUrl: () => clusterUrl, oauth, credits: twinfieldCredits };
	const base = options.port ?? 0;
	const port = (offset: number) => (base === 0 ? 0 : base + offset);
	const hosts: Host[] = [];
	try {
		hosts.push(await startHost('twinfield-login', twinfieldEndpoints(twinfield, 'login'), controls, port(0), twinfieldOAuthHandler(oauth)));
		hosts.push(await startHost('twinfield-cluster', twinfieldEndpoints(twinfield, 'cluster'), controls, port(1)));
		const tsoContext = { sessions: tsoSessions, throttle };
		const tsoEndpoints = [...twentyFourSevenOfficeEndpoints(tsoContext), ...twentyFourSevenOfficeServiceEndpoints(tsoContext, tsoBooks)];
		hosts.push(await startHost('24sevenoffice', tsoEndpoints, controls, port(2)));
	} catch (error) {
		await Promise.all(hosts.map((host) => host.close()));
		throw error;
	}
	const [login, cluster, tso] = hosts;
	clusterUrl = cluster.url;
	loginUrl = login.url;

	return {
		twinfieldLoginUrl: login.url,
		twinfieldClusterUrl: cluster.url,
		twentyFourSevenOfficeUrl: tso.url,
		twinfieldOAuth: oauth,
		requests,
		clock: serviceClock,
		changes: changeLog,
		counts: () => countByOperation(requests),
		twinfieldCreditsSpent: () => twinfieldCredits.spent,
		inject: (injection: Injection) => inject(injection),
		expireSessions: expire,
		reset,
		close: async () => {
			await Promise.all(hosts.map((host) => host.close()));
		},
	};
}
