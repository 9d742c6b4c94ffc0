/** The fields of a contact that Create and Update share, and the PersonItem they make or change. */
import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import type { SoapFields } from '../../../shared/soap/envelope';
import { inputError } from '../../../shared/soap/errors';
import { given, recordId, utcDateTime, withMoreFields } from '../../helpers/recordInput';
import { customerLocator } from '../fields/recordLocators';

export const contactCustomerField: INodeProperties = {
	...customerLocator('The customer this contact belongs to; leave empty for none, or on Update to keep it'),
	required: false,
};

export const nameFields: INodeProperties[] = [
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
];

/** The optional properties, in Additional Fields (Create) or Update Fields (Update). */
export const optionalContactFields: INodeProperties[] = [
	{ displayName: 'City', name: 'city', type: 'string', default: '', description: 'City of the postal address' },
	{ displayName: 'Comment', name: 'comment', type: 'string', typeOptions: { rows: 3 }, default: '' },
	{ displayName: 'Country', name: 'country', type: 'string', default: '', placeholder: 'e.g. NO', description: 'Two-letter country code (ISO 3166)' },
	{ displayName: 'Date of Birth', name: 'dateOfBirth', type: 'dateTime', default: '' },
	{ displayName: 'Department', name: 'department', type: 'string', default: '' },
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'The primary email address' },
	{ displayName: 'Mobile', name: 'mobile', type: 'string', default: '', description: 'The mobile phone number' },
	{
		displayName: 'More Fields (JSON)',
		name: 'moreFields',
		type: 'json',
		default: '{}',
		description: 'Any other PersonItem property as JSON, named as in 24SevenOffice\'s PersonService documentation, e.g. {"Nickname": "Kari", "Gender": "Female"}',
	},
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '', description: 'The primary phone number' },
	{ displayName: 'Postal Code', name: 'postalCode', type: 'string', default: '', description: 'Postal code of the postal address' },
	{ displayName: 'Street', name: 'street', type: 'string', default: '', description: 'Street of the postal address' },
	{ displayName: 'Work Position', name: 'workPosition', type: 'string', default: '', description: 'The job title, e.g. Purchasing manager' },
];

/** What a Create or Update asks to set, from the node's fields. */
export interface ContactChanges {
	/** Plain properties and the postal address, as PersonItem names them. */
	fields: SoapFields;
	/** Email addresses and phone numbers by their Type. */
	emails: Array<[type: string, value: string]>;
	phones: Array<[type: string, value: string]>;
	/** The More Fields JSON. */
	more: SoapFields;
}

export function contactChanges(node: INode, itemIndex: number, names: IDataObject, customer: unknown, optional: IDataObject): ContactChanges {
	const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value));
	const customerId = text(customer) ? recordId(node, itemIndex, customer, 'customer') : undefined;
	const fields = given({
		Comment: optional.comment,
		Country: optional.country,
		CustomerId: customerId,
		DateOfBirth: text(optional.dateOfBirth) ? utcDateTime(node, itemIndex, optional.dateOfBirth, 'Date of Birth') : undefined,
		Department: optional.department,
		FirstName: names.firstName,
		LastName: names.lastName,
		PostAddress: given({ City: optional.city, PostalCode: optional.postalCode, Street: optional.street }),
		WorkPosition: optional.workPosition,
	});
	const emails: Array<[string, string]> = text(optional.email) ? [['Primary', text(optional.email)]] : [];
	const phones: Array<[string, string]> = [
		['Primary', text(optional.phone)],
		['Mobile', text(optional.mobile)],
	].filter(([, value]) => value !== '') as Array<[string, string]>;
	const set: SoapFields = { ...fields };
	if (emails.length) set.EmailAddresses = '';
	if (phones.length) set.PhoneNumbers = '';
	const more = withMoreFields(node, itemIndex, set, optional.moreFields);
	for (const key of Object.keys(set)) delete more[key];
	return { fields, emails, phones, more };
}

type Entry = { Description?: string; Type: string; Value: string };

/** The list of `entry` records in `list` (as PersonItem holds them) with the given types set to the given values. */
function withEntries(current: unknown, entry: string, changes: Array<[string, string]>): SoapFields {
	const existing = ((current as SoapFields | undefined)?.[entry] ?? []) as unknown;
	const list = (Array.isArray(existing) ? existing : [existing]).filter((item) => item && typeof item === 'object') as Entry[];
	for (const [type, value] of changes) {
		const at = list.findIndex((item) => item.Type === type);
		if (at >= 0) list[at] = { ...list[at], Value: value };
		else list.push({ Type: type, Value: value });
	}
	return { [entry]: list as unknown as SoapFields[] };
}

/** A new person, or `current` (the person as read) with the changes: the PersonItem to send whole. */
export function personItem(node: INode, itemIndex: number, changes: ContactChanges, current: SoapFields = {}): SoapFields {
	const item: SoapFields = { ...current };
	for (const [name, value] of Object.entries(changes.fields)) {
		// The postal address changes field by field; its Type is always Post.
		item[name] = name === 'PostAddress' ? { ...((current.PostAddress as SoapFields | undefined) ?? {}), ...(value as SoapFields), Type: 'Post' } : value;
	}
	if (changes.emails.length) item.EmailAddresses = withEntries(current.EmailAddresses, 'EmailAddress', changes.emails);
	if (changes.phones.length) item.PhoneNumbers = withEntries(current.PhoneNumbers, 'PhoneNumber', changes.phones);
	Object.assign(item, changes.more);
	const first = String(item.FirstName ?? '').trim();
	const last = String(item.LastName ?? '').trim();
	if (!first && !last) throw inputError(node, itemIndex, 'The contact has no name', 'Fill in First Name or Last Name, or both.');
	return item;
}
