/** The Order ID field of the Sales Order operations that work on one existing order. */
import type { INode, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/soap/errors';

export const orderIdField: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 10045',
	description: 'The OrderId of the sales order, as Create or Get Many put it out',
};

export function readOrderId(node: INode, itemIndex: number, value: unknown): number {
	const text = String(value ?? '').trim();
	if (!/^\d+$/.test(text) || Number(text) <= 0 || Number(text) > 2147483647) {
		throw inputError(node, itemIndex, text ? `"${text.slice(0, 40)}" is not an order ID` : 'No Order ID was given', 'Enter the OrderId of the sales order (digits only), e.g. from the output of Create or Get Many.');
	}
	return Number(text);
}
