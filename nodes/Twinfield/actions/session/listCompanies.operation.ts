/** Session → List Companies: the offices the user may use, one item each. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { readCallOptions, soapOptionsField } from '../../../shared/n8n/options';
import { listOffices } from '../../helpers/offices';
import { sessionAccess, tokenAccess } from '../../transport/access';
import { authenticationOf } from '../../transport/authentication';
import { TwinfieldOAuth } from '../../transport/oauth';
import { readSession } from '../../transport/sessionService';
import { givenSessionProperties } from '../fields/givenSession';

export const option: Operation['option'] = {
	name: 'List Companies',
	value: 'listCompanies',
	description: 'List the companies (offices) the user may use, one item each',
	action: 'List companies',
};

export const properties: INodeProperties[] = [
	...givenSessionProperties
		.filter((property) => property.name !== 'options')
		.map((property) => ({ ...property, displayOptions: { show: { authentication: ['password'] } } })),
	soapOptionsField,
];

/** With OAuth2 the token lists the companies; with a password the incoming session does. */
export const execute: Operation['execute'] = async function (run, itemIndex) {
	const functions = run.context;
	if (authenticationOf(functions, itemIndex) === 'password') {
		const session = readSession(functions, itemIndex);
		const context = { helpers: functions.helpers, node: functions.getNode(), itemIndex };
		return await listOffices(context, sessionAccess(session.sessionId, session.cluster), readCallOptions(functions, itemIndex));
	}
	// One list serves every item: the companies do not depend on the item.
	const companies = await run.once('listCompanies', async () => {
		const oauth = await TwinfieldOAuth.load(functions, functions.getNode(), itemIndex, readCallOptions(functions, 0).timeoutMs);
		const cluster = await oauth.cluster(itemIndex, false);
		const options = readCallOptions(functions, 0);
		return await oauth.withToken(itemIndex, async (accessToken) =>
			await listOffices(oauth.context(itemIndex), tokenAccess(accessToken, '', cluster), options),
		);
	});
	return companies.map((company: IDataObject) => ({ ...company }));
};
