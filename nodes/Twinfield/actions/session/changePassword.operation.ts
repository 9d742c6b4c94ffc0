/** Session → Change Password: sets a new password, e.g. when nextAction is ChangePassword. */
import type { INodeProperties } from 'n8n-workflow';

import { errorScope } from '../../../shared/soap/call';
import { serviceError } from '../../../shared/soap/errors';
import { childText } from '../../../shared/soap/xml';
import { readSession, sessionCall, sessionResult } from '../../transport/sessionService';
import { givenSessionProperties } from '../fields/givenSession';
import { twinfield, TWINFIELD_NAMESPACE } from '../../transport/service';
import type { Operation } from '../../../shared/n8n/operation';

const RESULTS: Record<string, [string, string]> = {
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
	const { response } = await sessionCall(functions, itemIndex, session, 'ChangePassword', { currentPassword, newPassword });
	const result = childText(response, 'ChangePasswordResult', TWINFIELD_NAMESPACE) ?? '';
	const nextAction = childText(response, 'nextAction', TWINFIELD_NAMESPACE) || 'None';
	if (result !== 'Ok') {
		const [message, advice] = RESULTS[result] ?? [`Twinfield did not change the password (${result || 'no result'})`, 'Try again.'];
		throw serviceError(errorScope({ node: functions.getNode(), itemIndex, helpers: functions.helpers }, twinfield, 'ChangePassword'), message, advice, { changePasswordResult: result, nextAction });
	}
	return sessionResult(session, result, nextAction, { passwordChanged: true });
};
