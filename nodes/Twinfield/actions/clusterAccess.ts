/**
 * The Session parameter of the operations that call the cluster: the
 * credential's own way in (no Log On step needed), or the session an earlier
 * step handed on in its output.
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { CallOptions } from '../../shared/nodeOptions';
import { accessFromInput, tokenAccess, type TwinfieldAccess } from '../access';
import { authenticationOf } from '../authentication';
import { companyProperty } from '../company';
import { credentialSessionAccess } from '../credentialSession';
import { TwinfieldOAuth } from '../oauth';
import type { OperationRun } from './operation';

export const sessionProperties: INodeProperties[] = [
	{
		displayName: 'Session',
		name: 'session',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'From Credential',
				value: 'credential',
				description:
					'OAuth2: the access token and the company below. User and Password: the session n8n keeps with the credential, logging on only when there is none or it ended.',
			},
			{
				name: 'From Input (Log On Output)',
				value: 'input',
				description: 'The SOAP header and cluster an earlier Twinfield Log On step output (either way in)',
			},
		],
		default: 'credential',
	},
	{
		...companyProperty,
		hint: 'Leave empty to use the Company Code of the Twinfield OAuth2 credential',
		displayOptions: { show: { authentication: ['oAuth2'], session: ['credential'] } },
	},
	{
		displayName: 'SOAP Header',
		name: 'soapHeader',
		type: 'string',
		default: '={{ $json.soapHeader }}',
		displayOptions: { show: { session: ['input'] } },
		description: 'The "soapHeader" of a Twinfield Log On output: a session ID, or an access token with its company',
	},
	{
		displayName: 'Cluster',
		name: 'cluster',
		type: 'string',
		default: '={{ $json.cluster }}',
		displayOptions: { show: { session: ['input'] } },
		description: 'The "cluster" of a Twinfield Log On output, e.g. https://accounting.twinfield.com',
	},
];

/** The way in for one item; the credential's is checked once per run and shared by all items. */
export async function clusterAccess(
	context: IExecuteFunctions,
	itemIndex: number,
	run: OperationRun,
	options: CallOptions,
): Promise<TwinfieldAccess> {
	const source = context.getNodeParameter('session', itemIndex, 'credential') as string;
	if (source === 'input') {
		const soapHeader = String(context.getNodeParameter('soapHeader', itemIndex, '') ?? '');
		const cluster = String(context.getNodeParameter('cluster', itemIndex, '') ?? '');
		return accessFromInput({ helpers: context.helpers, node: run.node, itemIndex }, soapHeader, cluster);
	}
	if (authenticationOf(context, itemIndex) === 'oAuth2') return await tokenAccessFor(context, itemIndex, run);
	const credentialAccess = await run.once('credentialAccess', async () => credentialSessionAccess(context, options));
	return await credentialAccess(itemIndex);
}

/** The OAuth 2 way in: renewed first when known to be expired, and again when Twinfield rejects it. */
async function tokenAccessFor(context: IExecuteFunctions, itemIndex: number, run: OperationRun): Promise<TwinfieldAccess> {
	const oauth = await run.once('oauth', async () => await TwinfieldOAuth.load(context, context.getNode(), itemIndex));
	const cluster = await run.once('oauthCluster', async () => await oauth.withToken(itemIndex, async () => await oauth.cluster(itemIndex, false)));
	const chosen = String(context.getNodeParameter('company', itemIndex, '') ?? '').trim();
	const company = chosen || (oauth.credentials.companyCode ?? '').trim();
	const renew = async () => {
		await oauth.refresh(itemIndex);
		return tokenAccess(oauth.accessToken, company, cluster);
	};
	return tokenAccess(oauth.accessToken, company, cluster, renew);
}
