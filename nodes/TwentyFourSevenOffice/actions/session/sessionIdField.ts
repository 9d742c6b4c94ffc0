/** The Session ID field, shown by each session operation that works on an existing session. */
import type { INodeProperties } from 'n8n-workflow';

export function sessionIdField(operation: string): INodeProperties {
	return {
		displayName: 'Session ID',
		name: 'sessionId',
		type: 'string',
		default: '={{ $json.sessionId }}',
		displayOptions: { show: { resource: ['session'], operation: [operation] } },
		description:
			'The session to use, from an earlier Log In or Ensure Session step. By default the sessionId of the incoming item. For Ensure Session it may be empty: then it tries the session it kept from its last run, and logs in only if that one is gone.',
	};
}
