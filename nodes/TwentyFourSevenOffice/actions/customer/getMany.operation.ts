/** Customer → Get Many: the customers that match the filters, one item each. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { limited, returnAllFields, wantedCount } from '../../../shared/n8n/returnAll';
import { customerOutput } from '../../helpers/company';
import { given, utcDateTime } from '../../helpers/recordInput';
import { tsoRun } from '../../transport/run';
import { getCompanies } from './getCompanies';

export const option: Operation['option'] = {
	name: 'Get Many',
	value: 'getMany',
	description: 'Get the customers that match the filters, such as those changed after a date',
	action: 'Get many customers',
};

export const properties: INodeProperties[] = [
	...returnAllFields({ hint: '24SevenOffice sends all matching customers in one answer; Limit only shortens the output. Use filters to ask for fewer.' }),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Changed After', name: 'changedAfter', type: 'dateTime', default: '', description: 'Only customers created or changed after this time' },
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Only customers with this email address' },
			{ displayName: 'External ID', name: 'externalId', type: 'string', default: '', description: 'Only the customer with this external ID' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Only customers whose name contains this text' },
			{ displayName: 'Organization Number', name: 'organizationNumber', type: 'string', default: '', description: 'Only the customer with this organization number' },
			{ displayName: 'Phone', name: 'phone', type: 'string', default: '', description: 'Only customers with this phone number' },
		],
	},
];

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject[]> {
	const run = await tsoRun(operationRun);
	const filters = run.context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const changedAfter = filters.changedAfter ? utcDateTime(operationRun.node, itemIndex, filters.changedAfter, 'Changed After') : undefined;
	// In the order of CompanySearchParameters.
	const search = given({
		ExternalId: filters.externalId,
		CompanyName: filters.name,
		ChangedAfter: changedAfter,
		CompanyEmail: filters.email,
		CompanyPhone: filters.phone,
		OrganizationNumber: filters.organizationNumber,
	});
	const companies = await getCompanies(run, itemIndex, search);
	return limited(companies, wantedCount(run.context, itemIndex)).map(customerOutput);
}
