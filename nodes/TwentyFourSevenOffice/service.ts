/** 24SevenOffice's Authenticate service as the shared SOAP layer sees it. */
import type { OperationRole, SoapService } from '../shared/call';
import type { SoapFault } from '../shared/response';

export const TSO_NAMESPACE = 'http://24sevenOffice.com/webservices';

const SESSION_ADVICE: [RegExp, (reason: string) => string] = [
	/not authenticated|no session|session.*(expired|invalid)/i,
	() => 'The session is not logged in (it expired or was never valid). Put a 24SevenOffice Ensure Session step before this one and use its session ID.',
];

/** Known fault texts of the service, with what the user should do about each. */
const FAULT_ADVICE: Array<[pattern: RegExp, advice: (reason: string) => string]> = [
	[
		/limit exceeded/i,
		(reason) => {
			// The time may contain dots (25.11.2026 17:05:00); only a final full stop is not part of it.
			const until = /quarantine ends at (.+?)\.?\s*$/i.exec(reason)?.[1]?.trim();
			const wait = until ? `until ${until}` : 'for a while';
			return `24SevenOffice blocks further requests ${wait} because too many were made. Wait, then run the workflow again. To avoid it, use the Ensure Session operation: it reuses a live session instead of logging in every time.`;
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
	SESSION_ADVICE,
];

export const twentyFourSevenOffice: SoapService = {
	displayName: '24SevenOffice',
	namespace: TSO_NAMESPACE,
	adviceForFault(fault: SoapFault, role?: OperationRole) {
		const advice = FAULT_ADVICE.find(([pattern]) => pattern.test(fault.reason));
		// A log-in has no session to renew: the generic log-in advice fits it better.
		if (!advice || (role === 'logOn' && advice === SESSION_ADVICE)) return undefined;
		return advice[1](fault.reason);
	},
};

export function authenticateUrl(apiUrl: string): string {
	const base = apiUrl.trim().replace(/\/+$/, '').replace(/\/authenticate\/v001\/authenticate\.asmx$/i, '');
	return `${base}/authenticate/v001/authenticate.asmx`;
}

/** The cookie that carries a 24SevenOffice session on every later request. */
export function sessionCookie(sessionId: string): string {
	return `ASP.NET_SessionId=${sessionId}`;
}
