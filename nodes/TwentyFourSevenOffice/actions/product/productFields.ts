/** The fields of a product that Create and Update share, and the Product record they make. */
import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import type { SoapFields } from '../../../shared/soap/envelope';
import { productOutput } from '../../helpers/product';
import { given, plainDecimal, recordId, withMoreFields } from '../../helpers/recordInput';
import type { SaveRequest } from '../../transport/saveBatches';

export const categoryField: INodeProperties = {
	displayName: 'Category Name or ID',
	name: 'categoryId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getProductCategories' },
	required: true,
	default: '',
	description: 'The product category, which 24SevenOffice requires for a new product. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** The optional properties, in Create's Additional Fields and Update's Update Fields. */
export const optionalProductFields: INodeProperties[] = [
	{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether the product can be sold (status active) or has expired' },
	{ displayName: 'Cost', name: 'cost', type: 'number', typeOptions: { numberPrecision: 4 }, default: 0, description: 'The cost of the product, without VAT' },
	{ displayName: 'Description', name: 'description', type: 'string', default: '', description: 'A short description, at most 500 characters' },
	{ displayName: 'EAN', name: 'ean', type: 'string', default: '', description: 'The EAN barcode, at most 50 characters' },
	{
		displayName: 'More Fields (JSON)',
		name: 'moreFields',
		type: 'json',
		default: '{}',
		description: 'Any other Product property as JSON, named as in 24SevenOffice\'s ProductService documentation, e.g. {"Weight": 1.2, "MinimumStock": 5, "Web": true}',
	},
	{ displayName: 'Price', name: 'price', type: 'number', typeOptions: { numberPrecision: 4 }, default: 0, description: 'The sales price, without VAT' },
	{ displayName: 'Product Number', name: 'number', type: 'string', default: '', description: 'Your product number, at most 100 characters' },
	{ displayName: 'Purchase Price', name: 'inPrice', type: 'number', typeOptions: { numberPrecision: 4 }, default: 0, description: 'The price you buy the product for, without VAT' },
	{ displayName: 'Stock', name: 'stock', type: 'number', typeOptions: { numberPrecision: 4 }, default: 0, description: 'How many are in stock' },
	{ displayName: 'VAT Rate (%)', name: 'taxRate', type: 'number', typeOptions: { numberPrecision: 2 }, default: 25, description: 'The VAT rate of the product, in percent, e.g. 25' },
];

function decimal(node: INode, itemIndex: number, value: unknown, field: string): string | undefined {
	return value === undefined || value === null || value === '' ? undefined : plainDecimal(node, itemIndex, value, field);
}

export interface ProductInput {
	id?: number;
	name?: unknown;
	categoryId?: unknown;
	optional: IDataObject;
}

/** The Product to save, in the WSDL's order; fields not set are not sent, so an update leaves them as they are. */
export function productRecord(node: INode, itemIndex: number, input: ProductInput): SoapFields {
	const { optional } = input;
	const hasCategory = input.categoryId !== undefined && input.categoryId !== '';
	const record = given({
		Id: input.id,
		Name: input.name,
		TaxRate: decimal(node, itemIndex, optional.taxRate, 'VAT Rate'),
		Stock: decimal(node, itemIndex, optional.stock, 'Stock'),
		StatusId: optional.active === undefined ? undefined : optional.active ? 1 : 0,
		CategoryId: hasCategory ? recordId(node, itemIndex, input.categoryId, 'category') : undefined,
		InPrice: decimal(node, itemIndex, optional.inPrice, 'Purchase Price'),
		Description: optional.description,
		Cost: decimal(node, itemIndex, optional.cost, 'Cost'),
		EAN1: optional.ean,
		Price: decimal(node, itemIndex, optional.price, 'Price'),
		No: optional.number,
	});
	return withMoreFields(node, itemIndex, record, optional.moreFields);
}

/** What the node's errors call the Product properties its fields set. */
export const PRODUCT_FIELD_NAMES: Record<string, string> = {
	Id: 'Product',
	Name: 'Name',
	CategoryId: 'Category',
	TaxRate: 'VAT Rate (%)',
	Stock: 'Stock',
	StatusId: 'Active',
	InPrice: 'Purchase Price',
	Description: 'Description',
	Cost: 'Cost',
	EAN1: 'EAN',
	Price: 'Price',
	No: 'Product Number',
};

/** Where Create and Update save products: SaveProducts, one Product per item. */
export const productSave: Omit<SaveRequest, 'build'> = {
	service: 'ProductService',
	operation: 'SaveProducts',
	list: 'products',
	record: 'Product',
	label: 'product',
	fields: PRODUCT_FIELD_NAMES,
	output: productOutput,
};
