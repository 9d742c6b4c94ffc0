/** Session → Log Off: Twinfield's `Abandon` ends the session. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { authenticationOf } from '../../transport/authentication';
import { readSession, sessionCall } from '../../transport/sessionService';
import { givenSessionProperties } from '../fields/givenSession';

export const option: Operation['option'] = {
	name: 'Log Off',
	value: 'logOff',
	description: 'End a session, so it cannot be used any more',
	action: 'Log off',
};

export const properties: INodeProperties[] = [...givenSessionProperties];

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const functions = run.context;
	const sessionId = String(functions.getNodeParameter('sessionId', itemIndex, '') ?? '').trim();
	// An OAuth 2 Log On hands on a token, not a session: there is nothing to end.
	if (!sessionId && authenticationOf(functions, itemIndex) === 'oAuth2') {
		return {
			loggedOff: false,
			message: 'Nothing to log off: OAuth2 access uses a token, not a session. The token expires by itself; disconnect the credential to withdraw access.',
		};
	}
	const session = readSession(functions, itemIndex);
	await sessionCall(functions, itemIndex, session, 'Abandon');
	return { loggedOff: true, sessionId: session.sessionId, cluster: session.cluster };
};
