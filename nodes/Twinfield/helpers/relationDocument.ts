/** Building and changing the dimension document of a customer or supplier from the node's fields. */
import type { IDataObject } from 'n8n-workflow';

import { childOf, ensurePath, leaf, node, replaceChild, setText, type XmlDocument } from './xmlDocument';

export interface AddressInput {
	type?: string;
	default?: boolean;
	name?: string;
	attention?: string;
	street?: string;
	addressLine2?: string;
	postcode?: string;
	city?: string;
	country?: string;
	telephone?: string;
	email?: string;
	contact?: string;
}

export interface BankInput {
	default?: boolean;
	iban?: string;
	accountHolder?: string;
	accountNumber?: string;
	bic?: string;
	bankName?: string;
	city?: string;
	country?: string;
}

/** What an item sets; undefined leaves a field as it is. */
export interface RelationChanges {
	name?: string;
	shortName?: string;
	website?: string;
	email?: string;
	vatNumber?: string;
	chamberOfCommerceNumber?: string;
	dueDays?: number;
	addresses?: AddressInput[];
	banks?: BankInput[];
	otherFields?: IDataObject;
}

/** Elements only Twinfield fills in: a save may not send them. */
export const SERVER_ELEMENTS = ['inuse', 'uid', 'modified', 'touched', 'behaviour'];
/** Elements the node itself controls: Other Twinfield Fields may not set them. */
const NODE_ELEMENTS = ['office', 'type', 'code'];

/** Twinfield's element for each field of the node, in the user's words (for messages). */
export const RELATION_FIELD_LABELS: Record<string, string> = {
	name: 'Name',
	shortname: 'Short Name',
	website: 'Website',
	vatnumber: 'VAT Number',
	cocnumber: 'Chamber of Commerce Number',
	'financials/duedays': 'Due Days',
	code: 'Code',
	office: 'Office',
	type: 'Type',
	'addresses/address': 'Address',
	'addresses/address/country': 'Address Country',
	'addresses/address/email': 'Address Email',
	'addresses/address/name': 'Address Name',
	'addresses/address/city': 'Address City',
	'addresses/address/postcode': 'Address Postcode',
	'addresses/address/field2': 'Address Street',
	'banks/bank/iban': 'Bank Account IBAN',
	'banks/bank/biccode': 'Bank Account BIC',
};

function present(value: string | undefined): value is string {
	return value !== undefined && value !== '';
}

function addressElement(input: AddressInput): XmlDocument {
	const fields: Array<[string, string | undefined]> = [
		['name', input.name],
		['country', input.country?.toUpperCase()],
		['city', input.city],
		['postcode', input.postcode],
		['telephone', input.telephone],
		['email', input.email],
		['contact', input.contact],
		['field1', input.attention],
		['field2', input.street],
		['field3', input.addressLine2],
	];
	const children = fields.filter((field): field is [string, string] => present(field[1]?.trim())).map(([name, value]) => leaf(name, value.trim()));
	return node('address', children, { type: input.type || 'invoice', default: String(input.default === true) });
}

function bankElement(input: BankInput): XmlDocument {
	const fields: Array<[string, string | undefined]> = [
		['ascription', input.accountHolder],
		['accountnumber', input.accountNumber],
		['bankname', input.bankName],
		['biccode', input.bic],
		['city', input.city],
		['country', input.country?.toUpperCase()],
		['iban', input.iban?.replace(/\s+/g, '').toUpperCase()],
	];
	const children = fields.filter((field): field is [string, string] => present(field[1]?.trim())).map(([name, value]) => leaf(name, value.trim()));
	return node('bank', children, { default: String(input.default === true) });
}

/** The address that holds the relation's e-mail: the default invoice address, else the first; made when there is none. */
function mainAddress(document: XmlDocument, name: string): XmlDocument {
	const addresses = ensurePath(document, ['addresses']);
	const list = addresses.children.filter((item) => item.name === 'address');
	const found = list.find((item) => item.attributes.default === 'true' && (item.attributes.type ?? 'invoice') === 'invoice') ?? list[0];
	if (found) return found;
	const made = node('address', [leaf('name', name)], { type: 'invoice', default: 'true' });
	addresses.children.push(made);
	return made;
}

/** Why Other Twinfield Fields cannot hold a key, or undefined when it can. */
export function otherFieldProblem(key: string): string | undefined {
	const name = key.startsWith('@') ? key.slice(1) : key;
	if (!/^[A-Za-z_][\w.-]*$/.test(name)) return `"${key}" is not an XML element name`;
	if (SERVER_ELEMENTS.includes(key)) return `"${key}" is filled in by Twinfield and may not be sent`;
	return undefined;
}

/** Other Twinfield Fields into the document: objects are elements, @keys attributes, arrays repeated elements. */
function applyOther(target: XmlDocument, values: IDataObject, topLevel: boolean): void {
	for (const [key, value] of Object.entries(values)) {
		const problem = otherFieldProblem(key) ?? (topLevel && NODE_ELEMENTS.includes(key) ? `"${key}" is set by the node's own fields` : undefined);
		if (problem) throw new Error(`Other Twinfield Fields: ${problem}.`);
		if (key.startsWith('@')) {
			target.attributes[key.slice(1)] = String(value ?? '');
		} else if (Array.isArray(value)) {
			target.children = target.children.filter((item) => item.name !== key);
			for (const entry of value) {
				const element = node(key, []);
				if (entry !== null && typeof entry === 'object') applyOther(element, entry as IDataObject, false);
				else element.text = String(entry ?? '');
				target.children.push(element);
			}
		} else if (value !== null && typeof value === 'object') {
			applyOther(ensurePath(target, [key]), value as IDataObject, false);
		} else {
			setText(target, [key], value === null || value === undefined ? '' : String(value));
		}
	}
}

/**
 * Makes the changes in `document` (a new one or one read from Twinfield):
 * only the fields given change; addresses and bank accounts given replace
 * the lists. Throws a plain Error for a bad key of Other Twinfield Fields.
 */
export function applyRelationChanges(document: XmlDocument, changes: RelationChanges): void {
	const simple: Array<[string[], string | undefined]> = [
		[['name'], changes.name],
		[['shortname'], changes.shortName],
		[['website'], changes.website],
		[['cocnumber'], changes.chamberOfCommerceNumber],
		[['vatnumber'], changes.vatNumber],
		[['financials', 'duedays'], changes.dueDays === undefined ? undefined : String(changes.dueDays)],
	];
	for (const [path, value] of simple) if (value !== undefined) setText(document, path, value);
	if (changes.addresses) replaceChild(document, node('addresses', changes.addresses.map(addressElement)));
	if (changes.banks) replaceChild(document, node('banks', changes.banks.map(bankElement)));
	if (changes.email !== undefined) {
		const name = childOf(document, 'name')?.text ?? '';
		setText(mainAddress(document, name), ['email'], changes.email);
	}
	if (changes.otherFields) applyOther(document, changes.otherFields, true);
}

/** A new customer or supplier document. */
export function newRelationDocument(office: string, type: string, code: string, changes: RelationChanges): XmlDocument {
	const document = node('dimension', [leaf('office', office), leaf('type', type), leaf('code', code)], { status: 'active' });
	applyRelationChanges(document, changes);
	return document;
}
