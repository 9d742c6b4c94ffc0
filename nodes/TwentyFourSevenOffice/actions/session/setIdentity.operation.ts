/** Session → Set Identity: `SetIdentityById` switches the session to another identity (company). */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { inputError, serviceError } from '../../../shared/errors';
import { childText } from '../../../shared/xml';
import { callAuthenticate, errorScope, requiredSessionId } from '../../call';
import { isGuid } from '../../credentials';
import type { TsoRun } from '../../run';
import { sessionCookie, TSO_NAMESPACE } from '../../service';
import { sessionIdField } from './sessionIdField';

export const option: INodePropertyOptions = {
	name: 'Set Identity',
	value: 'setIdentity',
	description: 'Switch the session to another identity (company)',
	action: 'Set the identity of a session',
};

export const description: INodeProperties[] = [
	sessionIdField('setIdentity'),
	{
		displayName: 'Identity ID',
		name: 'identityId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6',
		displayOptions: { show: { resource: ['session'], operation: ['setIdentity'] } },
		description: 'The ID of the identity to switch to, from Get Identities',
	},
];

export async function execute(run: TsoRun, itemIndex: number): Promise<IDataObject> {
	const call = run.call(itemIndex);
	const sessionId = requiredSessionId(call, run.context.getNodeParameter('sessionId', itemIndex, ''));
	const identityId = String(run.context.getNodeParameter('identityId', itemIndex) ?? '').trim();
	if (!isGuid(identityId)) {
		throw inputError(
			call.context.node,
			itemIndex,
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
