/** Session → Log On With SMS Code: completes a log-on that waits for the code Twinfield texted. */
import type { INodeProperties } from 'n8n-workflow';

import { errorScope } from '../../../shared/soap/call';
import { serviceError } from '../../../shared/soap/errors';
import { childText } from '../../../shared/soap/xml';
import { readSession, sessionCall, sessionResult } from '../../transport/sessionService';
import { givenSessionProperties } from '../fields/givenSession';
import { twinfield, TWINFIELD_NAMESPACE } from '../../transport/service';
import type { Operation } from '../../../shared/n8n/operation';

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
	...givenSessionProperties,
];

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const functions = run.context;
	const session = readSession(functions, itemIndex);
	const smsCode = String(functions.getNodeParameter('smsCode', itemIndex, '') ?? '').trim();
	const { response } = await sessionCall(functions, itemIndex, session, 'SmsLogon', { smsCode });
	const result = childText(response, 'SmsLogonResult', TWINFIELD_NAMESPACE) ?? '';
	const nextAction = childText(response, 'nextAction', TWINFIELD_NAMESPACE) || 'None';
	if (result !== 'Ok') {
		const [message, advice] = RESULTS[result] ?? [`Twinfield did not accept the SMS code (${result || 'no result'})`, 'Try again with a new code.'];
		throw serviceError(errorScope({ node: functions.getNode(), itemIndex, helpers: functions.helpers }, twinfield, 'SmsLogon'), message, advice, { smsLogonResult: result, nextAction });
	}
	return sessionResult(session, result, nextAction);
};
