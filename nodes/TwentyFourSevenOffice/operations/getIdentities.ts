/** Session → Get Identities: the identities (companies) the session's user may switch to, one item each. */
import type { IDataObject } from 'n8n-workflow';

import { elementToJson, findChild, findChildren } from '../../shared/xml';
import { callAuthenticate, requiredSessionId, type TsoCall } from '../call';
import { sessionCookie, TSO_NAMESPACE } from '../service';

export async function getIdentities(call: TsoCall, sessionIdInput: unknown): Promise<IDataObject[]> {
	const sessionId = requiredSessionId(call, sessionIdInput);
	const { response } = await callAuthenticate(call, 'GetIdentities', sessionId);
	const identities = findChildren(findChild(response, 'GetIdentitiesResult', TSO_NAMESPACE), 'Identity', TSO_NAMESPACE);
	return identities.map((identity) => ({
		...(elementToJson(identity) as IDataObject),
		sessionId,
		cookie: sessionCookie(sessionId),
	}));
}
