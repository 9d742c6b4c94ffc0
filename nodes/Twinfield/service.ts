/** Twinfield as the shared SOAP layer sees it: its namespace, and what its faults mean. */
import type { OperationRole, SoapService } from '../shared/call';
import type { SoapFault } from '../shared/response';

export const TWINFIELD_NAMESPACE = 'http://www.twinfield.com/';

const SESSION_GONE = 'The session has ended (it expired after about 20 minutes without use, or was closed). Log on again: put a Twinfield Log On step right before the steps that use the session.';

const FAULT_ADVICE: Record<string, string> = {
	'168': 'Another log-on with the same user ended this session. Twinfield allows one session per user: let one Log On step serve the whole workflow, and do not run workflows with the same user at the same time.',
	'354': 'Twinfield did not accept the token of this session. Log on again; if it keeps happening, contact Twinfield support.',
};

export const twinfield: SoapService = {
	displayName: 'Twinfield',
	namespace: TWINFIELD_NAMESPACE,
	adviceForFault(fault: SoapFault, role?: OperationRole) {
		if (fault.detailCode && Object.hasOwn(FAULT_ADVICE, fault.detailCode)) return FAULT_ADVICE[fault.detailCode];
		// A log-on has no session to renew: the generic log-on advice fits it better.
		if (role !== 'logOn' && /not valid anymore|log on again/i.test(fault.reason)) return SESSION_GONE;
		return undefined;
	},
};

/** The credential's login URL without a trailing slash or service path. */
export function loginBaseUrl(loginUrl: string): string {
	return loginUrl.trim().replace(/\/+$/, '').replace(/\/webservices\/session\.asmx$/i, '');
}

export function sessionServiceUrl(baseUrl: string): string {
	return `${baseUrl}/webservices/session.asmx`;
}
