/** Twinfield's `Logon` with user, password and organisation: the password way in, for the node and the credential alike. */
import type { IDataObject } from 'n8n-workflow';

import { answerErrorScope, callSoap, type CallContext } from '../../shared/soap/call';
import { baseAddress, isChosenAddress, isSessionId, isToken } from '../../shared/soap/checks';
import type { SoapVersion } from '../../shared/soap/envelope';
import { serviceError } from '../../shared/soap/errors';
import { quoted } from '../../shared/soap/serverText';
import { childText } from '../../shared/soap/xml';
import { explainLogonResult, explainNextAction } from '../helpers/logonResults';
import { readSessionHeader, sessionOutput } from '../helpers/sessionOutput';
import { loginBaseUrl, sessionServiceUrl, twinfield, TWINFIELD_NAMESPACE } from './service';

export interface TwinfieldCredentials {
	user: string;
	password: string;
	organisation: string;
	loginUrl: string;
}

export interface LogOnOptions {
	version: SoapVersion;
	timeoutMs: number;
	maxAnswerBytes?: number;
	/** Output a session that still waits for an SMS code or a new password, instead of failing. */
	allowUnfinished: boolean;
}

export async function logOn(
	context: CallContext,
	credentials: TwinfieldCredentials,
	options: LogOnOptions,
): Promise<IDataObject> {
	const answer = await callSoap(context, twinfield, {
		url: sessionServiceUrl(loginBaseUrl(credentials.loginUrl)),
		version: options.version,
		operation: 'Logon',
		// User and organisation are codes: a space pasted along with them is never meant.
		fields: { user: credentials.user.trim(), password: credentials.password, organisation: credentials.organisation.trim() },
		timeoutMs: options.timeoutMs,
		maxAnswerBytes: options.maxAnswerBytes,
		role: 'logOn',
	});
	const { response, header } = answer;
	// Errors below quote the answer: they mask what the log-on sent.
	const scope = answerErrorScope(context, twinfield, 'Logon', answer, { role: 'logOn' });

	const result = childText(response, 'LogonResult', TWINFIELD_NAMESPACE) ?? '';
	if (result !== 'Ok') {
		const [message, advice] = explainLogonResult(result);
		throw serviceError(scope, message, advice, { logonResult: result });
	}

	const nextAction = childText(response, 'nextAction', TWINFIELD_NAMESPACE) || 'None';
	const cluster = childText(response, 'cluster', TWINFIELD_NAMESPACE) ?? '';
	const { sessionId, accessToken } = readSessionHeader(header);
	// What the service chooses obeys the same rules as what a user enters: it goes into later headers and URLs.
	const problem = !sessionId
		? 'no session ID in its SOAP header'
		: !isSessionId(sessionId)
			? 'a session ID with characters a session ID cannot have'
			: !isChosenAddress(baseAddress(cluster), credentials.loginUrl)
				? `no valid cluster address ("${quoted(cluster)}")`
				: accessToken !== undefined && !isToken(accessToken)
					? 'an access token with characters a token cannot have'
					: undefined;
	if (problem || !sessionId) {
		throw serviceError(
			scope,
			'Twinfield accepted the log-on but sent no usable session',
			`The answer had LogonResult Ok but ${problem}. Try again; if it persists, the log-on URL may point at something other than Twinfield.`,
		);
	}
	if (nextAction !== 'None' && !options.allowUnfinished) {
		const [message, advice] = explainNextAction(nextAction);
		throw serviceError(scope, message, advice, { nextAction });
	}
	return sessionOutput({ sessionId, accessToken, cluster, result, nextAction });
}
