/** Session → Change Password: sets a new password, e.g. when nextAction is ChangePassword. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { readSession, sessionStep, type ResultExplanations } from '../../transport/sessionService';
import { givenSessionProperties } from '../fields/givenSession';

const RESULTS: ResultExplanations = {
	Invalid: ['The current password is not correct', 'Give the password the user logs on with now.'],
	NotDifferent: ['The new password is the same as the current one', 'Choose a password the user has not used before.'],
	NotSecure: ['The new password is not secure enough', 'Choose a longer password with letters, digits and other characters.'],
	Disabled: ['This user may not change the password', 'Ask your Twinfield administrator.'],
};

export const option: Operation['option'] = {
	name: 'Change Password',
	value: 'changePassword',
	description: "Change the session user's password, e.g. when Log On says nextAction ChangePassword",
	action: 'Change the password',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Current Password',
		name: 'currentPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
	},
	{
		displayName: 'New Password',
		name: 'newPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description: 'Remember to put it into the Twinfield credential too',
	},
	...givenSessionProperties,
];

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const functions = run.context;
	const session = readSession(functions, itemIndex);
	const currentPassword = functions.getNodeParameter('currentPassword', itemIndex, '') as string;
	const newPassword = functions.getNodeParameter('newPassword', itemIndex, '') as string;
	return { ...(await sessionStep(functions, itemIndex, session, 'ChangePassword', { currentPassword, newPassword }, RESULTS, (result) => [`Twinfield did not change the password (${result || 'no result'})`, 'Try again.'])), passwordChanged: true };
};
