/**
 * Session → Set Identity: `SetIdentityById` switches the session to another
 * identity (company). A session has one identity at a time, so a run switches
 * each session once: items asking for the same identity share that switch.
 */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { inputError, serviceError } from '../../../shared/errors';
import { childText } from '../../../shared/xml';
import { errorScope } from '../../call';
import { isGuid } from '../../credentials';
import type { TsoRun } from '../../run';
import { sessionCookie, TSO_NAMESPACE } from '../../service';
import { callOnSession } from '../../sessionCall';
import { sessionIdField, USE_GIVEN_SESSION } from './sessionIdField';

export const option: INodePropertyOptions = {
	name: 'Set Identity',
	value: 'setIdentity',
	description: 'Switch the session to another identity (company), once per session in a run',
	action: 'Set the identity of a session',
};

export const description: INodeProperties[] = [
	sessionIdField('setIdentity', `The session to switch. ${USE_GIVEN_SESSION}`),
	{
		displayName: 'Identity ID',
		name: 'identityId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6',
		displayOptions: { show: { resource: ['session'], operation: ['setIdentity'] } },
		description:
			'The ID of the identity to switch to, from Get Identities. All items of a run that use the same session must ask for the same identity: the session is switched once, by the first of them.',
	},
];

/** Per run: which item switched each session, and to what. */
const switches = new WeakMap<TsoRun, Map<string, { identityId: string; itemIndex: number; done: Promise<string> }>>();

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

export async function execute(run: TsoRun, itemIndex: number): Promise<IDataObject> {
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
	const perRun = switches.get(run) ?? new Map();
	switches.set(run, perRun);
	// The credential's session is one session for the whole run, whatever its ID turns out to be.
	const key = given || 'credential';
	const earlier = perRun.get(key);
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
	const done = switchSession(run, itemIndex, identityId);
	perRun.set(key, { identityId, itemIndex, done });
	const sessionId = await done;
	return { sessionId, cookie: sessionCookie(sessionId), identityId, switched: true, switchedByItem: itemIndex };
}
