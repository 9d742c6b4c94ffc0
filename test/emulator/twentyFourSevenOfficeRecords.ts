/**
 * Records of the 24SevenOffice services as their WSDLs shape them: reading a
 * request's record the way ASP.NET's XmlSerializer does (unknown elements
 * ignored, a value that does not fit its type a fault for the whole call),
 * writing it back in the schema's element order, and merging an update.
 */
import type { XmlElement, XmlOut } from './xml';
import { element, leaf } from './xml';

/** A leaf's type; a list of strings is an enumeration. */
export type LeafType = 'string' | 'int' | 'long' | 'decimal' | 'dateTime' | 'boolean' | readonly string[];

/** A repeated entry, e.g. `EmailAddresses` of `EmailAddress` records. */
export interface ListOf {
	entry: string;
	of: Shape;
}

export type Field = LeafType | Shape | ListOf;

/** Fields in the schema's order. */
export interface Shape {
	[name: string]: Field;
}

export type Value = string | StoredRecord | StoredRecord[];

export interface StoredRecord {
	[name: string]: Value;
}

/** Why XmlSerializer could not read a request: the text of its fault. */
export class Unreadable extends Error {}

function isList(field: Field): field is ListOf {
	return typeof field === 'object' && !Array.isArray(field) && typeof (field as ListOf).entry === 'string' && typeof (field as ListOf).of === 'object';
}

function isLeaf(field: Field): field is LeafType {
	return typeof field === 'string' || Array.isArray(field);
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A leaf's text as XmlSerializer would accept it, in canonical form; throws Unreadable otherwise. */
function readLeaf(name: string, text: string, type: LeafType, enumName: string): string {
	const value = text.trim();
	if (Array.isArray(type)) {
		if (!type.includes(value)) throw new Unreadable(`Instance validation error: '${value}' is not a valid value for ${enumName}.`);
		return value;
	}
	switch (type) {
		case 'int':
		case 'long':
			if (!/^[+-]?\d+$/.test(value)) throw new Unreadable(`${name}: Input string was not in a correct format.`);
			return String(Number(value));
		case 'decimal':
			if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) throw new Unreadable(`${name}: Input string was not in a correct format.`);
			return String(Number(value));
		case 'boolean':
			if (!['true', 'false', '1', '0'].includes(value)) throw new Unreadable(`The string '${value}' is not a valid Boolean value.`);
			return value === 'true' || value === '1' ? 'true' : 'false';
		case 'dateTime':
			if (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value.length === 10 ? value : `${value.replace(/(Z|[+-]\d{2}:\d{2})$/, '')}Z`))) {
				throw new Unreadable(`The string '${value}' is not a valid AllXsd value.`);
			}
			return utcText(value);
		default:
			return text;
	}
}

/** An xs:dateTime as the services store it: UTC, seconds, no zone. */
export function utcText(value: string): string {
	const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value.length === 10 ? `${value}T00:00:00` : value}Z`;
	return new Date(Date.parse(zoned)).toISOString().slice(0, 19);
}

/** Reads the children of `xml` that the shape names, in the service's namespace; others are ignored. */
export function readRecord(xml: XmlElement, shape: Shape, ns: string, enumNames: Record<string, string> = {}): StoredRecord {
	const record: StoredRecord = {};
	for (const item of xml.children) {
		if (item.ns !== ns || !Object.hasOwn(shape, item.local)) continue;
		const field = shape[item.local];
		if (isLeaf(field)) record[item.local] = readLeaf(item.local, item.text, field, enumNames[item.local] ?? item.local);
		else if (isList(field)) record[item.local] = item.children.filter((entry) => entry.ns === ns && entry.local === field.entry).map((entry) => readRecord(entry, field.of, ns, enumNames));
		else record[item.local] = readRecord(item, field, ns, enumNames);
	}
	return record;
}

/** The record in the shape's element order; `wanted` limits the top-level fields. */
export function renderRecord(record: StoredRecord, shape: Shape, wanted?: readonly string[]): XmlOut[] {
	const parts: XmlOut[] = [];
	for (const [name, field] of Object.entries(shape)) {
		if (wanted !== undefined && !wanted.includes(name)) continue;
		const value = Object.hasOwn(record, name) ? record[name] : undefined;
		if (value === undefined) continue;
		if (isLeaf(field)) parts.push(leaf(name, value as string));
		else if (isList(field)) parts.push(element(name, (value as StoredRecord[]).map((entry) => element(field.entry, renderRecord(entry, field.of)))));
		else parts.push(element(name, renderRecord(value as StoredRecord, field)));
	}
	return parts;
}

/** An update: what was sent replaces what is kept, field by field in sub-records; a list sent replaces the list. */
export function mergeRecord(kept: StoredRecord, sent: StoredRecord, shape: Shape): StoredRecord {
	const merged: StoredRecord = { ...kept };
	for (const [name, value] of Object.entries(sent)) {
		const field = shape[name];
		const before = kept[name];
		merged[name] =
			!isLeaf(field) && !isList(field) && before !== undefined && typeof before === 'object' && !Array.isArray(before)
				? mergeRecord(before, value as StoredRecord, field)
				: value;
	}
	return merged;
}

/** A text field of a record, when it is text. */
export function textOf(record: StoredRecord | undefined, name: string): string | undefined {
	const value = record?.[name];
	return typeof value === 'string' ? value : undefined;
}

/** The APIException element a refused record carries. */
export function apiException(type: string, message: string): XmlOut {
	return element('APIException', [leaf('Type', type), leaf('Message', message), leaf('StackTrace', '')]);
}
