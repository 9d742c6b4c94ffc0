/** Session → Log On With Access Token: a session ID from the OAuth token, for flows that need a session. */
import { NodeOperationError, type INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { readCallOptions, soapOptionsField } from '../../../shared/n8n/options';
import { answerErrorScope, callSoap } from '../../../shared/soap/call';
import { baseAddress, isChosenAddress, isSessionId } from '../../../shared/soap/checks';
import { serviceError } from '../../../shared/soap/errors';
import { childText } from '../../../shared/soap/xml';
import { explainLogonResult } from '../../helpers/logonResults';
import { readSessionHeader, sessionOutput } from '../../helpers/sessionOutput';
import { authenticationOf } from '../../transport/authentication';
import { TwinfieldOAuth } from '../../transport/oauth';
import { sessionServiceUrl, twinfield, TWINFIELD_NAMESPACE } from '../../transport/service';

export const option: Operation['option'] = {
	name: 'Log On With Access Token',
	value: 'accessTokenLogOn',
	description: "Turn the OAuth2 credential's access token into a session ID, for steps that need a session",
	action: 'Log on with the access token',
};

export const properties: INodeProperties[] = [
	soapOptionsField,
];

/** One session serves every item, as with Log On. */
export const execute: Operation['execute'] = async function (run, itemIndex) {
	const functions = run.context;
	const session = await run.once('accessTokenLogOn', async () => {
		if (authenticationOf(functions, itemIndex) !== 'oAuth2') {
			throw new NodeOperationError(functions.getNode(), 'Log On With Access Token needs the OAuth2 way in', {
				description: 'Set Authentication to OAuth2, or use Log On with the user and password credential.',
				itemIndex,
			});
		}
		const options = readCallOptions(functions, 0);
		const oauth = await TwinfieldOAuth.load(functions, functions.getNode(), itemIndex, options.timeoutMs);
		const context = oauth.context(itemIndex);
		const attempt = async (accessToken: string) => {
			const sent = await callSoap(context, twinfield, {
				url: sessionServiceUrl(oauth.loginBaseUrl()),
				version: options.version,
				operation: 'AccessTokenLogon',
				fields: { accessToken },
				timeoutMs: options.timeoutMs,
				maxAnswerBytes: options.maxAnswerBytes,
				role: 'logOn',
			});
			const { response, header } = sent;
			return { result: childText(response, 'AccessTokenLogonResult', TWINFIELD_NAMESPACE) ?? '', response, header, mask: sent.mask };
		};
		let answer = await oauth.withToken(itemIndex, attempt);
		// Twinfield may answer an expired token with TokenInvalid and HTTP 200: renew once.
		if (answer.result === 'TokenInvalid') {
			await oauth.refresh(itemIndex);
			answer = await attempt(oauth.accessToken);
		}
		// Errors below quote the answer: they mask what the log-on sent.
		const scope = answerErrorScope(context, twinfield, 'AccessTokenLogon', answer);
		if (answer.result !== 'Ok') {
			const [message, advice] = explainLogonResult(answer.result);
			throw serviceError(scope, message, advice, { logonResult: answer.result });
		}
		const cluster = childText(answer.response, 'cluster', TWINFIELD_NAMESPACE) ?? '';
		const { sessionId } = readSessionHeader(answer.header);
		// What the service chooses obeys the same rules as everywhere: it goes into later headers and URLs.
		if (!sessionId || !isSessionId(sessionId) || !isChosenAddress(baseAddress(cluster), oauth.credentials.accessTokenUrl ?? '')) {
			throw serviceError(scope, 'Twinfield accepted the access token but sent no usable session', 'Try again; if it persists, the Access Token URL of the credential may point at something other than Twinfield.');
		}
		return sessionOutput({ sessionId, cluster, result: answer.result, nextAction: 'None' });
	});
	return { ...session };
};
