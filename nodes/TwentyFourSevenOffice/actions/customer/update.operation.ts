/** Customer → Update: changes the given fields of one customer per input item, sent to SaveCompanies in batches. */
import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { BatchOperation, ItemOutcome, OperationRun } from '../../../shared/n8n/operation';
import { inputError } from '../../../shared/soap/errors';
import { recordId } from '../../helpers/recordInput';
import { saveInBatches } from '../../transport/saveBatches';
import { customerLocator } from '../fields/recordLocators';
import { companyRecord, contactDetailFields, contactDetails, customerSave, customerTypeField, optionalCustomerFields } from './customerFields';

export const option: BatchOperation['option'] = {
	name: 'Update',
	value: 'update',
	description: 'Change fields of a customer, leaving the others as they are; many input items are saved together, 50 per request',
	action: 'Update a customer',
};

export const properties: INodeProperties[] = [
	customerLocator('The customer to change, chosen from the list or given by its ID'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: "The company's name, or a consumer's last name" },
			customerTypeField,
			...optionalCustomerFields,
		],
	},
	...contactDetailFields,
];

export async function executeBatch(run: OperationRun, items: INodeExecutionData[]): Promise<ItemOutcome[]> {
	const { context, node } = run;
	return await saveInBatches(run, items, {
		...customerSave,
		build: (itemIndex) => {
			const id = recordId(node, itemIndex, context.getNodeParameter('customer', itemIndex, '', { extractValue: true }), 'customer');
			const update = context.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
			const record = companyRecord(node, itemIndex, {
				id,
				name: update.name,
				type: update.customerType,
				optional: update,
				...contactDetails(context, itemIndex),
			});
			if (Object.keys(record).length === 1) {
				throw inputError(node, itemIndex, `Nothing to change for customer ${id}`, 'Add at least one field under Update Fields, or an address, phone number or email address.');
			}
			return record;
		},
	});
}
