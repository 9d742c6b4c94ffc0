/** A 24SevenOffice InvoiceOrder read into a typed record, against an answer and an expectation written by hand. */
import { readOrder } from '../../nodes/TwentyFourSevenOffice/helpers/salesOrders';
import { parseXml } from '../../nodes/shared/soap/xml';

const order = (inner: string) => parseXml(`<InvoiceOrder xmlns="http://24sevenOffice.com/webservices">${inner}</InvoiceOrder>`);

test('an order with its rows, its dates in UTC and its total without VAT worked out', () => {
	expect(
		readOrder(
			order(
				'<OrderId>10</OrderId><CustomerId>2</CustomerId><CustomerName>Kunde AS</CustomerName><OrderStatus>Invoiced</OrderStatus><InvoiceId>77</InvoiceId>' +
					'<DateOrdered>2026-02-01T00:00:00</DateOrdered><DateInvoiced>2026-02-03T12:00:00</DateInvoiced><DateChanged>0001-01-01T00:00:00</DateChanged><IncludeVAT>true</IncludeVAT>' +
					'<YourReference>PO-1</YourReference><InvoiceTitle>Februar</InvoiceTitle><Currency><Symbol>NOK</Symbol></Currency><OrderTotalIncVat>1250.10</OrderTotalIncVat><OrderTotalVat>250.02</OrderTotalVat>' +
					'<InvoiceRows><InvoiceRow><RowId>1</RowId><ProductId>5</ProductId><ProductNo>P5</ProductNo><Name>Telt</Name><Quantity>2</Quantity><Price>500.04</Price><DiscountRate>0</DiscountRate><VatRate>25</VatRate><Type>Normal</Type></InvoiceRow><InvoiceRow><Name>Text only</Name></InvoiceRow></InvoiceRows>',
			),
		),
	).toEqual({
		orderId: 10,
		invoiceId: 77,
		status: 'Invoiced',
		customerId: 2,
		customerName: 'Kunde AS',
		dateOrdered: '2026-02-01T00:00:00.000Z',
		dateInvoiced: '2026-02-03T12:00:00.000Z',
		includeVat: true,
		yourReference: 'PO-1',
		invoiceTitle: 'Februar',
		currency: 'NOK',
		totalExcludingVat: 1000.08,
		totalVat: 250.02,
		totalIncludingVat: 1250.1,
		rows: [{ rowId: 1, productId: 5, productNo: 'P5', name: 'Telt', quantity: 2, price: 500.04, discountRate: 0, vatRate: 25, type: 'Normal' }, { name: 'Text only' }],
	});
});

test('an order not invoiced yet has no invoice ID, and no total without VAT unless both totals came', () => {
	expect(readOrder(order('<OrderId>11</OrderId><InvoiceId>0</InvoiceId><OrderTotalIncVat>100</OrderTotalIncVat>'))).toEqual({ orderId: 11, totalIncludingVat: 100, rows: [] });
	expect(readOrder(order('<OrderId>12</OrderId><OrderTotalVat>20</OrderTotalVat>'))).toEqual({ orderId: 12, totalVat: 20, rows: [] });
	expect(readOrder(order('<OrderId>13</OrderId><OrderTotalIncVat>n/a</OrderTotalIncVat><OrderTotalVat>20</OrderTotalVat>'))).toEqual({ orderId: 13, totalIncludingVat: 'n/a', totalVat: 20, rows: [] });
});
