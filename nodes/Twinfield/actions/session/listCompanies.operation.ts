/** Session → List Companies: the offices the user may use, one item each. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readCallOptions, soapOptionsField } from '../../../shared/nodeOptions';
import { authenticationOf } from '../../authentication';
import { readSession, sessionProperties } from '../../clusterSession';
import { TwinfieldOAuth } from '../../oauth';
import { listOffices } from '../../offices';
import { headerBlock } from '../../session';
import type { Operation } from '../operation';

export const option: Operation['option'] = {
	name: 'List Companies',
	value: 'listCompanies',
	description: 'List the companies (offices) the user may use, one item each',
	action: 'List companies',
};

export const properties: INodeProperties[] = [
	...sessionProperties
		.filter((property) => property.name !== 'options')
		.map((property) => ({ ...property, displayOptions: { show: { authentication: ['password'] } } })),
	soapOptionsField,
];

/** With OAuth2 the token lists the companies; with a password the incoming session does. */
export const execute: Operation['execute'] = async function (this: IExecuteFunctions, itemIndex, _item, run) {
	if (authenticationOf(this, itemIndex) === 'password') {
		const session = readSession(this, itemIndex);
		const context = { helpers: this.helpers, node: this.getNode(), itemIndex };
		return await listOffices(context, session.cluster, headerBlock({ sessionId: session.sessionId }), readCallOptions(this, itemIndex));
	}
	// One list serves every item: the companies do not depend on the item.
	const companies = await run.once('listCompanies', async () => {
		const oauth = await TwinfieldOAuth.load(this, this.getNode(), itemIndex);
		const cluster = await oauth.cluster(itemIndex, false);
		const options = readCallOptions(this, 0);
		return await oauth.withToken(itemIndex, async (accessToken) =>
			await listOffices(oauth.context(itemIndex), cluster, headerBlock({ accessToken }), options),
		);
	});
	return companies.map((company: IDataObject) => ({ ...company }));
};
