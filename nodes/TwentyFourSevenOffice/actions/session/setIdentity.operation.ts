/** Session → Set Identity: switch a session to another identity (company), once per session and run. */
/*
 * A session has one identity at a time, so a run switches each session once:
 * items asking for the same identity share that switch.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { inputError, serviceError } from '../../../shared/soap/errors';
import { childText } from '../../../shared/soap/xml';
import { isGuid } from '../../transport/credentials';
import { errorScope } from '../../transport/itemCall';
import { tsoRun, type TsoRun } from '../../transport/run';
import { sessionCookie, TSO_NAMESPACE } from '../../transport/service';
import { callOnSession } from '../../transport/authenticateOnSession';
import { sessionIdField, USE_GIVEN_SESSION } from '../fields/sessionId';

export const option: Operation['option'] = {
	name: 'Set Identity',
	value: 'setIdentity',
	description: 'Switch the session to another identity (company), once per session in a run',
	action: 'Set the identity of a session',
};

export const properties: INodeProperties[] = [
	sessionIdField(`The session to switch. ${USE_GIVEN_SESSION}`),
	{
		displayName: 'Identity ID',
		name: 'identityId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6',
		description:
			'The ID of the identity to switch to, from Get Identities. All items of a run that use the same session must ask for the same identity: the session is switched once, by the first of them.',
	},
];

async function switchSession(run: TsoRun, itemIndex: number, identityId: string): Promise<string> {
	const { response, sessionId } = await callOnSession(run, itemIndex, 'SetIdentityById', { identityId });
	if (childText(response, 'SetIdentityByIdResult', TSO_NAMESPACE) !== 'true') {
		throw serviceError(
			errorScope(run.call(itemIndex), 'SetIdentityById'),
			`24SevenOffice did not switch to identity ${identityId}`,
			'The identity is not one this user may use, or it is blocked. Use Get Identities to see the identities of this session.',
		);
	}
	return sessionId;
}

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject> {
	const run = await tsoRun(operationRun);
	const call = run.call(itemIndex);
	const given = run.givenSessionId(itemIndex);
	const identityId = String(run.context.getNodeParameter('identityId', itemIndex) ?? '').trim();
	if (!isGuid(identityId)) {
		throw inputError(
			call.context.node,
			itemIndex,
			'The Identity ID is not a valid ID',
			'Use the Id of an identity from the Get Identities operation (a GUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6).',
		);
	}
	// The credential's session is one session for the whole run, whatever its ID turns out to be.
	const key = given || 'credential';
	// The first item to switch a session records which item did it, and to what.
	const first = await run.once(`SetIdentityById ${key}`, async () => ({ identityId, itemIndex, done: switchSession(run, itemIndex, identityId) }));
	const earlier = first.itemIndex === itemIndex ? undefined : first;
	if (earlier && earlier.identityId.toLowerCase() !== identityId.toLowerCase()) {
		throw inputError(
			call.context.node,
			itemIndex,
			`This session was already switched to identity ${earlier.identityId} by item ${earlier.itemIndex}`,
			'A session has one identity at a time, so each session is switched once per run. Give the items that need another identity their own session (a Log In step, or a second credential), or split them into separate runs.',
		);
	}
	if (earlier) {
		const sessionId = await earlier.done;
		return { sessionId, cookie: sessionCookie(sessionId), identityId, switched: true, switchedByItem: earlier.itemIndex };
	}
	const sessionId = await first.done;
	return { sessionId, cookie: sessionCookie(sessionId), identityId, switched: true, switchedByItem: itemIndex };
}
