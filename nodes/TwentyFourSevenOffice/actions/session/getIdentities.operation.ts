/** Session → Get Identities: the identities (companies) the session's user may switch to, one item each. */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { elementToJson, findChild, findChildren } from '../../../shared/xml';
import { callAuthenticate, requiredSessionId } from '../../call';
import type { TsoRun } from '../../run';
import { sessionCookie, TSO_NAMESPACE } from '../../service';
import { sessionIdField } from './sessionIdField';

export const option: INodePropertyOptions = {
	name: 'Get Identities',
	value: 'getIdentities',
	description: 'List the identities (companies) the session may switch to',
	action: 'Get identities',
};

export const description: INodeProperties[] = [sessionIdField('getIdentities')];

export async function execute(run: TsoRun, itemIndex: number): Promise<IDataObject[]> {
	const call = run.call(itemIndex);
	const sessionId = requiredSessionId(call, run.context.getNodeParameter('sessionId', itemIndex, ''));
	const { response } = await callAuthenticate(call, 'GetIdentities', sessionId);
	const identities = findChildren(findChild(response, 'GetIdentitiesResult', TSO_NAMESPACE), 'Identity', TSO_NAMESPACE);
	return identities.map((identity) => ({
		...(elementToJson(identity) as IDataObject),
		sessionId,
		cookie: sessionCookie(sessionId),
	}));
}
