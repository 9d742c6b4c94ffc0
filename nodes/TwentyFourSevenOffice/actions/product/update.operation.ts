/** Product → Update: changes the given fields of one product per input item, sent to SaveProducts in batches. */
import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { BatchOperation, ItemOutcome, OperationRun } from '../../../shared/n8n/operation';
import { inputError } from '../../../shared/soap/errors';
import { recordId } from '../../helpers/recordInput';
import { saveInBatches } from '../../transport/saveBatches';
import { productLocator } from '../fields/recordLocators';
import { categoryField, optionalProductFields, productRecord, productSave } from './productFields';

export const option: BatchOperation['option'] = {
	name: 'Update',
	value: 'update',
	description: 'Change fields of a product, such as its price or stock, leaving the others as they are; many input items are saved together, 50 per request',
	action: 'Update a product',
};

export const properties: INodeProperties[] = [
	productLocator('The product to change, chosen from the list or given by its ID'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ ...categoryField, required: false },
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: "The product's name" },
			...optionalProductFields,
		],
	},
];

export async function executeBatch(run: OperationRun, items: INodeExecutionData[]): Promise<ItemOutcome[]> {
	const { context, node } = run;
	return await saveInBatches(run, items, {
		...productSave,
		build: (itemIndex) => {
			const id = recordId(node, itemIndex, context.getNodeParameter('product', itemIndex, '', { extractValue: true }), 'product');
			const update = context.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
			const record = productRecord(node, itemIndex, { id, name: update.name, categoryId: update.categoryId, optional: update });
			if (Object.keys(record).length === 1) throw inputError(node, itemIndex, `Nothing to change for product ${id}`, 'Add at least one field under Update Fields.');
			return record;
		},
	});
}
