/** Customer → Create: one new customer per input item, sent to SaveCompanies in batches. */
import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { BatchOperation, ItemOutcome, OperationRun } from '../../../shared/n8n/operation';
import { inputError } from '../../../shared/soap/errors';
import { saveInBatches } from '../../transport/saveBatches';
import { companyRecord, contactDetailFields, contactDetails, customerSave, customerTypeField, optionalCustomerFields } from './customerFields';

export const option: BatchOperation['option'] = {
	name: 'Create',
	value: 'create',
	description: 'Create a customer; many input items are saved together, 50 per request',
	action: 'Create a customer',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: "The company's name, or a consumer's last name; at most 200 characters",
	},
	customerTypeField,
	...contactDetailFields,
	{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: optionalCustomerFields },
];

export async function executeBatch(run: OperationRun, items: INodeExecutionData[]): Promise<ItemOutcome[]> {
	const { context, node } = run;
	return await saveInBatches(run, items, {
		...customerSave,
		build: (itemIndex) => {
			const name = String(context.getNodeParameter('name', itemIndex, '')).trim();
			if (!name) throw inputError(node, itemIndex, 'The customer has no name', 'Fill in Name: a company name, or the last name of a consumer.');
			return companyRecord(node, itemIndex, {
				name,
				type: context.getNodeParameter('customerType', itemIndex, 'Business'),
				optional: context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
				...contactDetails(context, itemIndex),
			});
		},
	});
}
