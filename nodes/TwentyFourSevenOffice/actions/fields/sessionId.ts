/** The Session ID field of the operations that work on an existing session. */
import type { INodeProperties } from 'n8n-workflow';

export function sessionIdField(description: string): INodeProperties {
	return {
		displayName: 'Session ID',
		name: 'sessionId',
		type: 'string',
		// Empty means the session stored with the credential, so nothing from an earlier node is picked up by accident.
		default: '',
		placeholder: "The credential's session",
		description,
	};
}

export const USE_GIVEN_SESSION =
	'Leave empty to use the session stored with the credential. Or give a session ID, e.g. {{ $json.sessionId }} from an earlier Log In step.';
