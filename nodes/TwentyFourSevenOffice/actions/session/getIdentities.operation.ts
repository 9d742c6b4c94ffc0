/** Session → Get Identities: every identity (company) of the session's user, the current one included, one item each. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { readJson } from '../../../shared/soap/json';
import { findChild, findChildren } from '../../../shared/soap/xml';
import { TSO_IDENTITY_SCHEMA } from '../../helpers/serviceSchema';
import { tsoRun } from '../../transport/run';
import { sessionCookie, TSO_NAMESPACE } from '../../transport/service';
import { callOnSession } from '../../transport/authenticateOnSession';
import { sessionIdField, USE_GIVEN_SESSION } from '../fields/sessionId';

export const option: Operation['option'] = {
	name: 'Get Identities',
	value: 'getIdentities',
	description: "List the identities (companies) of the session's user; IsCurrent marks the one in use",
	action: 'Get identities',
};

export const properties: INodeProperties[] = [sessionIdField(`The session whose identities to list. ${USE_GIVEN_SESSION}`)];

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject[]> {
	const run = await tsoRun(operationRun);
	const { response, sessionId } = await callOnSession(run, itemIndex, 'GetIdentities');
	const identities = findChildren(findChild(response, 'GetIdentitiesResult', TSO_NAMESPACE), 'Identity', TSO_NAMESPACE);
	return identities.map((identity) => ({
		...(readJson(identity, TSO_IDENTITY_SCHEMA) as IDataObject),
		sessionId,
		cookie: sessionCookie(sessionId),
	}));
}
