/** The Authentication parameter: OAuth2 or User and Password, by node version. */
/*
 * Version 1 nodes (every workflow saved before OAuth 2 existed) default to
 * User and Password; new nodes are version 1.1 and default to OAuth2. n8n
 * stores only parameters that differ from their default, so an old workflow
 * without the parameter keeps logging on with its password.
 */
import type { INodeProperties } from 'n8n-workflow';

const options = [
	{ name: 'OAuth2 (Recommended)', value: 'oAuth2' },
	{ name: 'User and Password', value: 'password' },
];

const description = 'How to sign in to Twinfield. Most organisations only allow OAuth2 since 2021.';

export const authenticationProperties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options,
		default: 'password',
		description,
		displayOptions: { show: { '@version': [1] } },
	},
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options,
		default: 'oAuth2',
		description,
		// A plain list: n8n's editor finds a node's sign-in choices (the credential form's
		// selector) with `@version` lists only, not with conditions like `gte`.
		displayOptions: { show: { '@version': [1.1] } },
	},
];
