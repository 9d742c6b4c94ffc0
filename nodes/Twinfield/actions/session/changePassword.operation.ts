/** Session → Change Password: sets a new password, e.g. when nextAction is ChangePassword. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { errorScope } from '../../../shared/call';
import { serviceError } from '../../../shared/errors';
import { childText } from '../../../shared/xml';
import { readSession, sessionCall, sessionProperties, sessionResult } from '../../clusterSession';
import { twinfield, TWINFIELD_NAMESPACE } from '../../service';
import type { Operation } from '../operation';

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
	...sessionProperties,
];

export const execute: Operation['execute'] = async function (this: IExecuteFunctions, itemIndex) {
	const session = readSession(this, itemIndex);
	const currentPassword = this.getNodeParameter('currentPassword', itemIndex, '') as string;
	const newPassword = this.getNodeParameter('newPassword', itemIndex, '') as string;
	const { response } = await sessionCall(this, itemIndex, session, 'ChangePassword', { currentPassword, newPassword });
	const result = childText(response, 'ChangePasswordResult', TWINFIELD_NAMESPACE) ?? '';
	const nextAction = childText(response, 'nextAction', TWINFIELD_NAMESPACE) || 'None';
	if (result !== 'Ok') {
		const [message, advice] = RESULTS[result] ?? [`Twinfield did not change the password (${result || 'no result'})`, 'Try again.'];
		throw serviceError(errorScope({ node: this.getNode(), itemIndex, helpers: this.helpers }, twinfield, 'ChangePassword'), message, advice, { changePasswordResult: result, nextAction });
	}
	return sessionResult(session, result, nextAction, { passwordChanged: true });
};
