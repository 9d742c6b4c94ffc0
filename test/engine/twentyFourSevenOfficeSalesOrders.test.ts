/**
 * 24SevenOffice Sales Order resource run by n8n's workflow engine against the
 * emulator: Get and Get Many with typed rows and totals, Create and Update
 * Status as batches of SaveInvoices with each order's outcome on its own item.
 */
import type { INodeParameters } from 'n8n-workflow';

import { tsoDemo } from '../emulator';
import { runStep, tsoCredential, useEmulator, visibleText } from './harness';
import { loadOptionsContext } from './runWorkflow';
import { requestBody } from './tsoSoapBody';
import { chain } from './workflow';
import { methods } from '../../nodes/TwentyFourSevenOffice/methods';

const emulator = useEmulator({ loginsBeforeThrottle: 20 });

function node(operation: string, parameters: INodeParameters, items: object[] = [{}], continueOnFail = false, storedSessionId = '') {
	return runStep(
		{ name: '24SevenOffice', type: 'twentyFourSevenOffice', parameters: { resource: 'salesOrder', operation, ...parameters }, continueOnFail },
		'twentyFourSevenOfficeApi',
		tsoCredential(emulator(), tsoDemo, storedSessionId ? { sessionId: storedSessionId } : {}),
		items,
	);
}

const requestsFor = (operation: string) => emulator().requests.filter((request) => request.operation === operation);
const id = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
const row = (product: string | number, quantity: number, price: number, extra: object = {}) => ({ product: id(product), quantity, price, discountRate: 0, vatRate: 25, ...extra });

/** Seeded order 101 as the vendor's fields mean it, written out by hand: 2 × 950 at 25 % VAT. */
const ORDER_101 = {
	orderId: 101,
	status: 'Draft',
	customerId: 2,
	customerName: 'Fjord & Fjell <Consult>',
	dateOrdered: '2026-10-01T00:00:00.000Z',
	dateChanged: '2026-10-01T10:00:00.000Z',
	includeVat: false,
	currency: 'NOK',
	totalExcludingVat: 1900,
	totalVat: 475,
	totalIncludingVat: 2375,
	rows: [{ rowId: 1, productId: 1, productNo: 'R-100', name: 'Rådgivning per time', quantity: 2, price: 950, discountRate: 0, vatRate: 25, type: 'Normal' }],
};

describe('24SevenOffice Sales Order: Get and Get Many', () => {
	it('gets one order by ID with typed rows and totals, asking for every property in one call', async () => {
		const run = await node('get', { orderId: id('101') });
		expect(run.error).toBeUndefined();
		expect(run.json('24SevenOffice')).toEqual([ORDER_101]);
		const calls = requestsFor('GetInvoices');
		expect(calls).toHaveLength(1);
		expect(calls[0].path).toBe('/Economy/InvoiceOrder/V001/InvoiceService.asmx');
		expect(calls[0].headers.soapaction).toBe('"http://24sevenOffice.com/webservices/GetInvoices"');
		const body = requestBody(calls[0].body, 'GetInvoices') as Record<string, any>;
		expect(body.searchParams).toEqual({ OrderIds: { int: ['101'] } });
		expect(body.invoiceReturnProperties.string).toContain('OrderTotalIncVat');
		expect(body.rowReturnProperties.string).toContain('DiscountRate');
	});

	it('reads an invoiced order with its discount, and Continue On Fail keeps going past a missing one', async () => {
		const run = await node('get', { orderId: id('={{ $json.id }}') }, [{ id: 102 }, { id: 999 }, { id: 'abc' }], true);
		const [invoiced, missing, wrong] = run.json('24SevenOffice');
		expect(invoiced).toMatchObject({ orderId: 102, invoiceId: 5001, status: 'Invoiced', dateInvoiced: '2026-10-15T00:00:00.000Z', totalExcludingVat: 1349.55, totalVat: 337.39, totalIncludingVat: 1686.94, yourReference: 'Kari' });
		expect(invoiced.rows).toEqual([expect.objectContaining({ productId: 2, productNo: 'V-200', quantity: 1, price: 1499.5, discountRate: 10 })]);
		expect(missing.error).toBe('There is no sales order with ID 999');
		expect(wrong.error).toBe('"abc" is not an order ID');
		expect(run.output('24SevenOffice').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(requestsFor('GetInvoices')).toHaveLength(2);
	});

	it.each([
		[{ changedAfter: '2026-10-01T12:00:00' }, [102, 103]],
		[{ changedAfter: '2026-01-01', filters: { statuses: ['Draft', 'Offer'] } }, [101, 103]],
		[{ changedAfter: '2026-01-01', filters: { customerId: 3 } }, [102]],
		[{ changedAfter: '2026-01-01', returnAll: false, limit: 2 }, [101, 102]],
	])('gets the orders changed after a time, by status and customer, up to the Limit (%#)', async (parameters, orderIds) => {
		const run = await node('getMany', { returnAll: true, ...parameters } as INodeParameters);
		expect(run.error).toBeUndefined();
		expect(run.json('24SevenOffice').map((order) => order.orderId)).toEqual(orderIds);
		expect(requestsFor('GetInvoices')).toHaveLength(1);
	});

	it('puts out the same shape from Get Many as from Get', async () => {
		const run = await node('getMany', { changedAfter: '2026-09-30', returnAll: true, filters: { statuses: ['Draft'] } });
		expect(run.json('24SevenOffice')).toEqual([ORDER_101]);
		const search = (requestBody(requestsFor('GetInvoices')[0].body, 'GetInvoices') as Record<string, any>).searchParams;
		expect(search).toEqual({ ChangedAfter: '2026-09-30T00:00:00', OrderStates: { OrderSlipStateType: ['Draft'] } });
	});
});

describe('24SevenOffice Sales Order: Create', () => {
	const CREATE = {
		customer: id('={{ $json.customer }}'),
		status: '={{ $json.status }}',
		rows: { row: [row('={{ $json.product }}', 2, 950)] },
		additionalFields: { yourReference: 'PO-7', dateInvoiced: '2026-11-30' },
	};

	it('sends all items in one SaveInvoices call; each refused order fails its own item only', async () => {
		const items = [
			{ customer: 2, status: 'Web', product: 1 },
			{ customer: 99, status: 'Web', product: 1 },
			{ customer: 3, status: 'Web', product: 77 },
			{ customer: 3, status: 'Invoiced', product: 3 },
		];
		const run = await node('create', CREATE as never, items, true);
		expect(run.error).toBeUndefined();
		const [order, unknownCustomer, unknownProduct, invoice] = run.json('24SevenOffice');
		expect(order).toMatchObject({ orderId: 104, status: 'Web', customerId: 2, yourReference: 'PO-7', totalExcludingVat: 1900, totalVat: 475, totalIncludingVat: 2375 });
		expect(order.invoiceId).toBeUndefined();
		expect(order.rows).toEqual([{ rowId: 1, productId: 1, productNo: 'R-100', name: 'Rådgivning per time', quantity: 2, price: 950, discountRate: 0, vatRate: 25, type: 'Normal' }]);
		expect(unknownCustomer.error).toBe('24SevenOffice refused the sales order in SaveInvoices: Customer with Id 99 does not exist');
		expect(unknownProduct.error).toBe('24SevenOffice refused the sales order in SaveInvoices: Product with Id 77 does not exist');
		expect(invoice).toMatchObject({ orderId: 105, invoiceId: 5002, status: 'Invoiced', customerName: 'Kari Nordmann', dateInvoiced: '2026-11-30T00:00:00.000Z', totalIncludingVat: 2375 });
		expect(run.output('24SevenOffice').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);

		expect(requestsFor('SaveInvoices')).toHaveLength(1);
		expect(requestsFor('GetInvoices')).toHaveLength(1);
		const sent = (requestBody(requestsFor('SaveInvoices')[0].body, 'SaveInvoices') as Record<string, any>).invoices.InvoiceOrder;
		expect(sent).toHaveLength(4);
		expect(sent[0]).toEqual({
			CustomerId: '2',
			OrderStatus: 'Web',
			IncludeVAT: 'false',
			YourReference: 'PO-7',
			InvoiceRows: { InvoiceRow: [{ ProductId: '1', Quantity: '2.00', Price: '950.00', DiscountRate: '0.00', VatRate: '25.00', Type: 'Normal' }] },
		});
		expect(sent[3].DateInvoiced).toBe('2026-11-30T00:00:00');
		// The element order of the WSDL's sequence, as XmlSerializer reads it.
		expect(requestsFor('SaveInvoices')[0].body).toMatch(/<CustomerId>3<\/CustomerId>\s*<OrderStatus>Invoiced<\/OrderStatus>\s*<DateInvoiced>2026-11-30T00:00:00<\/DateInvoiced>\s*<IncludeVAT>false<\/IncludeVAT>/);
	});

	it('without Continue On Fail, stops on the first refused item and names it', async () => {
		const run = await node('create', CREATE as never, [{ customer: 2, status: 'Web', product: 1 }, { customer: 99, status: 'Web', product: 1 }]);
		expect(run.error?.message).toBe('24SevenOffice refused the sales order in SaveInvoices: Customer with Id 99 does not exist');
		expect(run.error?.context?.itemIndex).toBe(1);
		expect(visibleText(run, '24SevenOffice')).not.toContain(tsoDemo.password);
	});

	it('refuses to invoice an order without rows, and computes prices that include VAT', async () => {
		const emptyRun = await node('create', { customer: id(2), status: 'Invoiced', rows: {} });
		expect(emptyRun.error?.message).toBe('24SevenOffice refused the sales order in SaveInvoices: An order without rows cannot be invoiced');
		const run = await node('create', { customer: id(2), status: 'Draft', rows: { row: [row(2, 1, 1250, { discountRate: 20 })] }, additionalFields: { includeVat: true } });
		const [draft] = run.json('24SevenOffice');
		expect(draft).toMatchObject({ status: 'Draft', includeVat: true, totalExcludingVat: 800, totalVat: 200, totalIncludingVat: 1000 });
	});

	it('fails an item it cannot build without sending it, and sends the others', async () => {
		const run = await node('create', CREATE as never, [{ customer: 'x', status: 'Web', product: 1 }, { customer: 2, status: 'Web', product: 1 }], true);
		const [wrong, order] = run.json('24SevenOffice');
		expect(wrong.error).toBe('"x" is not a customer ID');
		expect(order.orderId).toBe(104);
		const sent = (requestBody(requestsFor('SaveInvoices')[0].body, 'SaveInvoices') as Record<string, any>).invoices.InvoiceOrder;
		expect(sent).toHaveLength(1);
	});

	it('sends 60 items in two calls of 50 and 10, and reads them back in one', async () => {
		const items = Array.from({ length: 60 }, () => ({ customer: 3, status: 'Draft', product: 3 }));
		const run = await node('create', CREATE as never, items);
		expect(run.error).toBeUndefined();
		expect(run.json('24SevenOffice').map((order) => order.orderId)).toEqual(Array.from({ length: 60 }, (_, index) => 104 + index));
		const calls = requestsFor('SaveInvoices').map((call) => (requestBody(call.body, 'SaveInvoices') as Record<string, any>).invoices.InvoiceOrder.length);
		expect(calls).toEqual([50, 10]);
		expect(requestsFor('GetInvoices')).toHaveLength(1);
	});
});

describe('24SevenOffice Sales Order: a save that fails as a whole', () => {
	const ORDER = { customer: id(2), status: 'Draft', rows: { row: [row(1, 1, 950)] } };

	it('never sends the orders again when the answer cannot be read: every item fails, nothing is read back', async () => {
		emulator().inject({ kind: 'truncated', service: '24sevenoffice', operation: 'SaveInvoices' });
		const run = await node('create', ORDER, [{}, {}], true);
		const output = run.json('24SevenOffice');
		expect(output).toHaveLength(2);
		expect(output.every((item) => typeof item.error === 'string')).toBe(true);
		expect(requestsFor('SaveInvoices')).toHaveLength(1);
		expect(requestsFor('GetInvoices')).toHaveLength(0);
	});

	it('logs in once more and resends once when 24SevenOffice says the session is gone, so each order is saved once', async () => {
		const logIn = await runStep({ name: 'Log In', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation: 'logIn' } }, 'twentyFourSevenOfficeApi', tsoCredential(emulator(), tsoDemo));
		const stored = String(logIn.json('Log In')[0].sessionId);
		emulator().expireSessions();
		const run = await node('create', ORDER, [{}, {}], false, stored);
		expect(run.error).toBeUndefined();
		expect(run.json('24SevenOffice').map((order) => order.orderId)).toEqual([104, 105]);
		const saves = requestsFor('SaveInvoices');
		expect(saves).toHaveLength(2);
		expect(saves[0].headers.cookie).toBe(`ASP.NET_SessionId=${stored}`);
		expect(requestsFor('Login')).toHaveLength(2);
		const all = await node('getMany', { changedAfter: '2026-01-01', returnAll: true });
		expect(all.json('24SevenOffice').map((order) => order.orderId)).toEqual([101, 102, 103, 104, 105]);
	});
});

describe('24SevenOffice Sales Order: Update Status', () => {
	it('invoices an order, keeps its rows, refuses to change an invoiced one; one SaveInvoices for all items', async () => {
		const run = await node('updateStatus', { orderId: id('={{ $json.id }}'), status: '={{ $json.status }}' }, [
			{ id: 101, status: 'Invoiced' },
			{ id: 102, status: 'Web' },
			{ id: 999, status: 'Confirmed' },
			{ id: 103, status: 'Confirmed' },
		], true);
		const [invoiced, locked, missing, confirmed] = run.json('24SevenOffice');
		expect(invoiced).toMatchObject({ ...ORDER_101, status: 'Invoiced', invoiceId: 5002, dateChanged: expect.any(String), dateInvoiced: expect.any(String) });
		expect(locked.error).toBe('24SevenOffice refused the sales order in SaveInvoices: Order 102 is invoiced and cannot be changed');
		expect(missing.error).toBe('24SevenOffice refused the sales order in SaveInvoices: Order with OrderId 999 does not exist');
		expect(confirmed).toMatchObject({ orderId: 103, status: 'Confirmed', totalIncludingVat: 2640.3 });
		expect(requestsFor('SaveInvoices')).toHaveLength(1);
		const sent = (requestBody(requestsFor('SaveInvoices')[0].body, 'SaveInvoices') as Record<string, any>).invoices.InvoiceOrder;
		expect(sent[0]).toEqual({ OrderId: '101', OrderStatus: 'Invoiced', IncludeVAT: { '@nil': 'true' } });

		const again = await node('get', { orderId: id('101') });
		expect(again.json('24SevenOffice')[0]).toMatchObject({ status: 'Invoiced', invoiceId: 5002 });
	});

	it('sets the invoice date when given', async () => {
		const run = await node('updateStatus', { orderId: id('103'), status: 'Invoiced', dateInvoiced: '2026-12-01' });
		expect(run.json('24SevenOffice')[0]).toMatchObject({ orderId: 103, status: 'Invoiced', invoiceId: 5002, dateInvoiced: '2026-12-01T00:00:00.000Z' });
	});
});

describe('24SevenOffice Sales Order: the Order list', () => {
	it('lists the orders changed in the last year, newest first, searched by what is typed', async () => {
		const created = await node('create', { customer: id(3), status: 'Confirmed', rows: { row: [row(2, 1, 1000)] } });
		expect(created.json('24SevenOffice')[0].orderId).toBe(104);
		const workflow = chain([{}], { name: 'Get', type: 'twentyFourSevenOffice', credential: 'test', parameters: { resource: 'salesOrder', operation: 'get' } });
		const context = loadOptionsContext(workflow, 'Get', { twentyFourSevenOfficeApi: { test: tsoCredential(emulator(), tsoDemo) } });
		const before = Date.now();
		const all = await methods.listSearch.searchSalesOrders.call(context);
		expect(all.results[0]).toEqual({ name: 'Order 104 · Kari Nordmann · Confirmed · 1250.00', value: '104' });
		expect((await methods.listSearch.searchSalesOrders.call(context, 'kari')).results.map((item) => item.value)).toEqual(
			all.results.filter((item) => item.name.includes('Kari')).map((item) => item.value),
		);
		const search = (requestBody(requestsFor('GetInvoices').at(-1)!.body, 'GetInvoices') as Record<string, any>).searchParams;
		const lookBack = before - Date.parse(`${search.ChangedAfter}Z`);
		expect(lookBack / 86_400_000).toBeGreaterThan(365.9);
		expect(lookBack / 86_400_000).toBeLessThan(366.1);
	});
});
