/** Turns the JSON a user types as an operation's parameters into envelope fields. */
/*
 * Turns the JSON a user types as an operation's parameters into envelope
 * fields, following how ASP.NET's XmlSerializer reads a request:
 * - an object is an element with child elements, a string, number or boolean
 *   its text, null an `xsi:nil` element;
 * - an array under a name the service declares as an "ArrayOf…" list (the
 *   `entryNames` given, e.g. Bundles → Bundle) becomes that element with one
 *   entry element per value: `{"Bundles": [{…}, {…}]}` gives
 *   `<Bundles><Bundle>…</Bundle><Bundle>…</Bundle></Bundles>`;
 * - any other array of plain values is an "ArrayOf…" too: its entries become
 *   `<string>` children (`<int>` for whole numbers, `<decimal>` for other
 *   numbers, `<boolean>` for booleans), as `returnProperties` expects. Under a
 *   key that already names the entry (`"string": ["Id", "Name"]`) the key
 *   itself is repeated;
 * - any other array of objects repeats the element once per entry, so
 *   `{"Bundle": [{…}, {…}]}` gives two `<Bundle>` elements.
 */
import type { SoapFields, SoapValue } from './envelope';

export class FieldsError extends Error {
	/** `path` names where in the JSON the problem is, e.g. `BundleList.Bundles`. */
	constructor(
		readonly path: string,
		problem: string,
	) {
		super(path ? `${problem} (at ${path})` : problem);
	}
}

/** XML element names: no spaces, no prefixes, not starting with a digit or punctuation. */
const ELEMENT_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** The entry names XmlSerializer uses for arrays of simple values. */
const ENTRY_NAMES = new Set(['string', 'int', 'long', 'short', 'decimal', 'double', 'float', 'boolean', 'guid', 'dateTime']);

type Plain = string | number | boolean | null;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlain(value: unknown): value is Plain {
	return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function join(path: string, key: string): string {
	return path ? `${path}.${key}` : key;
}

function plainValue(value: Plain, path: string): SoapValue {
	if (typeof value === 'number' && !Number.isFinite(value)) throw new FieldsError(path, 'A number must be finite');
	return value;
}

/** The entry name of an "ArrayOf…" built from these values. */
function entryName(values: Plain[], path: string): string {
	const kinds = new Set(values.filter((value) => value !== null).map((value) => typeof value));
	if (kinds.size > 1) throw new FieldsError(path, 'A list mixes text, numbers and true/false; use one kind per list');
	const [kind] = [...kinds];
	if (kind === 'number') return values.every((value) => Number.isInteger(value ?? 0)) ? 'int' : 'decimal';
	if (kind === 'boolean') return 'boolean';
	return 'string';
}

/** List element name → entry element name, e.g. `{ Bundles: 'Bundle' }`. */
export type EntryNames = Record<string, string>;

function arrayValue(key: string, values: unknown[], path: string, names: EntryNames): SoapValue {
	if (values.some(Array.isArray)) throw new FieldsError(path, 'A list inside a list cannot be sent; give the inner list a name');
	const plain = values.every(isPlain);
	if (!plain && !values.every(isObject)) throw new FieldsError(path, 'A list mixes objects and plain values');
	const entries = values.map((value, index) =>
		isPlain(value) ? plainValue(value, `${path}[${index}]`) : objectFields(value as Record<string, unknown>, `${path}[${index}]`, names),
	);
	const declared = Object.hasOwn(names, key) ? names[key] : undefined;
	if (declared) return { [declared]: entries };
	if (!plain) return entries;
	if (ENTRY_NAMES.has(key)) return entries;
	return { [entryName(values as Plain[], path)]: entries };
}

function objectFields(json: Record<string, unknown>, path: string, names: EntryNames): SoapFields {
	const fields: SoapFields = {};
	for (const [key, value] of Object.entries(json)) {
		const at = join(path, key);
		if (!ELEMENT_NAME.test(key)) throw new FieldsError(at, `"${key}" is not a valid parameter name`);
		if (value === undefined) continue;
		if (Array.isArray(value)) fields[key] = arrayValue(key, value, at, names);
		else if (isObject(value)) fields[key] = objectFields(value, at, names);
		else if (isPlain(value)) fields[key] = plainValue(value, at);
		else throw new FieldsError(at, `A value of type ${typeof value} cannot be sent`);
	}
	return fields;
}

/** The operation's parameters as envelope fields. Empty input means no parameters. */
export function jsonToFields(json: unknown, entryNames: EntryNames = {}): SoapFields {
	if (json === undefined || json === null || json === '') return {};
	if (!isObject(json)) throw new FieldsError('', 'The parameters must be a JSON object, such as {"searchParams": {…}}');
	return objectFields(json, '', entryNames);
}
