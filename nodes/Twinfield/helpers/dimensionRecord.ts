/** A Twinfield dimension document (customer, supplier, ledger account, cost centre, project) as one plain, typed JSON record. */
import type { IDataObject } from 'n8n-workflow';

import { childText, findChild, findChildren, type XmlElement } from '../../shared/soap/xml';
import { isoInstant } from './twinfieldValues';

function text(parent: XmlElement | undefined, name: string): string {
	return (childText(parent, name) ?? '').trim();
}

function flag(value: string | undefined): boolean {
	return (value ?? '').trim().toLowerCase() === 'true';
}

function count(value: string): number | null {
	return /^-?\d+$/.test(value) ? Number(value) : null;
}

/** Twinfield's statuses in the words n8n users see: `hide` becomes `hidden`. */
export function statusOf(value: string | undefined): string {
	return value === 'hide' ? 'hidden' : value || 'active';
}

function address(element: XmlElement): IDataObject {
	return {
		id: count(element.attributes.id ?? ''),
		type: element.attributes.type ?? '',
		default: flag(element.attributes.default),
		name: text(element, 'name'),
		contact: text(element, 'contact'),
		attention: text(element, 'field1'),
		street: text(element, 'field2'),
		addressLine2: text(element, 'field3'),
		postcode: text(element, 'postcode'),
		city: text(element, 'city'),
		country: text(element, 'country'),
		telephone: text(element, 'telephone'),
		email: text(element, 'email'),
	};
}

function bank(element: XmlElement): IDataObject {
	return {
		id: count(element.attributes.id ?? ''),
		default: flag(element.attributes.default),
		accountHolder: text(element, 'ascription'),
		iban: text(element, 'iban'),
		accountNumber: text(element, 'accountnumber'),
		bic: text(element, 'biccode'),
		bankName: text(element, 'bankname'),
		city: text(element, 'city'),
		country: text(element, 'country'),
	};
}

/** The fields every dimension has. */
function common(document: XmlElement): IDataObject {
	const financials = findChild(document, 'financials');
	return {
		office: text(document, 'office'),
		type: text(document, 'type'),
		code: text(document, 'code'),
		name: text(document, 'name'),
		shortName: text(document, 'shortname'),
		status: statusOf(document.attributes.status),
		inUse: flag(childText(document, 'inuse')),
		uid: text(document, 'uid'),
		modifiedAt: isoInstant(childText(document, 'modified')),
		level: count(text(financials, 'level')),
	};
}

/** A customer (DEB) or supplier (CRD). */
export function relationRecord(document: XmlElement): IDataObject {
	const financials = findChild(document, 'financials');
	const addresses = findChildren(findChild(document, 'addresses'), 'address').map(address);
	const main = addresses.find((item) => item.default && item.type === 'invoice') ?? addresses.find((item) => item.default) ?? addresses[0];
	return {
		...common(document),
		website: text(document, 'website'),
		email: (main?.email as string | undefined) ?? '',
		vatNumber: text(document, 'vatnumber'),
		chamberOfCommerceNumber: text(document, 'cocnumber'),
		dueDays: count(text(financials, 'duedays')),
		controlAccount: text(financials, 'substitutewith'),
		addresses,
		bankAccounts: findChildren(findChild(document, 'banks'), 'bank').map(bank),
	};
}

/** A general ledger account (BAS, PNL), cost centre (KPL) or project (PRJ). */
export function ledgerRecord(document: XmlElement): IDataObject {
	return common(document);
}
