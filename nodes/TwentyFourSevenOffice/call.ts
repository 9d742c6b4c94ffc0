/** What every 24SevenOffice operation needs for one item: where, how, and as whom. */
import { isSessionId } from '../shared/checks';
import { callSoap, errorScope as sharedErrorScope, type CallContext, type SoapResult } from '../shared/call';
import type { SoapFields } from '../shared/envelope';
import { inputError, type ErrorScope } from '../shared/errors';
import type { CallOptions } from '../shared/nodeOptions';
import type { TwentyFourSevenOfficeCredentials } from './credentials';
import { authenticateUrl, sessionCookie, twentyFourSevenOffice } from './service';

export interface TsoCall {
	context: CallContext;
	credentials: TwentyFourSevenOfficeCredentials;
	options: CallOptions;
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

/** For operations that need a logged-in session: an empty session ID is a mistake in the workflow. */
export function requiredSessionId(call: TsoCall, sessionId: unknown): string {
	const checked = checkedSessionId(call, sessionId);
	if (!checked) {
		throw inputError(
			call.context.node,
			call.context.itemIndex,
			'No session ID was given',
			'Put a Log In or Ensure Session step before this one, or set Session ID to the sessionId of such a step.',
		);
	}
	return checked;
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
	});
}

export function errorScope(call: TsoCall, operation: string): ErrorScope {
	return sharedErrorScope(call.context, twentyFourSevenOffice, operation);
}
