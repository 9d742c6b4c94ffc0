/** The fields of a customer that Create and Update share, and the Company record they make. */
import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';

import type { SoapFields } from '../../../shared/soap/envelope';
import { customerOutput } from '../../helpers/company';
import { given, withMoreFields } from '../../helpers/recordInput';
import type { SaveRequest } from '../../transport/saveBatches';

export const customerTypeField: INodeProperties = {
	displayName: 'Customer Type',
	name: 'customerType',
	type: 'options',
	options: [
		{ name: 'Business', value: 'Business', description: 'A company or organisation' },
		{ name: 'Consumer', value: 'Consumer', description: 'A private person: Name is the last name, First Name the first name' },
	],
	default: 'Business',
	description: 'Whether the customer is a business or a private person',
};

const ADDRESS_VALUES: INodeProperties[] = [
	{ displayName: 'Street', name: 'street', type: 'string', default: '' },
	{ displayName: 'Postal Code', name: 'postalCode', type: 'string', default: '' },
	{ displayName: 'City', name: 'city', type: 'string', default: '' },
	{ displayName: 'Postal Area', name: 'postalArea', type: 'string', default: '', description: 'The name of the postal area, where it differs from the city' },
	{ displayName: 'State', name: 'state', type: 'string', default: '' },
	{ displayName: 'Country', name: 'country', type: 'string', default: '', placeholder: 'e.g. NO', description: 'Two-letter country code (ISO 3166)' },
	{ displayName: 'Addressee', name: 'name', type: 'string', default: '', description: 'A name to print on this address, when it differs from the customer name' },
];

/** Node option → the Addresses element of a Company. */
const ADDRESS_KINDS: Array<[value: string, displayName: string, wire: string]> = [
	['post', 'Postal Address', 'Post'],
	['visit', 'Visiting Address', 'Visit'],
	['delivery', 'Delivery Address', 'Delivery'],
	['invoice', 'Invoice Address', 'Invoice'],
];

const PHONE_KINDS: Array<[value: string, displayName: string, wire: string]> = [
	['primary', 'Primary', 'Primary'],
	['mobile', 'Mobile', 'Mobile'],
	['work', 'Work', 'Work'],
	['home', 'Home', 'Home'],
	['fax', 'Fax', 'Fax'],
];

const EMAIL_KINDS: Array<[value: string, displayName: string, wire: string]> = [
	['primary', 'Primary', 'Primary'],
	['invoice', 'Invoice', 'Invoice'],
	['work', 'Work', 'Work'],
	['home', 'Home', 'Home'],
	['alternative', 'Alternative', 'Alternative'],
];

export const contactDetailFields: INodeProperties[] = [
	{
		displayName: 'Addresses',
		name: 'addresses',
		type: 'fixedCollection',
		placeholder: 'Add Address',
		default: {},
		description: "The customer's addresses; each kind is set on its own and the others are left as they are",
		options: ADDRESS_KINDS.map(([name, displayName]) => ({ name, displayName, values: ADDRESS_VALUES })),
	},
	{
		displayName: 'Phone Numbers',
		name: 'phoneNumbers',
		type: 'fixedCollection',
		placeholder: 'Add Phone Number',
		default: {},
		description: "The customer's phone numbers, by kind",
		options: PHONE_KINDS.map(([name, displayName]) => ({
			name,
			displayName,
			values: [{ displayName: 'Number', name: 'value', type: 'string', default: '', placeholder: 'e.g. +47 22 00 00 00' }],
		})),
	},
	{
		displayName: 'Email Addresses',
		name: 'emailAddresses',
		type: 'fixedCollection',
		placeholder: 'Add Email Address',
		default: {},
		description: "The customer's email addresses, by kind; Invoice is where invoices are emailed",
		options: EMAIL_KINDS.map(([name, displayName]) => ({
			name,
			displayName,
			values: [{ displayName: 'Email', name: 'value', type: 'string', placeholder: 'name@email.com', default: '' }],
		})),
	},
];

/** The optional plain properties, in Create's Additional Fields and Update's Update Fields. */
export const optionalCustomerFields: INodeProperties[] = [
	{ displayName: 'External ID', name: 'externalId', type: 'string', default: '', description: 'Your own key for the customer, e.g. its ID in another system; Get Many can search by it' },
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', description: 'For a consumer: the first name (Name holds the last name)' },
	{ displayName: 'Organization Number', name: 'organizationNumber', type: 'string', default: '', description: "The company's registration number, at most 20 characters" },
	{ displayName: 'Country', name: 'country', type: 'string', default: '', placeholder: 'e.g. NO', description: "The customer's two-letter country code (ISO 3166)" },
	{ displayName: 'Website', name: 'url', type: 'string', default: '', placeholder: 'e.g. https://example.com', description: "The customer's website address" },
	{ displayName: 'Note', name: 'note', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'A free-text note kept with the customer' },
	{
		displayName: 'More Fields (JSON)',
		name: 'moreFields',
		type: 'json',
		default: '{}',
		description:
			'Any other Company property as JSON, named as in 24SevenOffice\'s CompanyService documentation, e.g. {"PaymentTime": 14, "InvoiceLanguage": "EN", "DistributionMethod": "EMail"}',
	},
];

function kinds(collection: IDataObject, table: Array<[string, string, string]>, toWire: (values: IDataObject) => SoapFields): SoapFields {
	const out: SoapFields = {};
	for (const [value, , wire] of table) {
		const entry = collection[value];
		if (entry === undefined || entry === null || typeof entry !== 'object') continue;
		const fields = toWire(entry as IDataObject);
		if (Object.keys(fields).length > 0) out[wire] = fields;
	}
	return out;
}

export interface CustomerInput {
	id?: number;
	name?: unknown;
	type?: unknown;
	optional: IDataObject;
	addresses: IDataObject;
	phoneNumbers: IDataObject;
	emailAddresses: IDataObject;
}

/** The Company to save, in the WSDL's order; fields left empty are not sent, so an update leaves them as they are. */
export function companyRecord(node: INode, itemIndex: number, input: CustomerInput): SoapFields {
	const { optional } = input;
	const record = given({
		Id: input.id,
		ExternalId: optional.externalId,
		OrganizationNumber: optional.organizationNumber,
		Name: input.name,
		FirstName: optional.firstName,
		Addresses: kinds(input.addresses, ADDRESS_KINDS, (address) =>
			given({
				Street: address.street,
				State: address.state,
				PostalCode: address.postalCode,
				PostalArea: address.postalArea,
				Name: address.name,
				City: address.city,
				Country: address.country,
			}),
		),
		PhoneNumbers: kinds(input.phoneNumbers, PHONE_KINDS, (phone) => given({ Value: phone.value })),
		EmailAddresses: kinds(input.emailAddresses, EMAIL_KINDS, (email) => given({ Value: email.value })),
		Url: optional.url,
		Country: optional.country,
		Note: optional.note,
		Type: input.type,
	});
	return withMoreFields(node, itemIndex, record, optional.moreFields);
}

/** What the node's errors call the Company properties its fields set. */
export const CUSTOMER_FIELD_NAMES: Record<string, string> = {
	Id: 'Customer',
	Name: 'Name',
	Type: 'Customer Type',
	ExternalId: 'External ID',
	FirstName: 'First Name',
	OrganizationNumber: 'Organization Number',
	Country: 'Country',
	Url: 'Website',
	Note: 'Note',
	Addresses: 'Addresses',
	PhoneNumbers: 'Phone Numbers',
	EmailAddresses: 'Email Addresses',
};

/** Where Create and Update save customers: SaveCompanies, one Company per item. */
export const customerSave: Omit<SaveRequest, 'build'> = {
	service: 'CompanyService',
	operation: 'SaveCompanies',
	list: 'companies',
	record: 'Company',
	label: 'customer',
	fields: CUSTOMER_FIELD_NAMES,
	output: customerOutput,
};

/** The addresses, phone numbers and email addresses of one item, as Create and Update read them. */
export function contactDetails(context: IExecuteFunctions, itemIndex: number): Pick<CustomerInput, 'addresses' | 'phoneNumbers' | 'emailAddresses'> {
	return {
		addresses: context.getNodeParameter('addresses', itemIndex, {}) as IDataObject,
		phoneNumbers: context.getNodeParameter('phoneNumbers', itemIndex, {}) as IDataObject,
		emailAddresses: context.getNodeParameter('emailAddresses', itemIndex, {}) as IDataObject,
	};
}
