/** Session → Select Company: the company the session's later calls work in. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { answerErrorScope } from '../../../shared/soap/call';
import { inputError, serviceError } from '../../../shared/soap/errors';
import { childText } from '../../../shared/soap/xml';
import { twinfield, TWINFIELD_NAMESPACE } from '../../transport/service';
import { readSession, sessionCall, sessionResult } from '../../transport/sessionService';
import { companyProperty } from '../fields/company';
import { givenSessionProperties } from '../fields/givenSession';

export const option: Operation['option'] = {
	name: 'Select Company',
	value: 'selectCompany',
	description: "Choose the company (office) the session's later calls work in",
	action: 'Select a company',
};

export const properties: INodeProperties[] = [{ ...companyProperty, required: true }, ...givenSessionProperties];

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const functions = run.context;
	const session = readSession(functions, itemIndex);
	const company = String(functions.getNodeParameter('company', itemIndex, '') ?? '').trim();
	if (!company) throw inputError(functions.getNode(), itemIndex, 'No company chosen', 'Choose a Company from the list, or give its code.');
	const answer = await sessionCall(functions, itemIndex, session, 'SelectCompany', { company });
	const result = childText(answer.response, 'SelectCompanyResult', TWINFIELD_NAMESPACE) ?? '';
	if (result !== 'Ok') {
		throw serviceError(
			answerErrorScope({ node: functions.getNode(), itemIndex, helpers: functions.helpers }, twinfield, 'SelectCompany', answer),
			`Twinfield does not know the company "${company}" for this user`,
			'Choose a company from the list (List Companies shows the codes this user may use). Codes are case-sensitive.',
			{ selectCompanyResult: result },
		);
	}
	return sessionResult(session, result, 'None', { company });
};
