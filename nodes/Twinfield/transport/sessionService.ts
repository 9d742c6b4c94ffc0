/** Calls to session.asmx on the cluster of a session given in the node (by default, the incoming item's). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readCallOptions } from '../../shared/n8n/options';
import { answerErrorScope, callSoap, type SoapResult } from '../../shared/soap/call';
import { baseAddress, isWebAddress } from '../../shared/soap/checks';
import type { SoapFields } from '../../shared/soap/envelope';
import { inputError, serviceError } from '../../shared/soap/errors';
import { ownEntry } from '../../shared/soap/serverText';
import { childText } from '../../shared/soap/xml';
import { sessionOutput } from '../helpers/sessionOutput';
import { headerBlock } from './access';
import { clusterServiceUrl, twinfield, TWINFIELD_NAMESPACE } from './service';

export interface ClusterSession {
	sessionId: string;
	cluster: string;
}

export function readSession(functions: IExecuteFunctions, itemIndex: number): ClusterSession {
	const sessionId = String(functions.getNodeParameter('sessionId', itemIndex, '') ?? '').trim();
	const cluster = baseAddress(String(functions.getNodeParameter('cluster', itemIndex, '') ?? ''));
	const node = functions.getNode();
	if (!sessionId) {
		throw inputError(node, itemIndex, 'No Twinfield session ID', 'Put a Twinfield Log On step (with OAuth2: Log On With Access Token) before this one, or fill in Session ID.');
	}
	if (!isWebAddress(cluster)) {
		throw inputError(node, itemIndex, 'No Twinfield cluster address', 'Cluster must be the address Log On output as "cluster", for example https://api.accounting.twinfield.com.');
	}
	return { sessionId, cluster };
}

/** One session.asmx operation with the session's header. */
export async function sessionCall(
	functions: IExecuteFunctions,
	itemIndex: number,
	session: ClusterSession,
	operation: string,
	fields: SoapFields = {},
): Promise<SoapResult> {
	const options = readCallOptions(functions, itemIndex);
	return await callSoap({ helpers: functions.helpers, node: functions.getNode(), itemIndex }, twinfield, {
		url: clusterServiceUrl(session.cluster, 'session'),
		version: options.version,
		operation,
		fields,
		header: headerBlock({ sessionId: session.sessionId }),
		timeoutMs: options.timeoutMs,
		maxAnswerBytes: options.maxAnswerBytes,
	});
}

/** What a result code means for the user, and what to do about it. */
export type ResultExplanations = Record<string, [message: string, advice: string]>;

/** The table's words for a result code; a code the table does not know (such as "constructor") gets `unknown`'s. */
export function explainResult(
	explanations: ResultExplanations,
	result: string,
	unknown: (result: string) => [message: string, advice: string],
): [message: string, advice: string] {
	return ownEntry(explanations, result) ?? unknown(result);
}

/**
 * A session.asmx step that answers with a result code and a nextAction
 * (SmsLogon, ChangePassword). Any result but Ok becomes an error in the
 * table's words; a code the table does not know gets `unknown`'s.
 */
export async function sessionStep(
	functions: IExecuteFunctions,
	itemIndex: number,
	session: ClusterSession,
	operation: string,
	fields: SoapFields,
	explanations: ResultExplanations,
	unknown: (result: string) => [message: string, advice: string],
): Promise<IDataObject> {
	const answer = await sessionCall(functions, itemIndex, session, operation, fields);
	const { response } = answer;
	const result = childText(response, `${operation}Result`, TWINFIELD_NAMESPACE) ?? '';
	const nextAction = childText(response, 'nextAction', TWINFIELD_NAMESPACE) || 'None';
	if (result !== 'Ok') {
		const [message, advice] = explainResult(explanations, result, unknown);
		const scope = answerErrorScope({ node: functions.getNode(), itemIndex, helpers: functions.helpers }, twinfield, operation, answer);
		throw serviceError(scope, message, advice, { [`${operation[0].toLowerCase()}${operation.slice(1)}Result`]: result, nextAction });
	}
	return sessionResult(session, result, nextAction);
}

/** The session handed on to the next step, plus what this step found out. */
export function sessionResult(session: ClusterSession, result: string, nextAction: string, extra: IDataObject = {}): IDataObject {
	return { ...sessionOutput({ ...session, result, nextAction }), ...extra };
}
