/** The fields of a customer or supplier that Create and Update offer, and reading them into the changes to make. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/soap/errors';
import type { AddressInput, BankInput, RelationChanges } from '../../helpers/relationDocument';

const ADDRESS_TYPES = [
	{ name: 'Invoice', value: 'invoice' },
	{ name: 'Postal', value: 'postal' },
	{ name: 'Contact', value: 'contact' },
];

/** The single-value fields, for Create's Additional Fields and Update's Update Fields. */
export function relationFieldOptions(noun: string): INodeProperties[] {
	return [
		{ displayName: 'Chamber of Commerce Number', name: 'chamberOfCommerceNumber', type: 'string', default: '', description: `The ${noun}'s chamber of commerce (company registration) number` },
		{ displayName: 'Due Days', name: 'dueDays', type: 'number', typeOptions: { minValue: 0, maxValue: 999 }, default: 30, description: 'Payment term: days after the invoice date that payment is due' },
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: `The ${noun}'s e-mail address, kept on its default address` },
		{
			displayName: 'Other Twinfield Fields (JSON)',
			name: 'otherFields',
			type: 'json',
			default: '{}',
			description:
				'Any other element of Twinfield\'s dimension document, as JSON: nested objects are elements, keys starting with @ are attributes, arrays repeat an element. E.g. {"creditmanagement": {"basecreditlimit": "5000"}}.',
		},
		{ displayName: 'Short Name', name: 'shortName', type: 'string', default: '' },
		{ displayName: 'VAT Number', name: 'vatNumber', type: 'string', default: '', description: `The ${noun}'s VAT identification number, e.g. NL001234567B01` },
		{ displayName: 'Website', name: 'website', type: 'string', default: '' },
	];
}

export const addressesField: INodeProperties = {
	displayName: 'Addresses',
	name: 'addresses',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Address',
	default: {},
	description: 'The addresses; on Update, the ones given replace all addresses Twinfield has',
	options: [
		{
			displayName: 'Address',
			name: 'address',
			values: [
				{ displayName: 'Type', name: 'type', type: 'options', options: ADDRESS_TYPES, default: 'invoice' },
				{ displayName: 'Default', name: 'default', type: 'boolean', default: false, description: 'Whether this is the default address of its type' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{ displayName: 'Attention Of', name: 'attention', type: 'string', default: '', description: 'Twinfield\'s field1' },
				{ displayName: 'Street', name: 'street', type: 'string', default: '', description: 'Street and number (Twinfield\'s field2)' },
				{ displayName: 'Address Line 2', name: 'addressLine2', type: 'string', default: '', description: 'Twinfield\'s field3' },
				{ displayName: 'Postcode', name: 'postcode', type: 'string', default: '' },
				{ displayName: 'City', name: 'city', type: 'string', default: '' },
				{ displayName: 'Country', name: 'country', type: 'string', default: '', description: 'Two-letter ISO country code, e.g. NL' },
				{ displayName: 'Telephone', name: 'telephone', type: 'string', default: '' },
				{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
				{ displayName: 'Contact', name: 'contact', type: 'string', default: '', description: 'Contact person' },
			],
		},
	],
};

export const bankAccountsField: INodeProperties = {
	displayName: 'Bank Accounts',
	name: 'bankAccounts',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Bank Account',
	default: {},
	description: 'The bank accounts; on Update, the ones given replace all bank accounts Twinfield has',
	options: [
		{
			displayName: 'Bank Account',
			name: 'bank',
			values: [
				{
					displayName: 'Account Holder',
					name: 'accountHolder',
					type: 'string',
					default: '',
					description: 'The name on the account (Twinfield\'s ascription)',
				},
				{
					displayName: 'Account Number',
					name: 'accountNumber',
					type: 'string',
					default: '',
					description: 'For accounts without an IBAN',
				},
				{
					displayName: 'Bank Name',
					name: 'bankName',
					type: 'string',
					default: '',
				},
				{
					displayName: 'BIC',
					name: 'bic',
					type: 'string',
					default: '',
				},
				{
					displayName: 'City',
					name: 'city',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Country',
					name: 'country',
					type: 'string',
					default: '',
					description: 'Two-letter ISO country code, e.g. NL',
				},
				{
					displayName: 'Default',
					name: 'default',
					type: 'boolean',
					default: false,
					description: 'Whether payments use this account by default',
				},
				{
					displayName: 'IBAN',
					name: 'iban',
					type: 'string',
					default: '',
				},
			],
		},
	],
};

const text = (value: unknown) => (value === undefined || value === null ? undefined : String(value).trim());

/** The JSON of Other Twinfield Fields as an object; an input error when it is not one. */
function otherFieldsOf(context: IExecuteFunctions, itemIndex: number, raw: unknown): IDataObject | undefined {
	if (raw === undefined || raw === '' || raw === null) return undefined;
	let value: unknown = raw;
	if (typeof raw === 'string') {
		try {
			value = JSON.parse(raw) as unknown;
		} catch {
			throw inputError(context.getNode(), itemIndex, 'Other Twinfield Fields is not valid JSON', 'Write a JSON object, e.g. {"creditmanagement": {"basecreditlimit": "5000"}}.');
		}
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw inputError(context.getNode(), itemIndex, 'Other Twinfield Fields is not a JSON object', 'Write a JSON object whose keys are Twinfield element names, e.g. {"website": "https://example.com"}.');
	}
	return Object.keys(value).length > 0 ? (value as IDataObject) : undefined;
}

/** What the item asks to set: the fields of `collection`, and the addresses and bank accounts when given. */
export function readRelationChanges(context: IExecuteFunctions, itemIndex: number, collection: string): RelationChanges {
	const fields = context.getNodeParameter(collection, itemIndex, {}) as IDataObject;
	const addresses = (context.getNodeParameter('addresses', itemIndex, {}) as { address?: IDataObject[] }).address;
	const banks = (context.getNodeParameter('bankAccounts', itemIndex, {}) as { bank?: IDataObject[] }).bank;
	const dueDays = fields.dueDays;
	if (dueDays !== undefined && (!Number.isInteger(Number(dueDays)) || Number(dueDays) < 0)) {
		throw inputError(context.getNode(), itemIndex, `Due Days must be a whole number of 0 or more, not "${String(dueDays)}"`, 'Enter the payment term in days, e.g. 30.');
	}
	return {
		name: text(fields.name),
		shortName: text(fields.shortName),
		website: text(fields.website),
		email: text(fields.email),
		vatNumber: text(fields.vatNumber),
		chamberOfCommerceNumber: text(fields.chamberOfCommerceNumber),
		dueDays: dueDays === undefined ? undefined : Number(dueDays),
		addresses: addresses?.map((item): AddressInput => ({ ...(item as AddressInput) })),
		banks: banks?.map((item): BankInput => ({ ...(item as BankInput) })),
		otherFields: otherFieldsOf(context, itemIndex, fields.otherFields),
	};
}
