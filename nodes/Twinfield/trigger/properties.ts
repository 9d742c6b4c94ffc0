/** The Twinfield Trigger's fields: how to sign in, the event, the office (as the resources name it), and where to start. */
import type { INodeProperties } from 'n8n-workflow';

import { eventField, startFromOptions } from '../../shared/n8n/triggerFields';
import { twinfieldEventOptions } from './eventOptions';

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{ name: 'OAuth2 (Recommended)', value: 'oAuth2' },
			{ name: 'User and Password', value: 'password' },
		],
		default: 'oAuth2',
		description: 'How to sign in to Twinfield. Most organisations only allow OAuth2 since 2021.',
	},
	eventField(twinfieldEventOptions, twinfieldEventOptions[0].value as string),
	{
		displayName: 'Office',
		name: 'office',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The Twinfield office (administration) to watch',
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchOffices', searchable: true } },
			{ displayName: 'By Code', name: 'id', type: 'string', placeholder: 'e.g. 001' },
		],
	},
	startFromOptions,
];
