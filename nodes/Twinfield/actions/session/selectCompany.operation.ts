/** Session → Select Company: the company the session's later calls work in. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { errorScope } from '../../../shared/call';
import { inputError, serviceError } from '../../../shared/errors';
import { childText } from '../../../shared/xml';
import { readSession, sessionCall, sessionProperties, sessionResult } from '../../clusterSession';
import { companyProperty } from '../../company';
import { twinfield, TWINFIELD_NAMESPACE } from '../../service';
import type { Operation } from '../operation';

export const option: Operation['option'] = {
	name: 'Select Company',
	value: 'selectCompany',
	description: "Choose the company (office) the session's later calls work in",
	action: 'Select a company',
};

export const properties: INodeProperties[] = [{ ...companyProperty, required: true }, ...sessionProperties];

export const execute: Operation['execute'] = async function (this: IExecuteFunctions, itemIndex) {
	const session = readSession(this, itemIndex);
	const company = String(this.getNodeParameter('company', itemIndex, '') ?? '').trim();
	if (!company) throw inputError(this.getNode(), itemIndex, 'No company chosen', 'Choose a Company from the list, or give its code.');
	const { response } = await sessionCall(this, itemIndex, session, 'SelectCompany', { company });
	const result = childText(response, 'SelectCompanyResult', TWINFIELD_NAMESPACE) ?? '';
	if (result !== 'Ok') {
		throw serviceError(
			errorScope({ node: this.getNode(), itemIndex, helpers: this.helpers }, twinfield, 'SelectCompany'),
			`Twinfield does not know the company "${company}" for this user`,
			'Choose a company from the list (List Companies shows the codes this user may use). Codes are case-sensitive.',
			{ selectCompanyResult: result },
		);
	}
	return sessionResult(session, result, 'None', { company });
};
