/** The Session parameter of the operations that call the cluster: the credential's way in, or an earlier step's. */
import type { INodeProperties } from 'n8n-workflow';

import { companyProperty } from './company';

export const sessionSourceProperties: INodeProperties[] = [
	{
		displayName: 'Session',
		name: 'session',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'From Credential',
				value: 'credential',
				description:
					'OAuth2: the access token and the company below. User and Password: the session n8n keeps with the credential, logging on only when there is none or it ended.',
			},
			{
				name: 'From Input (Log On Output)',
				value: 'input',
				description: 'The SOAP header and cluster an earlier Twinfield Log On step output (either way in)',
			},
		],
		default: 'credential',
	},
	{
		...companyProperty,
		hint: 'Leave empty to use the Company Code of the Twinfield OAuth2 credential',
		displayOptions: { show: { authentication: ['oAuth2'], session: ['credential'] } },
	},
	{
		displayName: 'SOAP Header',
		name: 'soapHeader',
		type: 'string',
		default: '={{ $json.soapHeader }}',
		displayOptions: { show: { session: ['input'] } },
		description: 'The "soapHeader" of a Twinfield Log On output: a session ID, or an access token with its company',
	},
	{
		displayName: 'Cluster',
		name: 'cluster',
		type: 'string',
		default: '={{ $json.cluster }}',
		displayOptions: { show: { session: ['input'] } },
		description: 'The "cluster" of a Twinfield Log On output, e.g. https://accounting.twinfield.com',
	},
];
