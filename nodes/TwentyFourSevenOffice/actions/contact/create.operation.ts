/** Contact → Create: one new contact person per input item, with PersonService SavePerson, which saves one person per request. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { tsoRun } from '../../transport/run';
import { contactChanges, contactCustomerField, nameFields, optionalContactFields, personItem } from './contactFields';
import { savePerson } from './personCalls';
import { savedContact } from './saved';

export const option: Operation['option'] = {
	name: 'Create',
	value: 'create',
	description: 'Create a contact person, optionally belonging to a customer',
	action: 'Create a contact',
};

export const properties: INodeProperties[] = [
	...nameFields,
	contactCustomerField,
	{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: optionalContactFields },
];

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject> {
	const run = await tsoRun(operationRun);
	const { context } = run;
	const { node } = operationRun;
	const changes = contactChanges(
		node,
		itemIndex,
		{ firstName: context.getNodeParameter('firstName', itemIndex, ''), lastName: context.getNodeParameter('lastName', itemIndex, '') },
		context.getNodeParameter('customer', itemIndex, '', { extractValue: true }),
		context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
	);
	const id = await savePerson(run, itemIndex, personItem(node, itemIndex, changes));
	return await savedContact(run, itemIndex, id);
}
