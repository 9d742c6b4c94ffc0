/** Session → Send SMS Code: Twinfield texts a new log-on code to the user's phone. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { childText } from '../../../shared/xml';
import { readSession, sessionCall, sessionProperties, sessionResult } from '../../clusterSession';
import { TWINFIELD_NAMESPACE } from '../../service';
import type { Operation } from '../operation';

export const option: Operation['option'] = {
	name: 'Send SMS Code',
	value: 'sendSmsCode',
	description: "Have Twinfield text a log-on code to the user's phone, for a session waiting for Log On With SMS Code",
	action: 'Send an SMS code',
};

export const properties: INodeProperties[] = [...sessionProperties];

export const execute: Operation['execute'] = async function (this: IExecuteFunctions, itemIndex) {
	const session = readSession(this, itemIndex);
	const { response } = await sessionCall(this, itemIndex, session, 'SmsSendCode');
	const value = Number(childText(response, 'SmsSendCodeResult', TWINFIELD_NAMESPACE));
	return sessionResult(session, 'Ok', 'SMSLogon', {
		codeSent: true,
		// Twinfield documents only "an integer"; it is read as the seconds the code stays valid.
		codeValidSeconds: Number.isFinite(value) ? value : null,
	});
};
