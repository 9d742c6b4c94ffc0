/** Session → Log On With SMS Code: completes a log-on that waits for the code Twinfield texted. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { errorScope } from '../../../shared/call';
import { serviceError } from '../../../shared/errors';
import { childText } from '../../../shared/xml';
import { readSession, sessionCall, sessionProperties, sessionResult } from '../../clusterSession';
import { twinfield, TWINFIELD_NAMESPACE } from '../../service';
import type { Operation } from '../operation';

const RESULTS: Record<string, [string, string]> = {
	Invalid: ['The SMS code is not correct', 'Check the code in the text message and try again, or use Send SMS Code for a new one.'],
	TimeOut: ['The SMS code has expired', 'Use Send SMS Code to get a new code, then run Log On With SMS Code with it quickly.'],
	Disabled: ['SMS log-on is disabled for this user', 'Ask your Twinfield administrator to enable it, or log on once in the Twinfield website.'],
};

export const option: Operation['option'] = {
	name: 'Log On With SMS Code',
	value: 'smsLogOn',
	description: 'Complete a log-on that waits for an SMS code (nextAction SMSLogon)',
	action: 'Log on with an SMS code',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'SMS Code',
		name: 'smsCode',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description: 'The code Twinfield texted to the user',
	},
	...sessionProperties,
];

export const execute: Operation['execute'] = async function (this: IExecuteFunctions, itemIndex) {
	const session = readSession(this, itemIndex);
	const smsCode = String(this.getNodeParameter('smsCode', itemIndex, '') ?? '').trim();
	const { response } = await sessionCall(this, itemIndex, session, 'SmsLogon', { smsCode });
	const result = childText(response, 'SmsLogonResult', TWINFIELD_NAMESPACE) ?? '';
	const nextAction = childText(response, 'nextAction', TWINFIELD_NAMESPACE) || 'None';
	if (result !== 'Ok') {
		const [message, advice] = RESULTS[result] ?? [`Twinfield did not accept the SMS code (${result || 'no result'})`, 'Try again with a new code.'];
		throw serviceError(errorScope({ node: this.getNode(), itemIndex, helpers: this.helpers }, twinfield, 'SmsLogon'), message, advice, { smsLogonResult: result, nextAction });
	}
	return sessionResult(session, result, nextAction);
};
