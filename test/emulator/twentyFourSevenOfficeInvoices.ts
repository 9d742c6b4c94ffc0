/**
 * 24SevenOffice InvoiceService: sales orders and invoices (InvoiceOrder with
 * InvoiceRows). GetInvoices answers only the properties asked for; SaveInvoices
 * creates an order, or changes one given its OrderId, with an APIException on
 * each order it refuses (unknown customer or product, an invoiced order
 * changed, an order without rows invoiced). Saving with OrderStatus Invoiced
 * invoices the order: it gets an InvoiceId and an invoice date.
 */
import type { Reply } from './types';
import { type SoapCall, type SoapEndpoint, soapFault } from './soap';
import { TSO_NS, type TsoContext } from './twentyFourSevenOffice';
import { seedProducts } from './twentyFourSevenOfficeProducts';
import { apiException, type StoredRecord } from './twentyFourSevenOfficeRecords';
import { dateParam, nullReference, result, unreadableDate, withSession, type TsoBooks } from './twentyFourSevenOfficeServices';
import { child, childText, element, leaf, type XmlElement, type XmlOut } from './xml';

export interface TsoOrderRow {
	RowId: number;
	ProductId: number;
	ProductNo: string;
	Name: string;
	Quantity: number;
	Price: number;
	DiscountRate: number;
	VatRate: number;
	Type: string;
}

export interface TsoOrder {
	OrderId: number;
	CustomerId: number;
	CustomerName: string;
	OrderStatus: string;
	InvoiceId?: number;
	DateOrdered: string;
	DateInvoiced?: string;
	DateChanged: string;
	IncludeVAT: boolean;
	YourReference?: string;
	InvoiceTitle?: string;
	Rows: TsoOrderRow[];
}

/** The values of OrderSlipStateType in the WSDL. */
export const ORDER_STATES = [
	'None', 'Offer', 'Pack', 'Invoiced', 'Web', 'Repeating', 'CollectingOrder', 'Return', 'Distribution', 'Rest', 'ForInvoicing',
	'OvertimeRent', 'Confirmed', 'OrderState_Sent', 'Production', 'PaymentReminder', 'OnAccount', 'Lending', 'InvoicedCashAccount',
	'InvoicedPack', 'Inactive', 'Hours', 'OrderState_SuperStore', 'Draft',
];

const INVOICE_PROPERTIES = ['OrderId', 'CustomerId', 'CustomerName', 'OrderStatus', 'InvoiceId', 'DateOrdered', 'DateInvoiced', 'DateChanged', 'IncludeVAT', 'YourReference', 'OrderTotalIncVat', 'OrderTotalVat', 'InvoiceTitle', 'Currency'];
const ROW_PROPERTIES = ['ProductId', 'RowId', 'ProductNo', 'Name', 'Quantity', 'Price', 'DiscountRate', 'VatRate', 'Type'];

/** .NET's int.MinValue: what the service writes for an Id it has not given. */
const NO_ID = -2147483648;

function row(rowId: number, product: StoredRecord, quantity: number, discount = 0): TsoOrderRow {
	return { RowId: rowId, ProductId: Number(product.Id), ProductNo: String(product.No ?? ''), Name: String(product.Name ?? ''), Quantity: quantity, Price: Number(product.Price ?? 0), DiscountRate: discount, VatRate: Number(product.TaxRate ?? 0), Type: 'Normal' };
}

/** Three orders of the client's customers, of the seeded products: a draft, an invoiced one and an offer. */
export function seedOrders(_clientId: number): TsoOrder[] {
	const [consulting, boots, map] = seedProducts();
	return [
		{ OrderId: 101, CustomerId: 2, CustomerName: 'Fjord & Fjell <Consult>', OrderStatus: 'Draft', DateOrdered: '2026-10-01T00:00:00', DateChanged: '2026-10-01T10:00:00', IncludeVAT: false, Rows: [row(1, consulting, 2)] },
		{ OrderId: 102, CustomerId: 3, CustomerName: 'Kari Nordmann', OrderStatus: 'Invoiced', InvoiceId: 5001, DateOrdered: '2026-10-10T00:00:00', DateInvoiced: '2026-10-15T00:00:00', DateChanged: '2026-10-15T12:00:00', IncludeVAT: false, YourReference: 'Kari', Rows: [row(1, boots, 1, 10)] },
		{ OrderId: 103, CustomerId: 2, CustomerName: 'Fjord & Fjell <Consult>', OrderStatus: 'Offer', DateOrdered: '2026-11-02T00:00:00', DateChanged: '2026-11-02T08:30:00', IncludeVAT: false, Rows: [row(1, consulting, 1.5), row(2, map, 3)] },
	];
}

export function invoiceServiceEndpoint(context: TsoContext, books: TsoBooks): SoapEndpoint {
	return {
		path: '/economy/invoiceorder/v001/invoiceservice.asmx',
		namespace: TSO_NS,
		operations: ['GetInvoices', 'SaveInvoices'],
		handle: (call) =>
			withSession(context, call, (session) => {
				const orders = books.ordersOf(session.identity.clientId);
				const customers = books.companiesOf(session.identity);
				const products = books.productsOf(session.identity.clientId);
				return call.operation === 'GetInvoices' ? getInvoices(call, orders) : saveInvoices(call, orders, customers, products);
			}),
	};
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** VAT and total including VAT; with IncludeVAT the prices already hold the VAT. */
export function orderTotals(order: Pick<TsoOrder, 'IncludeVAT' | 'Rows'>): { vat: number; incVat: number } {
	let vat = 0;
	let incVat = 0;
	for (const item of order.Rows) {
		const amount = item.Quantity * item.Price * (1 - item.DiscountRate / 100);
		const rowVat = order.IncludeVAT ? amount - amount / (1 + item.VatRate / 100) : (amount * item.VatRate) / 100;
		vat += rowVat;
		incVat += order.IncludeVAT ? amount : amount + rowVat;
	}
	return { vat: round2(vat), incVat: round2(incVat) };
}

function listOf(parent: XmlElement | undefined, entry: string): string[] | undefined {
	if (parent === undefined) return undefined;
	return parent.children.filter((item) => item.local === entry).map((item) => item.text.trim());
}

function getInvoices(call: SoapCall, orders: TsoOrder[]): Reply {
	const search = child(call.body, TSO_NS, 'searchParams');
	const invoiceProperties = listOf(child(call.body, TSO_NS, 'invoiceReturnProperties'), 'string');
	const rowProperties = listOf(child(call.body, TSO_NS, 'rowReturnProperties'), 'string');
	// All three are dereferenced by the service; a missing one is a NullReferenceException.
	if (search === undefined || invoiceProperties === undefined || rowProperties === undefined) return nullReference(call);
	const unknown = invoiceProperties.find((name) => !INVOICE_PROPERTIES.includes(name)) ?? rowProperties.find((name) => !ROW_PROPERTIES.includes(name));
	if (unknown !== undefined) return soapFault(call.version, { code: 'Server', message: `Server was unable to process request. ---> Property '${unknown}' is not a valid return property` });
	const changedAfter = dateParam(search, 'ChangedAfter');
	if (changedAfter === null) return unreadableDate(call, search, 'ChangedAfter');
	const numbers = (name: string) => listOf(child(search, TSO_NS, name), 'int')?.map(Number);
	const customerIds = numbers('CustomerIds');
	const orderIds = numbers('OrderIds');
	const invoiceIds = numbers('InvoiceIds');
	const states = listOf(child(search, TSO_NS, 'OrderStates'), 'OrderSlipStateType');
	const found = orders.filter(
		(order) =>
			(changedAfter === undefined || Date.parse(`${order.DateChanged}Z`) > changedAfter) &&
			(customerIds === undefined || customerIds.includes(order.CustomerId)) &&
			(orderIds === undefined || orderIds.includes(order.OrderId)) &&
			(invoiceIds === undefined || (order.InvoiceId !== undefined && invoiceIds.includes(order.InvoiceId))) &&
			(states === undefined || states.length === 0 || states.includes(order.OrderStatus)),
	);
	return result(call, TSO_NS, [element('GetInvoicesResult', found.map((order) => orderXml(order, invoiceProperties, rowProperties)))]);
}

/** An order in the schema's element order, limited to the wanted properties; rows only when row properties are asked for. */
function orderXml(order: TsoOrder, wanted: string[], wantedRows: string[], exception?: XmlOut): XmlOut {
	const totals = orderTotals(order);
	const optional = (name: string, value: string | number | undefined) => (value === undefined ? undefined : leaf(name, String(value)));
	const all: Array<[string, XmlOut | undefined]> = [
		['OrderId', leaf('OrderId', String(order.OrderId))],
		['CustomerId', leaf('CustomerId', String(order.CustomerId))],
		['CustomerName', leaf('CustomerName', order.CustomerName)],
		['OrderStatus', leaf('OrderStatus', order.OrderStatus)],
		['InvoiceId', leaf('InvoiceId', String(order.InvoiceId ?? 0))],
		['DateOrdered', leaf('DateOrdered', order.DateOrdered)],
		['DateInvoiced', optional('DateInvoiced', order.DateInvoiced)],
		['DateChanged', leaf('DateChanged', order.DateChanged)],
		['IncludeVAT', leaf('IncludeVAT', String(order.IncludeVAT))],
		['YourReference', optional('YourReference', order.YourReference)],
		['OrderTotalIncVat', leaf('OrderTotalIncVat', totals.incVat.toFixed(2))],
		['OrderTotalVat', leaf('OrderTotalVat', totals.vat.toFixed(2))],
		['InvoiceTitle', optional('InvoiceTitle', order.InvoiceTitle)],
		['Currency', element('Currency', [leaf('Rate', '1'), leaf('Unit', '1'), leaf('Symbol', 'NOK')])],
	];
	const parts = all.filter(([name, xml]) => xml !== undefined && wanted.includes(name)).map(([, xml]) => xml as XmlOut);
	if (wantedRows.length > 0) parts.push(element('InvoiceRows', order.Rows.map((item) => rowXml(item, wantedRows))));
	return element('InvoiceOrder', exception === undefined ? parts : [exception, ...parts]);
}

function rowXml(item: TsoOrderRow, wanted: string[]): XmlOut {
	const all: Array<[string, string]> = [
		['ProductId', String(item.ProductId)],
		['RowId', String(item.RowId)],
		['ProductNo', item.ProductNo],
		['Name', item.Name],
		['Quantity', String(item.Quantity)],
		['Price', String(item.Price)],
		['DiscountRate', String(item.DiscountRate)],
		['VatRate', String(item.VatRate)],
		['Type', item.Type],
	];
	return element('InvoiceRow', all.filter(([name]) => wanted.includes(name)).map(([name, value]) => leaf(name, value)));
}

/** A number the schema types as decimal or int: undefined when absent, NaN when unreadable. */
function numberOf(parent: XmlElement, name: string): number | undefined {
	const text = childText(parent, TSO_NS, name);
	return text === undefined || text.trim() === '' ? undefined : Number(text);
}

type Refusal = { refused: string };

function readRows(order: XmlElement, products: StoredRecord[]): TsoOrderRow[] | Refusal | undefined {
	const list = child(order, TSO_NS, 'InvoiceRows');
	if (list === undefined) return undefined;
	const rows: TsoOrderRow[] = [];
	for (const item of list.children.filter((node) => node.local === 'InvoiceRow')) {
		const productId = numberOf(item, 'ProductId');
		const product = productId === undefined ? undefined : products.find((entry) => Number(entry.Id) === productId);
		if (productId !== undefined && product === undefined) return { refused: `Product with Id ${productId} does not exist` };
		const type = childText(item, TSO_NS, 'Type') ?? 'Normal';
		if (product === undefined && type === 'Normal') return { refused: 'A row of type Normal needs a ProductId' };
		rows.push({
			RowId: rows.length + 1,
			ProductId: product ? Number(product.Id) : 0,
			ProductNo: String(product?.No ?? ''),
			Name: childText(item, TSO_NS, 'Name') ?? String(product?.Name ?? ''),
			Quantity: numberOf(item, 'Quantity') ?? 0,
			Price: numberOf(item, 'Price') ?? Number(product?.Price ?? 0),
			DiscountRate: numberOf(item, 'DiscountRate') ?? 0,
			VatRate: numberOf(item, 'VatRate') ?? Number(product?.TaxRate ?? 0),
			Type: type,
		});
	}
	return rows;
}

function saveOne(item: XmlElement, orders: TsoOrder[], customers: StoredRecord[], products: StoredRecord[], now: string): TsoOrder | Refusal {
	const orderId = numberOf(item, 'OrderId');
	const existing = orderId === undefined || orderId === NO_ID || orderId === 0 ? undefined : orders.find((order) => order.OrderId === orderId);
	if (orderId !== undefined && orderId !== NO_ID && orderId !== 0 && existing === undefined) return { refused: `Order with OrderId ${orderId} does not exist` };
	if (existing?.OrderStatus === 'Invoiced') return { refused: `Order ${existing.OrderId} is invoiced and cannot be changed` };
	const customerId = numberOf(item, 'CustomerId') ?? existing?.CustomerId;
	if (customerId === undefined) return { refused: 'CustomerId is required' };
	const customer = customers.find((company) => Number(company.Id) === customerId);
	if (customer === undefined) return { refused: `Customer with Id ${customerId} does not exist` };
	const rows = readRows(item, products);
	if (rows !== undefined && 'refused' in rows) return rows;
	const includeVat = childText(item, TSO_NS, 'IncludeVAT');
	const dateInvoiced = dateParam(item, 'DateInvoiced');
	const dateOrdered = dateParam(item, 'DateOrdered');
	const order: TsoOrder = {
		OrderId: existing?.OrderId ?? Math.max(100, ...orders.map((entry) => entry.OrderId)) + 1,
		CustomerId: customerId,
		CustomerName: String(customer.Name ?? ''),
		OrderStatus: childText(item, TSO_NS, 'OrderStatus') ?? existing?.OrderStatus ?? 'Web',
		DateOrdered: typeof dateOrdered === 'number' ? new Date(dateOrdered).toISOString().slice(0, 19) : (existing?.DateOrdered ?? `${now.slice(0, 10)}T00:00:00`),
		DateChanged: now,
		IncludeVAT: includeVat === undefined || includeVat === '' ? (existing?.IncludeVAT ?? false) : includeVat === 'true',
		YourReference: childText(item, TSO_NS, 'YourReference') ?? existing?.YourReference,
		InvoiceTitle: childText(item, TSO_NS, 'InvoiceTitle') ?? existing?.InvoiceTitle,
		Rows: rows ?? existing?.Rows ?? [],
	};
	if (order.OrderStatus === 'Invoiced') {
		if (order.Rows.length === 0) return { refused: 'An order without rows cannot be invoiced' };
		order.InvoiceId = Math.max(5000, ...orders.map((entry) => entry.InvoiceId ?? 0)) + 1;
		order.DateInvoiced = typeof dateInvoiced === 'number' ? new Date(dateInvoiced).toISOString().slice(0, 19) : `${now.slice(0, 10)}T00:00:00`;
	}
	if (existing === undefined) orders.push(order);
	else Object.assign(existing, order);
	return order;
}

function saveInvoices(call: SoapCall, orders: TsoOrder[], customers: StoredRecord[], products: StoredRecord[]): Reply {
	const list = child(call.body, TSO_NS, 'invoices');
	if (list === undefined) return nullReference(call);
	const items = list.children.filter((node) => node.local === 'InvoiceOrder');
	// XmlSerializer reads the whole request before the method runs: a bad enum value or number fails it all.
	for (const item of items) {
		const status = childText(item, TSO_NS, 'OrderStatus');
		if (status !== undefined && !ORDER_STATES.includes(status)) {
			return soapFault(call.version, { code: 'Client', message: `Server was unable to read request. ---> There is an error in XML document. ---> Instance validation error: '${status}' is not a valid value for OrderSlipStateType.` });
		}
		for (const name of ['Quantity', 'Price', 'DiscountRate', 'VatRate']) {
			for (const rowItem of child(item, TSO_NS, 'InvoiceRows')?.children ?? []) {
				if (Number.isNaN(numberOf(rowItem, name))) {
					return soapFault(call.version, { code: 'Client', message: `Server was unable to read request. ---> There is an error in XML document. ---> Input string was not in a correct format.` });
				}
			}
		}
	}
	const now = new Date().toISOString().slice(0, 19);
	const answers = items.map((item) => {
		const saved = saveOne(item, orders, customers, products, now);
		if ('refused' in saved) {
			const echo: TsoOrder = { OrderId: numberOf(item, 'OrderId') ?? NO_ID, CustomerId: numberOf(item, 'CustomerId') ?? 0, CustomerName: '', OrderStatus: childText(item, TSO_NS, 'OrderStatus') ?? 'None', DateOrdered: '0001-01-01T00:00:00', DateChanged: '0001-01-01T00:00:00', IncludeVAT: false, Rows: [] };
			return orderXml(echo, ['OrderId', 'CustomerId', 'OrderStatus'], [], apiException('ValidationException', saved.refused));
		}
		return orderXml(saved, INVOICE_PROPERTIES, ROW_PROPERTIES);
	});
	return result(call, TSO_NS, [element('SaveInvoicesResult', answers)]);
}
