/** A 24SevenOffice PersonItem (a contact): the properties the node puts out, and the person as fields to send back whole. */
import type { IDataObject } from 'n8n-workflow';

import type { SoapFields, SoapValue } from '../../shared/soap/envelope';
import { isNil } from '../../shared/soap/json';
import type { XmlElement } from '../../shared/soap/xml';
import { recordOutput } from './recordOutput';
import { PERSON_READ_SCHEMA } from './resourceSchema';

/** What the node puts out of a person: never its web-portal password. */
export const CONTACT_PROPERTIES = [
	'Id',
	'FirstName',
	'LastName',
	'Nickname',
	'CustomerId',
	'WorkPosition',
	'Department',
	'EmailAddresses',
	'PhoneNumbers',
	'PostAddress',
	'Country',
	'Comment',
	'Url',
	'DateOfBirth',
	'DateRegistered',
	'DateChanged',
] as const;

export function contactOutput(person: XmlElement): IDataObject {
	return recordOutput(person, CONTACT_PROPERTIES, PERSON_READ_SCHEMA);
}

/** Lists of PersonItem and the name of their entries. */
const PERSON_LISTS: Record<string, string> = { EmailAddresses: 'EmailAddress', PhoneNumbers: 'PhoneNumber' };

/** Set by the service, never sent. */
const SERVICE_SET = new Set(['DateChanged', 'DateRegistered', 'RelationData']);

function fieldsOf(element: XmlElement): SoapValue {
	if (element.children.length === 0) return element.text;
	const fields: SoapFields = {};
	for (const child of element.children) {
		if (isNil(child)) continue;
		fields[child.name] = fieldsOf(child);
	}
	return fields;
}

/** The person as read, as fields to send back with SavePerson, so that an update loses nothing it did not mean to change. */
export function personFields(person: XmlElement): SoapFields {
	const fields: SoapFields = {};
	for (const child of person.children) {
		if (SERVICE_SET.has(child.name) || isNil(child)) continue;
		const entry = Object.hasOwn(PERSON_LISTS, child.name) ? PERSON_LISTS[child.name] : undefined;
		fields[child.name] = entry
			? { [entry]: child.children.filter((item) => item.name === entry).map((item) => fieldsOf(item)) }
			: fieldsOf(child);
	}
	return fields;
}
