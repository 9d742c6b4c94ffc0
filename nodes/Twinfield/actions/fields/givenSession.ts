/** The Session ID and Cluster fields of the session operations that work on a given session. */
import type { INodeProperties } from 'n8n-workflow';

import { soapOptionsField } from '../../../shared/n8n/options';

export const givenSessionProperties: INodeProperties[] = [
	{
		displayName: 'Session ID',
		name: 'sessionId',
		type: 'string',
		default: '={{ $json.sessionId }}',
		required: true,
		description: 'The session to use. By default the session ID of the incoming item, as Log On or Log On With Access Token output it.',
	},
	{
		displayName: 'Cluster',
		name: 'cluster',
		type: 'string',
		default: '={{ $json.cluster }}',
		required: true,
		description: 'The address of the Twinfield cluster that holds the session. By default the cluster of the incoming item.',
	},
	soapOptionsField,
];
