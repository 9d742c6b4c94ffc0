/** One 24SevenOffice record (Company, Product, PersonItem) as the plain, typed JSON the node puts out. */
/*
 * Only the named properties are kept, in that order, so that Get, Get Many,
 * Create and Update put out the same shape. The services write "not set" as
 * the type's sentinel (-2147483648 for an int, 0001-01-01T00:00:00 for a
 * date): those become null. Dates are UTC and say so with a Z.
 */
import type { IDataObject } from 'n8n-workflow';

import { readJson, type JsonValue, type ReadSchema } from '../../shared/soap/json';
import type { XmlElement } from '../../shared/soap/xml';

/** XmlSerializer's defaults that the services use for "not set". */
const SENTINEL_TEXTS = new Set(['-2147483648', '-32768', '-79228162514264337593543950335', '-1.7976931348623157E+308', '0001-01-01T00:00:00']);

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/;

function cleaned(value: JsonValue, isDate: (name: string) => boolean, name: string): JsonValue {
	if (Array.isArray(value)) return value.map((entry) => cleaned(entry, isDate, name));
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, cleaned(entry, isDate, key)]));
	}
	if (value !== null && SENTINEL_TEXTS.has(String(value))) return null;
	if (typeof value === 'number' && value <= -2147483648) return null;
	if (typeof value === 'string' && isDate(name) && DATE_TIME.test(value)) return `${value}Z`;
	return value;
}

/** The record's named properties, typed by `schema`, in the order given; those the answer lacks are left out. */
export function recordOutput(record: XmlElement, properties: readonly string[], schema: ReadSchema): IDataObject {
	const dates = new Set(Object.entries(schema.types ?? {}).filter(([, type]) => type === 'date').map(([name]) => name));
	const output: IDataObject = {};
	for (const name of properties) {
		const element = record.children.find((child) => child.name === name);
		if (element === undefined) continue;
		output[name] = cleaned(readJson(element, schema), (key) => dates.has(key), name) as IDataObject[keyof IDataObject];
	}
	return output;
}
