/** Session → Get Role: the role of the session's user. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { childText } from '../../../shared/xml';
import { readSession, sessionCall, sessionProperties, sessionResult } from '../../clusterSession';
import { TWINFIELD_NAMESPACE } from '../../service';
import type { Operation } from '../operation';

export const option: Operation['option'] = {
	name: 'Get Role',
	value: 'getRole',
	description: "Get the Twinfield role of the session's user",
	action: 'Get the role of a session',
};

export const properties: INodeProperties[] = [...sessionProperties];

export const execute: Operation['execute'] = async function (this: IExecuteFunctions, itemIndex) {
	const session = readSession(this, itemIndex);
	const { response } = await sessionCall(this, itemIndex, session, 'GetRole');
	return sessionResult(session, 'Ok', 'None', { role: childText(response, 'GetRoleResult', TWINFIELD_NAMESPACE) ?? '' });
};
