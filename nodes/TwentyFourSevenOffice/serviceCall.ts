/**
 * One call of any 24SevenOffice service operation with the session cookie,
 * through the shared SOAP layer. A dead session, whether the service says so
 * in a fault or as `Type=NotAuthenticated` in its answer, leads to one new
 * log-in and one retry; statuses in the answer become clear errors.
 */
import type { NodeApiError } from 'n8n-workflow';

import { callSoap, type SoapService } from '../shared/call';
import type { SoapFields } from '../shared/envelope';
import { serviceError, type ErrorScope } from '../shared/errors';
import type { XmlElement } from '../shared/xml';
import { errorScope, type TsoCall } from './call';
import { sessionCookie, twentyFourSevenOffice } from './service';
import { answerProblem, resultElement, type AnswerProblem } from './serviceAnswer';
import { serviceUrl, type TsoServiceAddress } from './serviceDirectory';

export interface ServiceRequest {
	/** Shown in errors, e.g. `CompanyService`. */
	serviceName: string;
	address: TsoServiceAddress;
	operation: string;
	fields: SoapFields;
}

/** The session to call with, and how to get a new one when the service says it is gone. */
export interface ServiceSession {
	sessionId: string;
	/** Logs in again (once per dead session and run) and answers the new session ID. */
	renew(deadSessionId: string): Promise<string>;
}

export interface ServiceAnswer {
	response: XmlElement;
	result?: XmlElement;
	sessionId: string;
}

/** The texts with which 24SevenOffice says a session is not (or no longer) logged in. */
const DEAD_SESSION = /not authenticated|no session|session.*(expired|invalid)/i;

const SAVE_ADVICE: Record<string, string> = {
	DuplicateData: 'The same data was already sent. Check in 24SevenOffice what is there before sending it again.',
	DataAlreadySaved: 'This data was saved before, so it was not saved again. Check in 24SevenOffice before sending it again.',
	NotSaved: 'Nothing was saved. Correct the parameters as the message says, then run the workflow again.',
	SystemError: '24SevenOffice failed to process the request. Try again later; if it keeps happening, contact 24SevenOffice support with this message.',
	Exception: '24SevenOffice could not process the request. Check the parameters against the operation\'s documentation; if they are right, contact 24SevenOffice support with this message.',
};

function problemError(scope: ErrorScope, problem: Exclude<AnswerProblem, { kind: 'notAuthenticated' }>): NodeApiError {
	if (problem.kind === 'status') {
		const said = problem.description ? `: ${problem.description}` : '';
		return serviceError(scope, `24SevenOffice did not carry out ${scope.operation} (${problem.type})${said}`, SAVE_ADVICE[problem.type] ?? SAVE_ADVICE.Exception, {
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

function notAuthenticatedError(scope: ErrorScope, serviceName: string, description: string): NodeApiError {
	return serviceError(
		scope,
		`24SevenOffice says the session is not logged in, even right after a new log-in${description ? `: ${description}` : ''}`,
		`Check that the user in the credential may use ${serviceName}, and that the credential's Identity ID is a company this user may work in.`,
	);
}

/** The answer, or word that the session was dead (and nothing was done). */
type Attempt = { answer: ServiceAnswer } | { deadSession: true };

async function callOnce(call: TsoCall, request: ServiceRequest, sessionId: string, firstTry: boolean): Promise<Attempt> {
	let dead = false;
	const service: SoapService = {
		displayName: twentyFourSevenOffice.displayName,
		namespace: request.address.namespace,
		adviceForFault(fault) {
			dead = DEAD_SESSION.test(fault.reason);
			if (dead) return `The session is not logged in, even right after a new log-in. Check that the user in the credential may use ${request.serviceName}.`;
			return twentyFourSevenOffice.adviceForFault?.(fault);
		},
	};
	const sent = await callSoap(call.context, service, {
		url: serviceUrl(call.credentials.apiUrl, request.address),
		version: call.options.version,
		timeoutMs: call.options.timeoutMs,
		maxAnswerBytes: call.options.maxAnswerBytes,
		operation: request.operation,
		fields: request.fields,
		cookie: sessionCookie(sessionId),
	}).then(
		(soap) => ({ soap }),
		(error: unknown) => ({ error }),
	);
	if ('error' in sent) {
		if (dead && firstTry) return { deadSession: true };
		throw sent.error;
	}
	const { response } = sent.soap;
	const result = resultElement(response, request.operation);
	const problem = answerProblem(result);
	if (problem?.kind === 'notAuthenticated') {
		if (firstTry) return { deadSession: true };
		throw notAuthenticatedError(errorScope(call, request.operation), request.serviceName, problem.description);
	}
	if (problem) throw problemError(errorScope(call, request.operation), problem);
	return { answer: { response, result, sessionId } };
}

export async function callService(call: TsoCall, request: ServiceRequest, session: ServiceSession): Promise<ServiceAnswer> {
	const first = await callOnce(call, request, session.sessionId, true);
	if ('answer' in first) return first.answer;
	const fresh = await session.renew(session.sessionId);
	const second = await callOnce(call, request, fresh, false);
	if ('answer' in second) return second.answer;
	// Only a first try reports a dead session; the second one throws instead.
	throw notAuthenticatedError(errorScope(call, request.operation), request.serviceName, '');
}
