/**
 * 24SevenOffice ProductService: GetProducts with its search parameters
 * (DateChanged = changed after) and required returnProperties, SaveProducts
 * that creates without an Id (Name and an existing CategoryId needed) and
 * updates with one, an APIException on each product it refuses, and
 * GetCategories. Shapes from the service's WSDL.
 */
import type { Reply } from './types';
import type { SoapCall } from './soap';
import { serverFault, soapFault, soapReply } from './soap';
import { NO_INT } from './twentyFourSevenOfficeCompanies';
import { apiException, mergeRecord, readRecord, renderRecord, textOf, Unreadable, utcText, type Shape, type StoredRecord } from './twentyFourSevenOfficeRecords';
import { child, element, type XmlOut } from './xml';

const NS = 'http://24sevenOffice.com/webservices';

/** The Product of the WSDL, in its order. */
export const PRODUCT: Shape = {
	CashPriceIncTax: 'decimal',
	WebPrice: 'decimal',
	SupplierId: 'int',
	Id: 'int',
	Name: 'string',
	TaxRate: 'decimal',
	Stock: 'decimal',
	StatusId: 'int',
	CategoryId: 'int',
	PriceGroupID: 'int',
	InPrice: 'decimal',
	Description: 'string',
	DescriptionLong: 'string',
	Cost: 'decimal',
	EAN1: 'string',
	Price: 'decimal',
	No: 'string',
	DateChanged: 'dateTime',
	Weight: 'decimal',
	MinimumStock: 'decimal',
	OrderProposal: 'decimal',
	StockLocation: 'string',
	SupplierProductCode: 'string',
	SupplierProductName: 'string',
	Web: 'boolean',
	ProductCode: 'string',
	StockControlled: 'boolean',
	NewOffer: 'boolean',
	NewProduct: 'boolean',
};

const CATEGORY: Shape = { Id: 'int', Name: 'string', No: 'string', ParentId: 'int' };

const SEARCH: Shape = { Id: 'int', CategoryId: 'int', No: 'string', EAN1: 'string', Name: 'string', Price: 'decimal', DateChanged: 'dateTime' };

/** The product categories every emulated client has. */
export const tsoCategories: readonly StoredRecord[] = [
	{ Id: '1', Name: 'Tjenester', No: '10' },
	{ Id: '2', Name: 'Varer', No: '20' },
];

/** The products every emulated client starts with. */
export function seedProducts(): StoredRecord[] {
	return [
		{ Id: '1', No: 'R-100', Name: 'Rådgivning per time', CategoryId: '1', Price: '950', Cost: '0', TaxRate: '25', StatusId: '1', DateChanged: '2025-11-03T10:00:00' },
		{
			Id: '2',
			No: 'V-200',
			Name: 'Fjellsko <Tind> & Co',
			Description: 'Vanntett fjellsko',
			CategoryId: '2',
			Price: '1499.5',
			InPrice: '700',
			Cost: '710.25',
			Stock: '12',
			TaxRate: '25',
			StatusId: '1',
			EAN1: '7031234567890',
			StockControlled: 'true',
			DateChanged: '2026-02-01T09:15:00',
		},
		{ Id: '3', No: 'V-300', Name: 'Turkart Vestland', CategoryId: '2', Price: '249', TaxRate: '15', Stock: '0', StatusId: '0', DateChanged: '2026-03-10T12:00:00' },
	];
}

export function productService(call: SoapCall, products: StoredRecord[]): Reply {
	try {
		if (call.operation === 'GetCategories') return result(call, [element('GetCategoriesResult', tsoCategories.map((category) => element('Category', renderRecord(category, CATEGORY))))]);
		return call.operation === 'GetProducts' ? getProducts(call, products) : saveProducts(call, products);
	} catch (error) {
		if (error instanceof Unreadable) {
			return soapFault(call.version, { code: 'Client', message: `Server was unable to read request. ---> There is an error in XML document. ---> ${error.message}` });
		}
		throw error;
	}
}

function getProducts(call: SoapCall, products: StoredRecord[]): Reply {
	const search = child(call.body, NS, 'searchParams');
	const properties = child(call.body, NS, 'returnProperties');
	if (search === undefined || properties === undefined) return serverFault(call.version, 'Object reference not set to an instance of an object.');
	const wanted = properties.children.filter((item) => item.local === 'string').map((item) => item.text.trim());
	const unknown = wanted.find((name) => !Object.hasOwn(PRODUCT, name));
	if (unknown !== undefined) return serverFault(call.version, `Property '${unknown}' is not a valid return property for Product`);

	const params = readRecord(search, SEARCH, NS);
	const ids = child(search, NS, 'ProductIds')?.children.map((item) => String(Number(item.text)));
	const set = (name: string) => params[name] !== undefined && params[name] !== NO_INT && params[name] !== '';
	const name = textOf(params, 'Name')?.toLowerCase();
	const found = products.filter(
		(product) =>
			(!set('Id') || product.Id === params.Id) &&
			(!set('CategoryId') || product.CategoryId === params.CategoryId) &&
			(!set('No') || product.No === params.No) &&
			(!set('EAN1') || product.EAN1 === params.EAN1) &&
			(!name || (textOf(product, 'Name') ?? '').toLowerCase().includes(name)) &&
			(ids === undefined || ids.includes(textOf(product, 'Id') ?? '')) &&
			// DateChanged in the search means "changed after".
			(!set('DateChanged') || (textOf(product, 'DateChanged') ?? '') > String(params.DateChanged)),
	);
	return result(call, [element('GetProductsResult', found.map((product) => element('Product', renderRecord(product, PRODUCT, wanted))))]);
}

function refusal(product: StoredRecord, existing: StoredRecord | undefined): string | undefined {
	if (product.Id !== undefined && product.Id !== NO_INT && existing === undefined) return `Product with Id ${String(product.Id)} does not exist`;
	const merged = { ...existing, ...product };
	const name = (textOf(merged, 'Name') ?? '').trim();
	if (!name) return 'Name is required';
	if (name.length > 125) return 'Name can be at most 125 characters';
	if ((textOf(merged, 'No') ?? '').length > 100) return 'No can be at most 100 characters';
	const category = textOf(merged, 'CategoryId');
	if (category === undefined || category === NO_INT) return 'CategoryId is required: get the categories with GetCategories';
	if (!tsoCategories.some((entry) => entry.Id === category)) return `CategoryId ${category} does not exist`;
	return undefined;
}

function saveProducts(call: SoapCall, products: StoredRecord[]): Reply {
	const list = child(call.body, NS, 'products');
	if (list === undefined) return serverFault(call.version, 'Object reference not set to an instance of an object.');
	const incoming = list.children.filter((node) => node.ns === NS && node.local === 'Product').map((item) => readRecord(item, PRODUCT, NS));
	const saved: XmlOut[] = [];
	for (const product of incoming) {
		const id = product.Id === NO_INT ? undefined : textOf(product, 'Id');
		const existing = id === undefined ? undefined : products.find((entry) => entry.Id === id);
		const problem = refusal(product, existing);
		if (problem !== undefined) {
			// The refused product comes back as sent, with the exception after DateChanged as in the WSDL.
			const echo = renderRecord({ ...product, Id: id ?? NO_INT }, PRODUCT);
			const at = echo.findIndex((part) => Object.keys(PRODUCT).indexOf(part.name) > Object.keys(PRODUCT).indexOf('DateChanged'));
			echo.splice(at < 0 ? echo.length : at, 0, apiException('ValidationException', problem));
			saved.push(element('Product', echo));
			continue;
		}
		const now = utcText(new Date().toISOString().slice(0, 19));
		let record: StoredRecord;
		if (existing) {
			record = { ...mergeRecord(existing, { ...product, Id: existing.Id as string }, PRODUCT), DateChanged: now };
			products[products.indexOf(existing)] = record;
		} else {
			const next = String(Math.max(0, ...products.map((entry) => Number(entry.Id))) + 1);
			record = { StatusId: '1', ...product, Id: next, DateChanged: now };
			products.push(record);
		}
		saved.push(element('Product', renderRecord(record, PRODUCT)));
	}
	return result(call, [element('SaveProductsResult', saved)]);
}

function result(call: SoapCall, children: XmlOut[]): Reply {
	return soapReply(call.version, element(`${call.operation}Response`, children, { xmlns: NS }));
}
