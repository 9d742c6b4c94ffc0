/** Dropdowns filled from Twinfield: the companies the user may use, from List Companies' own call. */
import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS } from '../../shared/soap/call';
import { listOffices } from '../helpers/offices';
import { tokenAccess } from '../transport/access';
import { currentAuthentication } from '../transport/authentication';
import { keptSessionAccess } from '../transport/keptSession';
import { TwinfieldOAuth } from '../transport/oauth';

const CALL = { version: '1.1' as const, timeoutMs: DEFAULT_TIMEOUT_MS };

export async function getCompanies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const node = this.getNode();
	let companies;
	if (currentAuthentication(this) === 'oAuth2') {
		const oauth = await TwinfieldOAuth.load(this, node, 0);
		const cluster = await oauth.cluster(0, false);
		companies = await oauth.withToken(0, async (accessToken) => await listOffices(oauth.context(0), tokenAccess(accessToken, '', cluster), CALL));
	} else {
		// The session kept with the credential: a log-on of its own would end the one workflows use.
		companies = await listOffices({ helpers: this.helpers, node, itemIndex: 0 }, keptSessionAccess(this), CALL);
	}
	return companies.map((company) => ({
		name: company.name ? `${String(company.name)} (${String(company.code)})` : String(company.code),
		value: String(company.code),
	}));
}
