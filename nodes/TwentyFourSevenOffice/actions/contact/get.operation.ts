/** Contact → Get: one contact person by its ID. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { contactOutput } from '../../helpers/person';
import { recordId } from '../../helpers/recordInput';
import { tsoRun } from '../../transport/run';
import { contactLocator } from '../fields/recordLocators';
import { getPerson } from './personCalls';

export const option: Operation['option'] = {
	name: 'Get',
	value: 'get',
	description: 'Get one contact person by its ID, with email addresses, phone numbers and the customer it belongs to',
	action: 'Get a contact',
};

export const properties: INodeProperties[] = [contactLocator()];

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject> {
	const run = await tsoRun(operationRun);
	const id = recordId(operationRun.node, itemIndex, run.context.getNodeParameter('contact', itemIndex, '', { extractValue: true }), 'contact');
	return contactOutput(await getPerson(run, itemIndex, id));
}
