/**
 * 24SevenOffice Product run by n8n's workflow engine against the emulator
 * over HTTP: Get, Get Many, Create and Update, their errors per item, the
 * requests they make, the category dropdown and the product list.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { searchProducts } from '../../nodes/TwentyFourSevenOffice/methods/listSearch';
import { getProductCategories } from '../../nodes/TwentyFourSevenOffice/methods/loadOptions';
import { useEmulator } from './harness';
import { asList, credentialStore, editorContext, NODE, requestsOf, runNode, sentRequest } from './tsoTestKit';

const emulator = useEmulator({ loginsBeforeThrottle: 50 });
const TSO = 'http://24sevenOffice.com/webservices';

const counts = () => emulator().counts()['24sevenoffice'] ?? {};
const product = (parameters: INodeParameters): INodeParameters => ({ resource: 'product', ...parameters });
const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

// The demo client's products, written by hand from the emulator's seed and the vendor's Product type.
const CONSULTING = { Id: 1, No: 'R-100', Name: 'Rådgivning per time', CategoryId: 1, Price: 950, Cost: 0, TaxRate: 25, StatusId: 1, DateChanged: '2025-11-03T10:00:00Z' };
const BOOTS = {
	Id: 2,
	No: 'V-200',
	Name: 'Fjellsko <Tind> & Co',
	Description: 'Vanntett fjellsko',
	CategoryId: 2,
	Price: 1499.5,
	InPrice: 700,
	Cost: 710.25,
	TaxRate: 25,
	Stock: 12,
	StockControlled: true,
	StatusId: 1,
	EAN1: '7031234567890',
	DateChanged: '2026-02-01T09:15:00Z',
};
const MAP = { Id: 3, No: 'V-300', Name: 'Turkart Vestland', CategoryId: 2, Price: 249, TaxRate: 15, Stock: 0, StatusId: 0, DateChanged: '2026-03-10T12:00:00Z' };

const sentProducts = (index = 0) => asList((sentRequest(requestsOf(emulator(), 'SaveProducts')[index]).products as IDataObject).Product as IDataObject[]);

describe('Product → Get Many', () => {
	it('asks ProductService for the properties it puts out and gives one typed item per product', async () => {
		const run = await runNode(credentialStore(emulator()), product({ operation: 'getMany', returnAll: true }));
		expect(run.error).toBeUndefined();
		expect(run.json(NODE)).toEqual([CONSULTING, BOOTS, MAP]);
		const [request] = requestsOf(emulator(), 'GetProducts');
		expect(request.path).toBe('/Logistics/Product/V001/ProductService.asmx');
		expect(request.headers.soapaction).toBe(`"${TSO}/GetProducts"`);
		const properties = asList((sentRequest(request).returnProperties as IDataObject).string);
		expect(properties).toEqual(expect.arrayContaining(['Id', 'No', 'Name', 'CategoryId', 'Price', 'InPrice', 'Cost', 'TaxRate', 'Stock', 'DateChanged']));
		expect(counts()).toEqual({ Login: 1, GetProducts: 1 });
	});

	it.each([
		['changed after a date (sent as DateChanged, which means changed after)', { changedAfter: '2026-01-01' }, { DateChanged: '2026-01-01T00:00:00' }, [2, 3]],
		['category', { categoryId: '2' }, { CategoryId: '2' }, [2, 3]],
		['product number', { number: 'V-200' }, { No: 'V-200' }, [2]],
		['a part of the name', { name: 'fjell' }, { Name: 'fjell' }, [2]],
		['EAN', { ean: '7031234567890' }, { EAN1: '7031234567890' }, [2]],
	])('filters by %s', async (_what, filters, searchParams, ids) => {
		const run = await runNode(credentialStore(emulator()), product({ operation: 'getMany', returnAll: true, filters }));
		expect(run.json(NODE).map((json) => json.Id)).toEqual(ids);
		expect(sentRequest(requestsOf(emulator(), 'GetProducts')[0]).searchParams).toEqual(searchParams);
	});

	it('puts out at most Limit products', async () => {
		const run = await runNode(credentialStore(emulator()), product({ operation: 'getMany', returnAll: false, limit: 1 }));
		expect(run.json(NODE)).toEqual([CONSULTING]);
	});
});

describe('Product → Get', () => {
	it('gets one product by ID in the same shape as Get Many; an unknown ID fails only its item', async () => {
		const run = await runNode(credentialStore(emulator()), product({ operation: 'get', product: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }), [{ id: 2 }, { id: 99 }], true);
		const output = run.json(NODE);
		expect(output[0]).toEqual(BOOTS);
		expect(output[1].error).toBe('24SevenOffice has no product with ID 99');
		expect(sentRequest(requestsOf(emulator(), 'GetProducts')[0]).searchParams).toEqual({ Id: '2' });
	});
});

describe('Product → Create', () => {
	it('sends the Product in the WSDL shape, decimals in plain notation, and puts out the saved product', async () => {
		const store = credentialStore(emulator());
		const run = await runNode(
			store,
			product({
				operation: 'create',
				name: 'Ryggsekk 40 l',
				categoryId: '2',
				additionalFields: { number: 'V-400', price: 1250.5, inPrice: 0.0001, cost: 600, stock: 10, taxRate: 25, ean: '7039876543210', active: true, moreFields: '{"Weight": 1.2}' },
			}),
		);
		expect(run.error).toBeUndefined();
		const [saved] = run.json(NODE);
		expect(saved).toEqual({
			Id: 4,
			No: 'V-400',
			Name: 'Ryggsekk 40 l',
			CategoryId: 2,
			Price: 1250.5,
			InPrice: 0.0001,
			Cost: 600,
			TaxRate: 25,
			Stock: 10,
			StatusId: 1,
			EAN1: '7039876543210',
			Weight: 1.2,
			DateChanged: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
		});
		expect(sentProducts()).toEqual([
			{ Name: 'Ryggsekk 40 l', TaxRate: '25', Stock: '10', StatusId: '1', CategoryId: '2', InPrice: '0.0001', Cost: '600', EAN1: '7039876543210', Price: '1250.5', No: 'V-400', Weight: '1.2' },
		]);
		const read = await runNode(store, product({ operation: 'get', product: byId(4) }));
		expect(read.json(NODE)).toEqual([saved]);
		expect(counts()).toEqual({ Login: 1, SaveProducts: 1, GetProducts: 1 });
	});

	it('creates 120 products with three SaveProducts calls of 50, 50 and 20', async () => {
		const items = Array.from({ length: 120 }, (_, index) => ({ name: `Vare ${index + 1}` }));
		const run = await runNode(credentialStore(emulator()), product({ operation: 'create', name: '={{ $json.name }}', categoryId: '2' }), items);
		expect(run.error).toBeUndefined();
		expect(counts()).toEqual({ Login: 1, SaveProducts: 3 });
		expect([0, 1, 2].map((index) => sentProducts(index).length)).toEqual([50, 50, 20]);
		expect(run.output(NODE).map((item) => [item.json.Id, item.pairedItem])).toEqual(items.map((_, index) => [index + 4, { item: index }]));
	});

	it('fails an item whose category 24SevenOffice does not know, and one without a category before sending', async () => {
		const run = await runNode(
			credentialStore(emulator()),
			product({ operation: 'create', name: '={{ $json.name }}', categoryId: '={{ $json.category }}' }),
			[{ name: 'A', category: 9 }, { name: 'B', category: '' }, { name: 'C', category: 1 }],
			true,
		);
		const output = run.json(NODE);
		expect(output[0]).toEqual({
			error: '24SevenOffice refused the product in SaveProducts: CategoryId 9 does not exist',
			details:
				'The message concerns CategoryId (from the node\'s "Category" field), which was sent as "9". This product was not saved; the other items are not affected. Correct the value as the message says, then run this item again. (24SevenOffice error type: ValidationException)',
		});
		expect(output[1].error).toBe('The product has no category');
		expect(output[2]).toEqual(expect.objectContaining({ Id: 4, Name: 'C', CategoryId: 1 }));
		expect(sentProducts().map((sent) => sent.Name)).toEqual(['A', 'C']);
	});

	it('refuses a price that is no number for its item only', async () => {
		const run = await runNode(credentialStore(emulator()), product({ operation: 'create', name: 'X', categoryId: '1', additionalFields: { price: '={{ $json.price }}' } }), [{ price: 'cheap' }, { price: 10 }], true);
		expect(run.json(NODE)[0].error).toBe('Price is not a number');
		expect(run.json(NODE)[1]).toEqual(expect.objectContaining({ Name: 'X', Price: 10 }));
	});
});

describe('Product → Update', () => {
	it('changes the price and stock and leaves the rest; an unknown product fails its own item', async () => {
		const store = credentialStore(emulator());
		const run = await runNode(
			store,
			product({ operation: 'update', product: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, updateFields: { price: 1399, stock: 7 } }),
			[{ id: 2 }, { id: 99 }],
			true,
		);
		const output = run.json(NODE);
		expect(output[0]).toEqual({ ...BOOTS, Price: 1399, Stock: 7, DateChanged: expect.stringMatching(/Z$/) });
		expect(output[1].error).toBe('24SevenOffice refused the product in SaveProducts: Product with Id 99 does not exist');
		expect(sentProducts()).toEqual([
			{ Id: '2', Stock: '7', Price: '1399' },
			{ Id: '99', Stock: '7', Price: '1399' },
		]);
		const read = await runNode(store, product({ operation: 'get', product: byId(2) }));
		expect(read.json(NODE)).toEqual([output[0]]);
	});
});

describe('the product dropdowns', () => {
	it('lists the categories from GetCategories', async () => {
		const context = editorContext(credentialStore(emulator()), product({ operation: 'create' }));
		expect(await getProductCategories.call(context)).toEqual([
			{ name: 'Tjenester (10)', value: '1' },
			{ name: 'Varer (20)', value: '2' },
		]);
		expect(counts()).toEqual({ Login: 1, GetCategories: 1 });
	});

	it('searches products by name and shows their product number', async () => {
		const context = editorContext(credentialStore(emulator()), product({ operation: 'get' }));
		expect(await searchProducts.call(context, 'fjell')).toEqual({ results: [{ name: 'Fjellsko <Tind> & Co (V-200)', value: '2' }], paginationToken: undefined });
		expect(sentRequest(requestsOf(emulator(), 'GetProducts')[0])).toEqual({ searchParams: { Name: 'fjell' }, returnProperties: { string: ['Id', 'Name', 'No'] } });
	});
});
