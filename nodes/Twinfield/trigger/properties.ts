/** The Twinfield Trigger's fields: how to sign in, the event, the office, and where to start. */
import type { INodeProperties } from 'n8n-workflow';

import { eventField, startFromOptions } from '../../shared/n8n/triggerFields';
import { companyProperty } from '../actions/fields/company';
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
		...companyProperty,
		displayName: 'Office Name or Code',
		description:
			'The office to watch. Choose from the list, or specify a code using an <a href="https://docs.n8n.io/code/expressions/">expression</a>. Empty: the company of the OAuth2 credential.',
	},
	startFromOptions,
];
