/** Session → Log Off: Twinfield's `Abandon` ends the session. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { authenticationOf } from '../../authentication';
import { readSession, sessionCall, sessionProperties } from '../../clusterSession';
import type { Operation } from '../operation';

export const option: Operation['option'] = {
	name: 'Log Off',
	value: 'logOff',
	description: 'End a session, so it cannot be used any more',
	action: 'Log off',
};

export const properties: INodeProperties[] = [...sessionProperties];

export const execute: Operation['execute'] = async function (this: IExecuteFunctions, itemIndex) {
	const sessionId = String(this.getNodeParameter('sessionId', itemIndex, '') ?? '').trim();
	// An OAuth 2 Log On hands on a token, not a session: there is nothing to end.
	if (!sessionId && authenticationOf(this, itemIndex) === 'oAuth2') {
		return {
			loggedOff: false,
			message: 'Nothing to log off: OAuth2 access uses a token, not a session. The token expires by itself; disconnect the credential to withdraw access.',
		};
	}
	const session = readSession(this, itemIndex);
	await sessionCall(this, itemIndex, session, 'Abandon');
	return { loggedOff: true, sessionId: session.sessionId, cluster: session.cluster };
};
