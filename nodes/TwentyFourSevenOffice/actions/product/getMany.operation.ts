/** Product → Get Many: the products that match the filters, one item each. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { limited, returnAllFields, wantedCount } from '../../../shared/n8n/returnAll';
import { productOutput } from '../../helpers/product';
import { given, recordId, utcDateTime } from '../../helpers/recordInput';
import { tsoRun } from '../../transport/run';
import { categoryField } from './productFields';
import { getProducts } from './getProducts';

export const option: Operation['option'] = {
	name: 'Get Many',
	value: 'getMany',
	description: 'Get the products that match the filters, such as those changed after a date',
	action: 'Get many products',
};

export const properties: INodeProperties[] = [
	...returnAllFields({ hint: '24SevenOffice sends all matching products in one answer; Limit only shortens the output. Use filters to ask for fewer.' }),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ ...categoryField, required: false, description: 'Only products of this category' },
			{ displayName: 'Changed After', name: 'changedAfter', type: 'dateTime', default: '', description: 'Only products created or changed after this time' },
			{ displayName: 'EAN', name: 'ean', type: 'string', default: '', description: 'Only the product with this EAN barcode' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Only products whose name contains this text' },
			{ displayName: 'Product Number', name: 'number', type: 'string', default: '', description: 'Only the product with this product number' },
		],
	},
];

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject[]> {
	const run = await tsoRun(operationRun);
	const { node } = operationRun;
	const filters = run.context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	// In the order of ProductSearchParameters; its DateChanged means "changed after".
	const search = given({
		CategoryId: filters.categoryId ? recordId(node, itemIndex, filters.categoryId, 'category') : undefined,
		No: filters.number,
		EAN1: filters.ean,
		Name: filters.name,
		DateChanged: filters.changedAfter ? utcDateTime(node, itemIndex, filters.changedAfter, 'Changed After') : undefined,
	});
	const products = await getProducts(run, itemIndex, search);
	return limited(products, wantedCount(run.context, itemIndex)).map(productOutput);
}
