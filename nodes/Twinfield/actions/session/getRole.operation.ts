/** Session → Get Role: the role of the session's user. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { childText } from '../../../shared/soap/xml';
import { TWINFIELD_NAMESPACE } from '../../transport/service';
import { readSession, sessionCall, sessionResult } from '../../transport/sessionService';
import { givenSessionProperties } from '../fields/givenSession';

export const option: Operation['option'] = {
	name: 'Get Role',
	value: 'getRole',
	description: "Get the Twinfield role of the session's user",
	action: 'Get the role of a session',
};

export const properties: INodeProperties[] = [...givenSessionProperties];

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const functions = run.context;
	const session = readSession(functions, itemIndex);
	const { response } = await sessionCall(functions, itemIndex, session, 'GetRole');
	return sessionResult(session, 'Ok', 'None', { role: childText(response, 'GetRoleResult', TWINFIELD_NAMESPACE) ?? '' });
};
