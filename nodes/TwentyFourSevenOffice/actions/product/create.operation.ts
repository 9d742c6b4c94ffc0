/** Product → Create: one new product per input item, sent to SaveProducts in batches. */
import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { BatchOperation, ItemOutcome, OperationRun } from '../../../shared/n8n/operation';
import { inputError } from '../../../shared/soap/errors';
import { saveInBatches } from '../../transport/saveBatches';
import { categoryField, optionalProductFields, productRecord, productSave } from './productFields';

export const option: BatchOperation['option'] = {
	name: 'Create',
	value: 'create',
	description: 'Create a product in a category; many input items are saved together, 50 per request',
	action: 'Create a product',
};

export const properties: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: "The product's name, at most 125 characters" },
	categoryField,
	{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: optionalProductFields },
];

export async function executeBatch(run: OperationRun, items: INodeExecutionData[]): Promise<ItemOutcome[]> {
	const { context, node } = run;
	return await saveInBatches(run, items, {
		...productSave,
		build: (itemIndex) => {
			const name = String(context.getNodeParameter('name', itemIndex, '')).trim();
			if (!name) throw inputError(node, itemIndex, 'The product has no name', 'Fill in Name.');
			const categoryId = context.getNodeParameter('categoryId', itemIndex, '');
			if (categoryId === '' || categoryId === undefined) throw inputError(node, itemIndex, 'The product has no category', 'Choose a Category: 24SevenOffice needs one for every new product.');
			return productRecord(node, itemIndex, { name, categoryId, optional: context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject });
		},
	});
}
