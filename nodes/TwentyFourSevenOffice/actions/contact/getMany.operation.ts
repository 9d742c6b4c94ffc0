/** Contact → Get Many: the contact persons that match the filters, one item each. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { limited, returnAllFields, wantedCount } from '../../../shared/n8n/returnAll';
import { contactOutput } from '../../helpers/person';
import { given, recordId, utcDateTime } from '../../helpers/recordInput';
import { tsoRun } from '../../transport/run';
import { getPersons } from './personCalls';

export const option: Operation['option'] = {
	name: 'Get Many',
	value: 'getMany',
	description: 'Get the contact persons that match the filters, such as those of one customer or changed after a date',
	action: 'Get many contacts',
};

export const properties: INodeProperties[] = [
	...returnAllFields({ hint: '24SevenOffice sends all matching contacts in one answer; Limit only shortens the output. Use filters to ask for fewer.' }),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Changed After', name: 'changedAfter', type: 'dateTime', default: '', description: 'Only contacts created or changed after this time' },
			{ displayName: 'Customer ID', name: 'customerId', type: 'string', default: '', placeholder: 'e.g. 10023', description: 'Only the contacts of the customer with this ID' },
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Only contacts with this email address' },
			{ displayName: 'Include Employees', name: 'includeEmployees', type: 'boolean', default: false, description: "Whether to include the people of your own company's staff as well" },
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Only contacts whose name contains this text' },
			{ displayName: 'Phone', name: 'phone', type: 'string', default: '', description: 'Only contacts with this phone number' },
		],
	},
];

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject[]> {
	const run = await tsoRun(operationRun);
	const { node } = operationRun;
	const filters = run.context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	// In the order of PersonSearchParameters.
	const search = given({
		ChangedAfter: filters.changedAfter ? utcDateTime(node, itemIndex, filters.changedAfter, 'Changed After') : undefined,
		CustomerId: filters.customerId ? recordId(node, itemIndex, filters.customerId, 'customer') : undefined,
		Email: filters.email,
		IsEmployee: filters.includeEmployees ? undefined : 'False',
		Name: filters.name,
		Phone: filters.phone,
	});
	const persons = await getPersons(run, itemIndex, search);
	return limited(persons, wantedCount(run.context, itemIndex)).map(contactOutput);
}
