/** The way in of one item of an operation that calls the cluster, as its Session parameter chooses it. */
import type { IExecuteFunctions } from 'n8n-workflow';

import type { OperationRun } from '../../shared/n8n/operation';
import { readCallOptions } from '../../shared/n8n/options';
import { accessFromInput, tokenAccess, type TwinfieldAccess } from './access';
import { authenticationOf } from './authentication';
import { keptSessionAccess } from './keptSession';
import { TwinfieldOAuth } from './oauth';

/**
 * The way in for one item: an earlier step's, the OAuth token (checked once per
 * run), or the session kept with the password credential. `company`, when
 * given, is the company an OAuth call names (the office the item works in).
 */
export async function clusterAccess(
	context: IExecuteFunctions,
	itemIndex: number,
	run: OperationRun,
	company?: string,
): Promise<TwinfieldAccess> {
	const source = context.getNodeParameter('session', itemIndex, 'credential') as string;
	if (source === 'input') {
		const soapHeader = String(context.getNodeParameter('soapHeader', itemIndex, '') ?? '');
		const cluster = String(context.getNodeParameter('cluster', itemIndex, '') ?? '');
		return accessFromInput({ helpers: context.helpers, node: run.node, itemIndex }, soapHeader, cluster);
	}
	if (authenticationOf(context, itemIndex) === 'oAuth2') return await tokenAccessFor(context, itemIndex, run, company);
	return keptSessionAccess(context);
}

/** The OAuth 2 way in: renewed first when known to be expired, and again when Twinfield rejects it. */
async function tokenAccessFor(context: IExecuteFunctions, itemIndex: number, run: OperationRun, office?: string): Promise<TwinfieldAccess> {
	const oauth = await run.once('oauth', async () => await TwinfieldOAuth.load(context, context.getNode(), itemIndex, readCallOptions(context, 0).timeoutMs));
	const cluster = await run.once('oauthCluster', async () => await oauth.withToken(itemIndex, async () => await oauth.cluster(itemIndex, false)));
	const chosen = office?.trim() || String(context.getNodeParameter('company', itemIndex, '') ?? '').trim();
	const company = chosen || (oauth.credentials.companyCode ?? '').trim();
	const renew = async () => {
		await oauth.refresh(itemIndex);
		return tokenAccess(oauth.accessToken, company, cluster);
	};
	return tokenAccess(oauth.accessToken, company, cluster, renew);
}
