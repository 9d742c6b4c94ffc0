/** Sales Order → Get: one order with its rows and totals, by its OrderId, from InvoiceService GetInvoices. */
import { NodeOperationError, type IDataObject, type INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { getInvoicesFields, readOrders } from '../../helpers/salesOrders';
import { callService, serviceRequest } from '../../transport/resourceCall';
import { tsoRun } from '../../transport/run';
import { orderIdField, readOrderId } from '../fields/orderId';

export const option: Operation['option'] = {
	name: 'Get',
	value: 'get',
	description: 'Get a sales order or invoice with its rows and totals, by its order ID',
	action: 'Get a sales order',
};

export const properties: INodeProperties[] = [orderIdField];

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject> {
	const orderId = readOrderId(operationRun.node, itemIndex, operationRun.context.getNodeParameter('orderId', itemIndex, '', { extractValue: true }));
	const run = await tsoRun(operationRun);
	const result = await callService(run, itemIndex, serviceRequest('InvoiceService', 'GetInvoices', getInvoicesFields({ OrderIds: { int: [orderId] } })));
	const [order] = readOrders(result).filter((found) => found.orderId === orderId);
	if (!order) {
		throw new NodeOperationError(operationRun.node, `There is no sales order with ID ${orderId}`, {
			description: 'Check the Order ID, and that the credential works in the company (identity) the order belongs to.',
			itemIndex,
		});
	}
	return order;
}
