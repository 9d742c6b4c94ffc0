/** Session → Keep Alive: resets the session's 20-minute idle timer. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readSession, sessionCall, sessionProperties, sessionResult } from '../../clusterSession';
import type { Operation } from '../operation';

export const option: Operation['option'] = {
	name: 'Keep Alive',
	value: 'keepAlive',
	description: 'Keep a session from expiring (Twinfield ends it after about 20 minutes without use)',
	action: 'Keep a session alive',
};

export const properties: INodeProperties[] = [...sessionProperties];

export const execute: Operation['execute'] = async function (this: IExecuteFunctions, itemIndex) {
	const session = readSession(this, itemIndex);
	await sessionCall(this, itemIndex, session, 'KeepAlive');
	return sessionResult(session, 'Ok', 'None', { alive: true });
};
