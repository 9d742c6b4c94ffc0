/** InvoiceService's orders (InvoiceOrder with InvoiceRows) read into typed records with totals, and the properties asked for. */
import type { IDataObject } from 'n8n-workflow';

import type { SoapFields } from '../../shared/soap/envelope';
import { findChild, findChildren, type XmlElement } from '../../shared/soap/xml';
import { booleanOf, dateOf, defined, numberOf, textOf } from './values';

/** Every order property the node reads; GetInvoices answers only those asked for. */
export const ORDER_PROPERTIES = ['OrderId', 'CustomerId', 'CustomerName', 'OrderStatus', 'InvoiceId', 'DateOrdered', 'DateInvoiced', 'DateChanged', 'IncludeVAT', 'YourReference', 'OrderTotalIncVat', 'OrderTotalVat', 'InvoiceTitle', 'Currency'];

export const ROW_PROPERTIES = ['ProductId', 'RowId', 'ProductNo', 'Name', 'Quantity', 'Price', 'DiscountRate', 'VatRate', 'Type'];

function readRow(row: XmlElement): IDataObject {
	return defined({
		rowId: numberOf(row, 'RowId'),
		productId: numberOf(row, 'ProductId'),
		productNo: textOf(row, 'ProductNo'),
		name: textOf(row, 'Name'),
		quantity: numberOf(row, 'Quantity'),
		price: numberOf(row, 'Price'),
		discountRate: numberOf(row, 'DiscountRate'),
		vatRate: numberOf(row, 'VatRate'),
		type: textOf(row, 'Type'),
	});
}

const cents = (value: number) => Math.round(value * 100) / 100;

/** An InvoiceId of 0 means the order is not invoiced yet. */
function invoiceIdOf(order: XmlElement): number | string | undefined {
	const id = numberOf(order, 'InvoiceId');
	return typeof id === 'number' && id <= 0 ? undefined : id;
}

export function readOrder(order: XmlElement): IDataObject {
	const totalIncludingVat = numberOf(order, 'OrderTotalIncVat');
	const totalVat = numberOf(order, 'OrderTotalVat');
	return defined({
		orderId: numberOf(order, 'OrderId'),
		invoiceId: invoiceIdOf(order),
		status: textOf(order, 'OrderStatus'),
		customerId: numberOf(order, 'CustomerId'),
		customerName: textOf(order, 'CustomerName'),
		dateOrdered: dateOf(order, 'DateOrdered'),
		dateInvoiced: dateOf(order, 'DateInvoiced'),
		dateChanged: dateOf(order, 'DateChanged'),
		includeVat: booleanOf(order, 'IncludeVAT'),
		yourReference: textOf(order, 'YourReference'),
		invoiceTitle: textOf(order, 'InvoiceTitle'),
		currency: textOf(findChild(order, 'Currency'), 'Symbol'),
		totalExcludingVat: typeof totalIncludingVat === 'number' && typeof totalVat === 'number' ? cents(totalIncludingVat - totalVat) : undefined,
		totalVat,
		totalIncludingVat,
		rows: findChildren(findChild(order, 'InvoiceRows'), 'InvoiceRow').map(readRow),
	});
}

export const readOrders = (result: XmlElement | undefined): IDataObject[] => findChildren(result, 'InvoiceOrder').map(readOrder);

/** The GetInvoices request for a search, asking for every property the node reads. */
export function getInvoicesFields(searchParams: SoapFields): SoapFields {
	return {
		searchParams,
		invoiceReturnProperties: { string: ORDER_PROPERTIES },
		rowReturnProperties: { string: ROW_PROPERTIES },
	};
}
