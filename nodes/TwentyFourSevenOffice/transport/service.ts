/** 24SevenOffice as the shared SOAP layer sees it: its namespace, what its faults mean, its session cookie, and when a session is gone. */
import type { OperationRole, SoapService } from '../../shared/soap/call';
import type { SoapFault } from '../../shared/soap/envelopeReader';

export const TSO_NAMESPACE = 'http://24sevenOffice.com/webservices';

/** Fault texts that mean the session is gone and a new log-in will help. */
const SESSION_GONE = /not authenticated|no session|session.*(expired|invalid)/i;

/** Known fault texts of the service, with what the user should do about each. */
const FAULT_ADVICE: Array<[pattern: RegExp, advice: (reason: string) => string]> = [
	[
		/limit exceeded/i,
		(reason) => {
			// The message already quotes the fault with the end time: name it once, and its zone (24SevenOffice uses UTC).
			const until = /quarantine ends at .*\d/i.test(reason) ? 'until the quarantine ends (the time above is UTC)' : 'for a while';
			return `24SevenOffice blocks this user ${until} because too many requests were made. Wait, then run the workflow again. To avoid it, leave Session ID empty so the session stored with the credential is reused instead of logging in every time.`;
		},
	],
	[
		/identityid is blocked/i,
		() => 'The identity (company) chosen in the credential is blocked. Choose another identity ID in the credential, or ask your 24SevenOffice administrator to unblock it.',
	],
	[
		/applicationid|application id/i,
		() => 'Check the Application ID in the credential: it must be the ID 24SevenOffice issued for your integration.',
	],
	[
		SESSION_GONE,
		() =>
			"The session is not logged in (it expired or was never valid). Leave Session ID empty to use the credential's session, which logs in again by itself, or take the session ID from an Ensure Session step.",
	],
];

export const twentyFourSevenOffice: SoapService = {
	displayName: '24SevenOffice',
	namespace: TSO_NAMESPACE,
	adviceForFault(fault: SoapFault, role?: OperationRole) {
		const advice = FAULT_ADVICE.find(([pattern]) => pattern.test(fault.reason));
		// A log-in has no session to renew: the generic log-in advice fits it better.
		if (!advice || (role === 'logOn' && advice[0] === SESSION_GONE)) return undefined;
		return advice[1](fault.reason);
	},
};

export function authenticateUrl(apiUrl: string): string {
	const base = apiUrl.trim().replace(/\/+$/, '').replace(/\/authenticate\/v001\/authenticate\.asmx$/i, '');
	return `${base}/authenticate/v001/authenticate.asmx`;
}

const SESSION_COOKIE_NAME = 'ASP.NET_SessionId';

/** The cookie that carries a 24SevenOffice session on every later request. */
export function sessionCookie(sessionId: string): string {
	return `${SESSION_COOKIE_NAME}=${sessionId}`;
}

/** Whether a `name=value` cookie pair is the session cookie. */
export function isSessionCookie(pair: string): boolean {
	return pair.startsWith(`${SESSION_COOKIE_NAME}=`);
}

/** Whether an error is the service saying the session is gone (a fault, or a NotAuthenticated answer). */
export function isSessionGone(error: unknown): boolean {
	const response = (error as { errorResponse?: { faultString?: unknown; sessionGone?: unknown } } | undefined)?.errorResponse;
	if (response?.sessionGone === true) return true;
	return typeof response?.faultString === 'string' && SESSION_GONE.test(response.faultString);
}
