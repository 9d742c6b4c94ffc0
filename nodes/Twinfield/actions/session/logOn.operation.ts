/** Session → Log On: the session or token later calls need, from either way in. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { optionsField, readCallOptions } from '../../../shared/n8n/options';
import { inputError } from '../../../shared/soap/errors';
import { sessionOutput, tokenOutput } from '../../helpers/sessionOutput';
import { authenticationOf, PASSWORD_CREDENTIAL } from '../../transport/authentication';
import { checkedKeptSession } from '../../transport/keepAliveCheck';
import { logOn, type TwinfieldCredentials } from '../../transport/logOn';
import { TwinfieldOAuth } from '../../transport/oauth';
import { companyProperty } from '../fields/company';

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

/**
 * One session serves every item: a second Logon with the same user ends the
 * first session. So its options are read once, from the first item. The
 * session is the one kept with the credential, reused while it lives; only an
 * unfinished log-on (SMS code, new password) is done here and not kept.
 */
export const execute: Operation['execute'] = async function (run, itemIndex) {
	const functions = run.context;
	const session = await run.once('logOn', async () => {
		if (authenticationOf(functions, itemIndex) === 'oAuth2') return await tokenLogOn(functions, itemIndex);
		const options = {
			...readCallOptions(functions, 0),
			allowUnfinished: functions.getNodeParameter('options.allowUnfinished', 0, false) as boolean,
		};
		if (!options.allowUnfinished) {
			const kept = await checkedKeptSession(functions, itemIndex, options);
			const { accessToken } = await functions.getCredentials(PASSWORD_CREDENTIAL, itemIndex);
			const { sessionId, cluster } = kept;
			return sessionOutput({ sessionId, accessToken: accessToken ? String(accessToken) : undefined, cluster, result: 'Ok', nextAction: 'None' });
		}
		const credentials = (await functions.getCredentials(PASSWORD_CREDENTIAL)) as unknown as TwinfieldCredentials;
		return await logOn({ helpers: functions.helpers, node: run.node, itemIndex }, credentials, options);
	});
	return { ...session };
};

/**
 * With OAuth 2 there is no session: Log On checks the token with Twinfield
 * (renewing it if needed) and outputs the cluster and a header with the token
 * and company, ready for ProcessXml or Finder calls.
 */
async function tokenLogOn(functions: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const oauth = await TwinfieldOAuth.load(functions, functions.getNode(), itemIndex, readCallOptions(functions, 0).timeoutMs);
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
