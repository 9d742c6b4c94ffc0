/** Fields the Sales Order operations share: the order status, the rows, and reading them back. */
import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/soap/errors';
import type { SoapFields } from '../../../shared/soap/envelope';
import { readOrder } from '../../helpers/salesOrders';
import type { SaveRequest } from '../../transport/saveBatches';
import { productLocator } from './recordLocators';

/** The statuses an order can be given here (OrderSlipStateType), in the order of their life. */
export const ORDER_STATUS_OPTIONS = [
	{ name: 'Draft', value: 'Draft', description: 'An order being prepared' },
	{ name: 'Offer', value: 'Offer', description: 'A quote to the customer' },
	{ name: 'Order', value: 'Web', description: "An order (24SevenOffice's default status, Web)" },
	{ name: 'Confirmed', value: 'Confirmed', description: 'An order confirmed to the customer' },
	{ name: 'For Invoicing', value: 'ForInvoicing', description: 'An order ready to be invoiced' },
	{ name: 'Invoiced', value: 'Invoiced', description: 'Invoice the order: it gets an invoice number and can no longer be changed' },
];

export const rowsField: INodeProperties = {
	displayName: 'Rows',
	name: 'rows',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Row',
	default: {},
	description: 'The products sold, one row each',
	options: [
		{
			displayName: 'Row',
			name: 'row',
			values: [
				productLocator('The product sold on this row'),
				{ displayName: 'Description', name: 'name', type: 'string', default: '', description: "The row's text on the invoice; leave empty for the product's name" },
				{ displayName: 'Discount (%)', name: 'discountRate', type: 'number', typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 2 }, default: 0, description: 'Discount on the row, in percent' },
				{ displayName: 'Price', name: 'price', type: 'number', typeOptions: { numberPrecision: 2 }, default: 0, description: 'The price of one unit, without VAT unless Prices Include VAT is on' },
				{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { numberPrecision: 2 }, default: 1, description: 'How many units' },
				{ displayName: 'VAT Rate (%)', name: 'vatRate', type: 'number', typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 2 }, default: 25, description: 'The VAT rate of the row, in percent' },
			],
		},
	],
};

function locatorValue(value: unknown): string {
	if (value !== null && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value ?? '').trim();
	return String(value ?? '').trim();
}

/** The ID a locator holds, digits only; an input error naming `field` otherwise. */
export function locatorId(node: INode, itemIndex: number, value: unknown, field: string): number {
	const id = locatorValue(value);
	if (!/^\d+$/.test(id) || Number(id) <= 0) {
		throw inputError(node, itemIndex, id ? `"${id.slice(0, 40)}" is not a ${field} ID` : `No ${field} was given`, `Enter the ${field}'s ID (digits only), as 24SevenOffice shows it.`);
	}
	return Number(id);
}

/** Plain decimal text with two decimals, as 24SevenOffice reads decimals. */
const decimal = (value: number) => value.toFixed(2);

function checkedNumber(node: INode, itemIndex: number, value: unknown, what: string, min: number, max: number): number {
	const number = Number(value);
	if (!Number.isFinite(number) || number < min || number > max) {
		throw inputError(node, itemIndex, `${what} is not a number from ${min} to ${max}`, `It was ${String(value).slice(0, 40)}. Correct it and run the item again.`);
	}
	return number;
}

/** The InvoiceRows of an order in the WSDL's element order, checked. */
export function readRows(node: INode, itemIndex: number, rows: IDataObject): SoapFields | undefined {
	const list = Array.isArray(rows.row) ? (rows.row as IDataObject[]) : [];
	if (list.length === 0) return undefined;
	const rowFields = list.map((row, index) => {
		const label = `Row ${index + 1}`;
		const name = String(row.name ?? '').trim();
		return {
			ProductId: locatorId(node, itemIndex, row.product, 'product'),
			Name: name || undefined,
			Quantity: decimal(checkedNumber(node, itemIndex, row.quantity ?? 1, `The quantity of ${label}`, -1e9, 1e9)),
			Price: decimal(checkedNumber(node, itemIndex, row.price ?? 0, `The price of ${label}`, -1e12, 1e12)),
			DiscountRate: decimal(checkedNumber(node, itemIndex, row.discountRate ?? 0, `The discount of ${label}`, 0, 100)),
			VatRate: decimal(checkedNumber(node, itemIndex, row.vatRate ?? 0, `The VAT rate of ${label}`, 0, 100)),
			Type: 'Normal',
		};
	});
	return { InvoiceRow: rowFields };
}

/** What the errors about a refused order call its fields, by wire name. */
export const ORDER_FIELD_NAMES: Record<string, string> = {
	CustomerId: 'Customer',
	OrderStatus: 'Status',
	ProductId: 'Product',
	OrderId: 'Order ID',
	Quantity: 'Quantity',
	Price: 'Price',
	DiscountRate: 'Discount (%)',
	VatRate: 'VAT Rate (%)',
};

/** Where Create and Update Status save orders: SaveInvoices, one InvoiceOrder per item. */
export const orderSave: Omit<SaveRequest, 'build'> = {
	service: 'InvoiceService',
	operation: 'SaveInvoices',
	list: 'invoices',
	record: 'InvoiceOrder',
	label: 'sales order',
	fields: ORDER_FIELD_NAMES,
	output: (record) => readOrder(record),
};
