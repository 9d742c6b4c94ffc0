/** Session → Log On With SMS Code: completes a log-on that waits for the code Twinfield texted. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { readSession, sessionStep, type ResultExplanations } from '../../transport/sessionService';
import { givenSessionProperties } from '../fields/givenSession';

const RESULTS: ResultExplanations = {
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
	return await sessionStep(functions, itemIndex, session, 'SmsLogon', { smsCode }, RESULTS, (result) => [`Twinfield did not accept the SMS code (${result || 'no result'})`, 'Try again with a new code.']);
};
