/** Session → Send SMS Code: Twinfield texts a new log-on code to the user's phone. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { childText } from '../../../shared/soap/xml';
import { TWINFIELD_NAMESPACE } from '../../transport/service';
import { readSession, sessionCall, sessionResult } from '../../transport/sessionService';
import { givenSessionProperties } from '../fields/givenSession';

export const option: Operation['option'] = {
	name: 'Send SMS Code',
	value: 'sendSmsCode',
	description: "Have Twinfield text a log-on code to the user's phone, for a session waiting for Log On With SMS Code",
	action: 'Send an SMS code',
};

export const properties: INodeProperties[] = [...givenSessionProperties];

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const functions = run.context;
	const session = readSession(functions, itemIndex);
	const { response } = await sessionCall(functions, itemIndex, session, 'SmsSendCode');
	const value = Number(childText(response, 'SmsSendCodeResult', TWINFIELD_NAMESPACE));
	return sessionResult(session, 'Ok', 'SMSLogon', {
		codeSent: true,
		// Twinfield documents only "an integer"; it is read as the seconds the code stays valid.
		codeValidSeconds: Number.isFinite(value) ? value : null,
	});
};
