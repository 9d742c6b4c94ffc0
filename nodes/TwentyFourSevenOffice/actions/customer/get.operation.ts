/** Customer → Get: one customer by its ID. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { serviceError } from '../../../shared/soap/errors';
import { customerOutput } from '../../helpers/company';
import { recordId } from '../../helpers/recordInput';
import { errorScope } from '../../transport/itemCall';
import { tsoRun } from '../../transport/run';
import { customerLocator } from '../fields/recordLocators';
import { getCompanies } from './getCompanies';

export const option: Operation['option'] = {
	name: 'Get',
	value: 'get',
	description: 'Get one customer by its ID, with its addresses, phone numbers and email addresses',
	action: 'Get a customer',
};

export const properties: INodeProperties[] = [customerLocator()];

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject> {
	const run = await tsoRun(operationRun);
	const raw = run.context.getNodeParameter('customer', itemIndex, '', { extractValue: true });
	const id = recordId(operationRun.node, itemIndex, raw, 'customer');
	const [company] = await getCompanies(run, itemIndex, { CompanyId: id });
	if (!company) {
		throw serviceError(
			errorScope(run.call(itemIndex), 'GetCompanies'),
			`24SevenOffice has no customer with ID ${id}`,
			'Check the ID, or choose the customer from the list. Customer → Get Many lists the customers and their IDs.',
		);
	}
	return customerOutput(company);
}
