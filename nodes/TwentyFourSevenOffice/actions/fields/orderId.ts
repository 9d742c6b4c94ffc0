/** The Order locator of the Sales Order operations that work on one existing order: from the list of recent orders, or by ID. */
import type { INode, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/soap/errors';

export const orderIdField: INodeProperties = {
	displayName: 'Order',
	name: 'orderId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The sales order, chosen from the orders changed in the last year or given by its order ID',
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchSalesOrders', searchable: true } },
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 10045',
			validation: [{ type: 'regex', properties: { regex: '^\\s*[0-9]+\\s*$', errorMessage: 'An order ID is a whole number' } }],
		},
	],
};

export function readOrderId(node: INode, itemIndex: number, value: unknown): number {
	const raw = value !== null && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value;
	const text = String(raw ?? '').trim();
	if (!/^\d+$/.test(text) || Number(text) <= 0 || Number(text) > 2147483647) {
		throw inputError(node, itemIndex, text ? `"${text.slice(0, 40)}" is not an order ID` : 'No Order ID was given', 'Choose the order from the list, or enter its order ID (digits only), e.g. from the output of Create or Get Many.');
	}
	return Number(text);
}
