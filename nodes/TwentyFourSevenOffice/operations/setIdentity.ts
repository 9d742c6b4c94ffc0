/** Session → Set Identity: `SetIdentityById` switches the session to another identity (company). */
import type { IDataObject } from 'n8n-workflow';

import { inputError, serviceError } from '../../shared/errors';
import { childText } from '../../shared/xml';
import { callAuthenticate, errorScope, requiredSessionId, type TsoCall } from '../call';
import { isGuid } from '../credentials';
import { sessionCookie, TSO_NAMESPACE } from '../service';

export async function setIdentity(call: TsoCall, sessionIdInput: unknown, identityIdInput: unknown): Promise<IDataObject> {
	const sessionId = requiredSessionId(call, sessionIdInput);
	const identityId = String(identityIdInput ?? '').trim();
	if (!isGuid(identityId)) {
		throw inputError(
			call.context.node,
			call.context.itemIndex,
			'The Identity ID is not a valid ID',
			'Use the Id of an identity from the Get Identities operation (a GUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6).',
		);
	}
	const { response } = await callAuthenticate(call, 'SetIdentityById', sessionId, { identityId });
	if (childText(response, 'SetIdentityByIdResult', TSO_NAMESPACE) !== 'true') {
		throw serviceError(
			errorScope(call, 'SetIdentityById'),
			`24SevenOffice did not switch to identity ${identityId}`,
			'The identity is not one this user may use, or it is blocked. Use Get Identities to see the identities of this session.',
		);
	}
	return { sessionId, cookie: sessionCookie(sessionId), identityId, switched: true };
}
