/** Product → Get: one product by its ID. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { serviceError } from '../../../shared/soap/errors';
import { productOutput } from '../../helpers/product';
import { recordId } from '../../helpers/recordInput';
import { errorScope } from '../../transport/itemCall';
import { tsoRun } from '../../transport/run';
import { productLocator } from '../fields/recordLocators';
import { getProducts } from './getProducts';

export const option: Operation['option'] = {
	name: 'Get',
	value: 'get',
	description: 'Get one product by its ID, with its prices, stock and category',
	action: 'Get a product',
};

export const properties: INodeProperties[] = [productLocator()];

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject> {
	const run = await tsoRun(operationRun);
	const id = recordId(operationRun.node, itemIndex, run.context.getNodeParameter('product', itemIndex, '', { extractValue: true }), 'product');
	const [product] = await getProducts(run, itemIndex, { Id: id });
	if (!product) {
		throw serviceError(
			errorScope(run.call(itemIndex), 'GetProducts'),
			`24SevenOffice has no product with ID ${id}`,
			'Check the ID, or choose the product from the list. Product → Get Many lists the products and their IDs.',
		);
	}
	return productOutput(product);
}
