/** How the node reads its customers, contacts and products: the services' schema, with the number, yes/no and date fields of Company, Product and PersonItem. */
import type { ReadSchema, ValueType } from '../../shared/soap/json';
import { TSO_READ_SCHEMA } from './serviceSchema';

const MORE: Record<string, ValueType> = {
	Stock: 'number',
	InPrice: 'number',
	TaxRate: 'number',
	StatusId: 'number',
	PriceGroupID: 'number',
	SupplierId: 'number',
	WebPrice: 'number',
	CashPriceIncTax: 'number',
	Weight: 'number',
	MinimumStock: 'number',
	OrderProposal: 'number',
	EmployeeNumber: 'number',
	EmployeeId: 'number',
	HourCost: 'number',
	Web: 'boolean',
	StockControlled: 'boolean',
	NewOffer: 'boolean',
	NewProduct: 'boolean',
	IsPrivate: 'boolean',
	DateRegistered: 'date',
	DateOfBirth: 'date',
};

export const RESOURCE_READ_SCHEMA: ReadSchema = { lists: TSO_READ_SCHEMA.lists, types: { ...TSO_READ_SCHEMA.types, ...MORE } };

/** PersonItem holds its e-mail addresses and phone numbers as lists, unlike Company. */
export const PERSON_READ_SCHEMA: ReadSchema = {
	lists: [...(TSO_READ_SCHEMA.lists ?? []), 'EmailAddresses', 'PhoneNumbers'],
	types: RESOURCE_READ_SCHEMA.types,
};
