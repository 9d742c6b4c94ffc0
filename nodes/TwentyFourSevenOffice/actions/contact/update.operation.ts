/** Contact → Update: reads the contact person, changes the given fields and saves it whole with SavePerson. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { inputError } from '../../../shared/soap/errors';
import { personFields } from '../../helpers/person';
import { recordId } from '../../helpers/recordInput';
import { tsoRun } from '../../transport/run';
import { contactLocator } from '../fields/recordLocators';
import { contactChanges, contactCustomerField, nameFields, optionalContactFields, personItem } from './contactFields';
import { getPerson, savePerson } from './personCalls';
import { savedContact } from './saved';

export const option: Operation['option'] = {
	name: 'Update',
	value: 'update',
	description: 'Change fields of a contact person, leaving the others as they are',
	action: 'Update a contact',
};

export const properties: INodeProperties[] = [
	contactLocator('The contact to change, chosen from the list or given by its ID'),
	contactCustomerField,
	{ displayName: 'Update Fields', name: 'updateFields', type: 'collection', placeholder: 'Add Field', default: {}, options: [...nameFields, ...optionalContactFields] },
];

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject> {
	const run = await tsoRun(operationRun);
	const { context } = run;
	const { node } = operationRun;
	const id = recordId(node, itemIndex, context.getNodeParameter('contact', itemIndex, '', { extractValue: true }), 'contact');
	const update = context.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const changes = contactChanges(node, itemIndex, update, context.getNodeParameter('customer', itemIndex, '', { extractValue: true }), update);
	if (!Object.keys(changes.fields).length && !changes.emails.length && !changes.phones.length && !Object.keys(changes.more).length) {
		throw inputError(node, itemIndex, `Nothing to change for contact ${id}`, 'Add at least one field under Update Fields, or choose a customer.');
	}
	// SavePerson replaces the whole person: send it as read, with the changes.
	const current = personFields(await getPerson(run, itemIndex, id));
	await savePerson(run, itemIndex, personItem(node, itemIndex, changes, { ...current, Id: id }));
	return await savedContact(run, itemIndex, id);
}
