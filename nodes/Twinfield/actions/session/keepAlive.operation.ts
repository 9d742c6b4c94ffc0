/** Session → Keep Alive: resets the session's 20-minute idle timer. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { readSession, sessionCall, sessionResult } from '../../transport/sessionService';
import { givenSessionProperties } from '../fields/givenSession';

export const option: Operation['option'] = {
	name: 'Keep Alive',
	value: 'keepAlive',
	description: 'Keep a session from expiring (Twinfield ends it after about 20 minutes without use)',
	action: 'Keep a session alive',
};

export const properties: INodeProperties[] = [...givenSessionProperties];

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const functions = run.context;
	const session = readSession(functions, itemIndex);
	await sessionCall(functions, itemIndex, session, 'KeepAlive');
	return sessionResult(session, 'Ok', 'None', { alive: true });
};
