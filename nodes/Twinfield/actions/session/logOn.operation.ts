/**
 * Session → Log On: with a password, Twinfield's `Logon` with user, password and
 * organisation; with OAuth 2, a checked token and the header that carries it.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { callSoap, errorScope, type CallContext } from '../../../shared/call';
import { isSessionId, isToken, isWebAddress } from '../../../shared/checks';
import { quoted } from '../../../shared/serverText';
import type { SoapVersion } from '../../../shared/envelope';
import { inputError, serviceError } from '../../../shared/errors';
import { optionsField, readCallOptions } from '../../../shared/nodeOptions';
import { childText } from '../../../shared/xml';
import { authenticationOf, PASSWORD_CREDENTIAL } from '../../authentication';
import { companyProperty } from '../../company';
import { credentialSessionAccess } from '../../credentialSession';
import { explainLogonResult, explainNextAction } from '../../logonResults';
import { TwinfieldOAuth } from '../../oauth';
import { loginBaseUrl, sessionServiceUrl, twinfield, TWINFIELD_NAMESPACE } from '../../service';
import { readSessionHeader, sessionOutput, tokenOutput } from '../../session';
import type { Operation } from '../operation';

export const option: Operation['option'] = {
	name: 'Log On',
	value: 'logOn',
	description: 'Log on with the credential and output what later calls need: cluster, addresses and a ready SOAP header',
	action: 'Log on',
};

export const properties: INodeProperties[] = [
	{
		...companyProperty,
		hint: 'Leave empty to use the Company Code of the Twinfield OAuth2 credential',
		displayOptions: { show: { authentication: ['oAuth2'] } },
	},
	optionsField([
		{
			displayName: 'Allow Unfinished Log-On',
			name: 'allowUnfinished',
			type: 'boolean',
			default: false,
			description:
				'Whether to output the session when Twinfield still wants an SMS code or a new password, instead of stopping with an error. Such a session has "ready" set to false and cannot be used for other calls yet. Only for User and Password.',
		},
	]),
];

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
	const scope = errorScope(context, twinfield, 'Logon', { role: 'logOn' });
	const { response, header } = await callSoap(context, twinfield, {
		url: sessionServiceUrl(loginBaseUrl(credentials.loginUrl)),
		version: options.version,
		operation: 'Logon',
		// User and organisation are codes: a space pasted along with them is never meant.
		fields: { user: credentials.user.trim(), password: credentials.password, organisation: credentials.organisation.trim() },
		timeoutMs: options.timeoutMs,
		maxAnswerBytes: options.maxAnswerBytes,
		role: 'logOn',
	});

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
			: !isWebAddress(cluster.replace(/\/+$/, ''))
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

/**
 * One session serves every item: a second Logon with the same user ends the
 * first session. So its options are read once, from the first item. The
 * session is the one kept with the credential, reused while it lives; only an
 * unfinished log-on (SMS code, new password) is done here and not kept.
 */
export const execute: Operation['execute'] = async function (this: IExecuteFunctions, itemIndex, _item, run) {
	const session = await run.once('logOn', async () => {
		if (authenticationOf(this, itemIndex) === 'oAuth2') return await tokenLogOn(this, itemIndex);
		const options = {
			...readCallOptions(this, 0),
			allowUnfinished: this.getNodeParameter('options.allowUnfinished', 0, false) as boolean,
		};
		if (!options.allowUnfinished) {
			const access = await credentialSessionAccess(this, options)(itemIndex);
			const { accessToken } = await this.getCredentials(PASSWORD_CREDENTIAL, itemIndex);
			const sessionId = String(access.header.fields.SessionID ?? '');
			return sessionOutput({ sessionId, accessToken: accessToken ? String(accessToken) : undefined, cluster: access.cluster, result: 'Ok', nextAction: 'None' });
		}
		const credentials = (await this.getCredentials(PASSWORD_CREDENTIAL)) as unknown as TwinfieldCredentials;
		return await logOn({ helpers: this.helpers, node: this.getNode(), itemIndex }, credentials, options);
	});
	return { ...session };
};

/**
 * With OAuth 2 there is no session: Log On checks the token with Twinfield
 * (renewing it if needed) and outputs the cluster and a header with the token
 * and company, ready for ProcessXml or Finder calls.
 */
async function tokenLogOn(functions: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const oauth = await TwinfieldOAuth.load(functions, functions.getNode(), itemIndex);
	const chosen = String(functions.getNodeParameter('company', 0, '') ?? '').trim();
	const company = chosen || (oauth.credentials.companyCode ?? '').trim();
	if (!company) {
		throw inputError(
			functions.getNode(),
			itemIndex,
			'No Twinfield company chosen',
			'Calls with an access token must name a company. Choose a Company in the node, or fill in Company Code in the Twinfield OAuth2 credential.',
		);
	}
	const cluster = await oauth.cluster(itemIndex, true);
	const claims = oauth.claims();
	return tokenOutput({
		accessToken: oauth.accessToken,
		cluster,
		company,
		expiresAt: oauth.expiresAtIso(),
		organisation: typeof claims['twf.organisationCode'] === 'string' ? claims['twf.organisationCode'] : undefined,
		user: typeof claims['twf.organisationUserCode'] === 'string' ? claims['twf.organisationUserCode'] : undefined,
	});
}
