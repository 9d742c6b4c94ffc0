/** Session → Get Identities: every identity (company) of the session's user, the current one included, one item each. */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { readJson, type ReadSchema } from '../../../shared/json';
import { findChild, findChildren } from '../../../shared/xml';
import type { TsoRun } from '../../run';
import { sessionCookie, TSO_NAMESPACE } from '../../service';
import { callOnSession } from '../../sessionCall';
import { sessionIdField, USE_GIVEN_SESSION } from './sessionIdField';

export const option: INodePropertyOptions = {
	name: 'Get Identities',
	value: 'getIdentities',
	description: "List the identities (companies) of the session's user; IsCurrent marks the one in use",
	action: 'Get identities',
};

export const description: INodeProperties[] = [sessionIdField('getIdentities', `The session whose identities to list. ${USE_GIVEN_SESSION}`)];

/** Identity's schema: flags are booleans, user and client IDs numbers (an identity's own Id is a GUID and stays text). */
const IDENTITY: ReadSchema = { types: { IsCurrent: 'boolean', IsDefault: 'boolean', Id: 'number' } };

export async function execute(run: TsoRun, itemIndex: number): Promise<IDataObject[]> {
	const { response, sessionId } = await callOnSession(run, itemIndex, 'GetIdentities');
	const identities = findChildren(findChild(response, 'GetIdentitiesResult', TSO_NAMESPACE), 'Identity', TSO_NAMESPACE);
	return identities.map((identity) => ({
		...(readJson(identity, IDENTITY) as IDataObject),
		sessionId,
		cookie: sessionCookie(sessionId),
	}));
}
