/** Dropdowns filled from Twinfield: the companies the user may use, from List Companies' own call. */
import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { callSoap } from '../../shared/call';
import { DEFAULT_TIMEOUT_MS } from '../../shared/call';
import { currentAuthentication, PASSWORD_CREDENTIAL } from '../authentication';
import { logOn, type TwinfieldCredentials } from '../actions/session/logOn.operation';
import { TwinfieldOAuth } from '../oauth';
import { listOffices } from '../offices';
import { clusterServiceUrl, twinfield } from '../service';
import { headerBlock } from '../session';

const CALL = { version: '1.1' as const, timeoutMs: DEFAULT_TIMEOUT_MS };

export async function getCompanies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const node = this.getNode();
	let companies;
	if (currentAuthentication(this) === 'oAuth2') {
		const oauth = await TwinfieldOAuth.load(this, node, 0);
		const cluster = await oauth.cluster(0, false);
		companies = await oauth.withToken(0, async (accessToken) => await listOffices(oauth.context(0), cluster, headerBlock({ accessToken }), CALL));
	} else {
		// A password log-on of its own, ended right after, so no session is left behind.
		const credentials = (await this.getCredentials(PASSWORD_CREDENTIAL)) as unknown as TwinfieldCredentials;
		const context = { helpers: this.helpers, node, itemIndex: 0 };
		const session = await logOn(context, credentials, { ...CALL, allowUnfinished: false });
		const sessionId = String(session.sessionId);
		const cluster = String(session.cluster);
		try {
			companies = await listOffices(context, cluster, headerBlock({ sessionId }), CALL);
		} finally {
			await callSoap(context, twinfield, {
				...CALL,
				url: clusterServiceUrl(cluster, 'session'),
				operation: 'Abandon',
				header: headerBlock({ sessionId }),
			}).catch(() => undefined);
		}
	}
	return companies.map((company) => ({
		name: company.name ? `${String(company.name)} (${String(company.code)})` : String(company.code),
		value: String(company.code),
	}));
}
