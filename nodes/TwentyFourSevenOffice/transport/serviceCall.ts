/** One call of any 24SevenOffice service operation with the session cookie, on the item's session or the credential's. */
/*
 * One call of any 24SevenOffice service operation with the session cookie,
 * through the shared SOAP layer. Statuses in the answer become clear errors;
 * `Type=NotAuthenticated` becomes an error that `isSessionGone` recognises,
 * like a "not authenticated" fault, so the caller can log in and retry once.
 */
import type { NodeApiError } from 'n8n-workflow';

import { callSoap, type SoapResult, type SoapService } from '../../shared/soap/call';
import type { SoapFields } from '../../shared/soap/envelope';
import { serviceError, type ErrorScope } from '../../shared/soap/errors';
import { ownEntry } from '../../shared/soap/serverText';
import { answerProblem, resultElement, type AnswerProblem } from '../helpers/serviceAnswer';
import { callSecrets, errorScope, type TsoCall } from './itemCall';
import type { TsoRun } from './run';
import { isSessionGone, sessionCookie, twentyFourSevenOffice } from './service';
import { serviceUrl, type TsoServiceAddress } from './serviceDirectory';
import type { SessionSend } from './storedSession';

export interface ServiceRequest {
	/** Shown in errors, e.g. `CompanyService`. */
	serviceName: string;
	address: TsoServiceAddress;
	operation: string;
	fields: SoapFields;
	/** Set by saves that pair each record's APIException with its own item: the answer is handed back, not turned into one error. */
	recordsReadByCaller?: boolean;
}

const SAVE_ADVICE: Record<string, string> = {
	DuplicateData: 'The same data was already sent. Check in 24SevenOffice what is there before sending it again.',
	DataAlreadySaved: 'This data was saved before, so it was not saved again. Check in 24SevenOffice before sending it again.',
	NotSaved: 'Nothing was saved. Correct the parameters as the message says, then run the workflow again.',
	SystemError: '24SevenOffice failed to process the request. Try again later; if it keeps happening, contact 24SevenOffice support with this message.',
	Exception: '24SevenOffice could not process the request. Check the parameters against the operation\'s documentation; if they are right, contact 24SevenOffice support with this message.',
};

/** What to do about a save result's Type; a Type the table does not know gets the generic advice. */
export function saveAdvice(type: string): string {
	return ownEntry(SAVE_ADVICE, type) ?? SAVE_ADVICE.Exception;
}

function problemError(scope: ErrorScope, problem: Exclude<AnswerProblem, { kind: 'notAuthenticated' }>): NodeApiError {
	if (problem.kind === 'status') {
		const said = problem.description ? `: ${problem.description}` : '';
		return serviceError(scope, `24SevenOffice did not carry out ${scope.operation} (${problem.type})${said}`, saveAdvice(problem.type), {
			type: problem.type,
			description: problem.description,
		});
	}
	const { failures, total, savedIds } = problem;
	const lines = failures.map((failure) => `${failure.element} ${failure.position}: ${[failure.type, failure.message].filter(Boolean).join(': ')}`);
	const others = total - failures.length;
	const saved =
		others === 0
			? 'None of the records were saved.'
			: `The other ${others} record${others === 1 ? ' was' : 's were'} saved${savedIds.length ? ` (Id ${savedIds.join(', ')})` : ''}: send only the refused ones again, after correcting them.`;
	const first = failures[0];
	return serviceError(
		scope,
		`24SevenOffice refused ${failures.length} of ${total} record${total === 1 ? '' : 's'} in ${scope.operation}: ${first.message || first.type}`,
		[...lines, saved].join('\n'),
		{ refused: lines.join('\n') },
	);
}

/** Marked `sessionGone`: the caller logs in and retries once, so a user only sees it after a fresh log-in. */
function notAuthenticatedError(scope: ErrorScope, serviceName: string, description: string): NodeApiError {
	return serviceError(
		scope,
		`24SevenOffice says the session is not logged in, even right after a new log-in${description ? `: ${description}` : ''}`,
		`Check that the user in the credential may use ${serviceName}, and that the credential's Identity ID is a company this user may work in.`,
		{ sessionGone: true },
	);
}

/**
 * Sends the call once. `sessionId` undefined means n8n adds the cookie of the
 * session stored with the credential.
 */
export async function sendServiceCall(call: TsoCall, request: ServiceRequest, sessionId: string | undefined): Promise<SoapResult> {
	const service: SoapService = { ...twentyFourSevenOffice, namespace: request.address.namespace };
	const sent = await callSoap(call.context, service, {
		url: serviceUrl(call.credentials.apiUrl, request.address),
		version: call.options.version,
		timeoutMs: call.options.timeoutMs,
		maxAnswerBytes: call.options.maxAnswerBytes,
		operation: request.operation,
		fields: request.fields,
		cookie: sessionId ? sessionCookie(sessionId) : undefined,
		secrets: callSecrets(call),
	}).then(
		(result) => ({ result }),
		(error: unknown) => ({ error }),
	);
	if ('error' in sent) {
		// A "not authenticated" fault reads like the NotAuthenticated answer, in this call's terms.
		if (!isSessionGone(sent.error)) throw sent.error;
		const reason = String((sent.error as { errorResponse?: { faultString?: unknown } }).errorResponse?.faultString ?? '');
		throw notAuthenticatedError(errorScope(call, request.operation), request.serviceName, reason.replace(/^Server was unable to process request\.\s*--->\s*/i, ''));
	}
	const { result } = sent;
	const problem = answerProblem(resultElement(result.response, request.operation));
	// Both errors quote the answer: they mask what the call sent.
	if (problem?.kind === 'notAuthenticated') {
		throw notAuthenticatedError(errorScope(call, request.operation, result), request.serviceName, problem.description);
	}
	if (problem && !(problem.kind === 'records' && request.recordsReadByCaller)) throw problemError(errorScope(call, request.operation, result), problem);
	return result;
}

/*
 * Which session a service call goes out on. Session ID empty: the session
 * stored with the credential, logged in again once when the service says it is
 * gone. A Session ID given by the item is tried first; when the service says it
 * is gone, the call is sent once more on the credential's session, and later
 * items of the run that bring the same dead session go there straight away.
 */
async function onCredentialSession(run: TsoRun, itemIndex: number, send: SessionSend): Promise<SoapResult> {
	const sent = await run.session.send(run.call(itemIndex), send, isSessionGone);
	if (sent.loggedIn) run.knowLive(sent.sessionId);
	return sent.result;
}

export async function sendOnSession(run: TsoRun, itemIndex: number, send: SessionSend): Promise<SoapResult> {
	const given = run.givenSessionId(itemIndex);
	const dead = run.deadSessions;
	if (!given || dead.has(given)) return await onCredentialSession(run, itemIndex, send);
	const first = await send(run.call(itemIndex), given).then(
		(result) => ({ result }),
		(error: unknown) => ({ error }),
	);
	if ('result' in first) return first.result;
	if (!isSessionGone(first.error)) throw first.error;
	dead.add(given);
	return await onCredentialSession(run, itemIndex, send);
}
