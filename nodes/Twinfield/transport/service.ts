/** Twinfield as the shared SOAP layer sees it: its namespace, and what its faults mean. */
import type { OperationRole, SoapService } from '../../shared/soap/call';
import { baseAddress } from '../../shared/soap/checks';
import type { SoapFault } from '../../shared/soap/envelopeReader';

export const TWINFIELD_NAMESPACE = 'http://www.twinfield.com/';

/** Operations that are themselves the log-on: advice must not send the user to a log-on step. */
const LOG_ON_OPERATIONS = ['Logon', 'AccessTokenLogon'];

const SESSION_GONE = 'The session has ended (it expired after about 20 minutes without use, or was closed). Log on again: put a Twinfield Log On step right before the steps that use the session.';

const FAULT_ADVICE: Record<string, string> = {
	'103': SESSION_GONE,
	'168': 'Another log-on with the same user ended this session. Twinfield allows one session per user: let one Log On step serve the whole workflow, and do not run workflows with the same user at the same time.',
	'354': 'Twinfield did not accept the access token: it has expired or was withdrawn. With the OAuth2 credential the node renews it once by itself; if this still appears, open the Twinfield OAuth2 credential and reconnect it. With a session, log on again.',
	'359': 'Calls with an OAuth access token must name a company. Choose a Company in the node, or fill in Company Code in the Twinfield OAuth2 credential; List Companies shows the codes you may use.',
	'360': 'A call may carry an access token or a session ID, not both. Use either the Log On output of an OAuth2 credential (soapHeader with AccessToken) or a session (soapHeader with SessionID).',
	'361': 'A call may name its company by code or by ID, not both. Keep only CompanyCode in the header.',
	'362': 'This Twinfield service does not accept the company in the header. Check the company code, or call the service without a company.',
};

/** Fault detail codes that mean the session is gone, not that the request was wrong. */
const SESSION_ENDED_CODES = ['101', '103', '168'];
const SESSION_ENDED_TEXT = /not valid anymore|log on again/i;

/** Whether a fault says the session has ended (expired, closed, or ended by another log-on): the one place that decides it. */
export function faultSaysSessionEnded(detailCode: string | undefined, reason: string): boolean {
	return (detailCode !== undefined && SESSION_ENDED_CODES.includes(detailCode)) || SESSION_ENDED_TEXT.test(reason);
}

const LOG_ON_FAILED = 'Twinfield could not complete the log-on. Check the log-on URL and the credential, then run the workflow again; if it keeps happening, contact Twinfield support with this message.';

export const twinfield: SoapService = {
	displayName: 'Twinfield',
	namespace: TWINFIELD_NAMESPACE,
	adviceForFault(fault: SoapFault, role?: OperationRole, operation?: string) {
		const logOn = role === 'logOn' || (operation !== undefined && LOG_ON_OPERATIONS.includes(operation));
		const code = fault.detailCode;
		// Only the table's own entries: a code such as "constructor" must not find Object's.
		if (code && Object.hasOwn(FAULT_ADVICE, code) && !(logOn && (code === '103' || code === '168'))) return FAULT_ADVICE[code];
		// A log-on has no session to renew: the log-on advice fits it better.
		if (logOn) return LOG_ON_FAILED;
		if (SESSION_ENDED_TEXT.test(fault.reason)) return SESSION_GONE;
		return undefined;
	},
};

/** The credential's login URL without a trailing slash or service path. */
export function loginBaseUrl(loginUrl: string): string {
	return baseAddress(loginUrl).replace(/\/webservices\/session\.asmx$/i, '');
}

export function sessionServiceUrl(baseUrl: string): string {
	return `${baseUrl}/webservices/session.asmx`;
}

export function clusterServiceUrl(cluster: string, service: 'session' | 'processxml' | 'finder'): string {
	return `${baseAddress(cluster)}/webservices/${service}.asmx`;
}
