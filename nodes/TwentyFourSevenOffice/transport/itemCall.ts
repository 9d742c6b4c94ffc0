/** What every 24SevenOffice operation needs for one item: where, how, and as whom. */
import type { CallOptions } from '../../shared/n8n/options';
import { callSoap, errorScope as sharedErrorScope, type CallContext, type SoapResult } from '../../shared/soap/call';
import { isSessionId } from '../../shared/soap/checks';
import type { SoapFields } from '../../shared/soap/envelope';
import { inputError, type ErrorScope } from '../../shared/soap/errors';
import type { TwentyFourSevenOfficeCredentials } from './credentials';
import { authenticateUrl, sessionCookie, twentyFourSevenOffice } from './service';

export interface TsoCall {
	context: CallContext;
	credentials: TwentyFourSevenOfficeCredentials;
	options: CallOptions;
}


/**
 * What a call must never let an answer echo to people besides the session
 * cookie it carries, which the SOAP layer masks: the password, and the session
 * stored with the credential (which n8n adds when the call names none).
 */
export function callSecrets(call: TsoCall): string[] {
	const stored = (call.credentials as { sessionId?: unknown }).sessionId;
	return [call.credentials.password ?? '', typeof stored === 'string' ? stored : ''];
}

export function checkedSessionId(call: TsoCall, sessionId: unknown): string {
	const trimmed = String(sessionId ?? '').trim();
	if (trimmed !== '' && !isSessionId(trimmed)) {
		throw inputError(
			call.context.node,
			call.context.itemIndex,
			'The session ID is not a 24SevenOffice session ID',
			'It may contain only letters, digits, - and _. Use the sessionId output of a Log In or Ensure Session step.',
		);
	}
	return trimmed;
}

export async function callAuthenticate(
	call: TsoCall,
	operation: string,
	sessionId: string | undefined,
	fields?: SoapFields,
): Promise<SoapResult> {
	return await callSoap(call.context, twentyFourSevenOffice, {
		url: authenticateUrl(call.credentials.apiUrl),
		version: call.options.version,
		timeoutMs: call.options.timeoutMs,
		maxAnswerBytes: call.options.maxAnswerBytes,
		role: operation === 'Login' ? 'logOn' : operation === 'HasSession' ? 'checkSession' : 'useSession',
		operation,
		fields,
		cookie: sessionId ? sessionCookie(sessionId) : undefined,
		secrets: callSecrets(call),
	});
}

/** What errors of a call name; given the answer, they mask what the call sent, as they may quote it. */
export function errorScope(call: TsoCall, operation: string, answer?: Pick<SoapResult, 'mask'>): ErrorScope {
	return sharedErrorScope(call.context, twentyFourSevenOffice, operation, answer ? { mask: answer.mask } : {});
}
