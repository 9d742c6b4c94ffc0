/** The one place where XML becomes the JSON a next node uses. */
/*
 * The one place where XML becomes the JSON a next node uses. Both services'
 * answers go through it: 24SevenOffice's typed SOAP results and Twinfield's
 * untyped XML messages alike.
 *
 * - Repeated elements become arrays; a schema can make a name always an array,
 *   or an element a list of its children (ASMX's `ArrayOf…` types).
 * - Attributes are kept as plain keys, as n8n's XML node does; the text of an
 *   element that also has attributes or children goes under `_`. An attribute
 *   whose name a child element already uses is kept as `@name`.
 * - `xsi:nil="true"` becomes null, under whatever prefix the XSI namespace has.
 * - Where the schema gives a type, the value is typed (booleans, numbers);
 *   otherwise text stays text, so no amount or code loses digits.
 */
import { attributeNamespace, attributeValue, type XmlElement } from './xml';

export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

export type ValueType = 'string' | 'boolean' | 'number' | 'date';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What is known of a document's shape, by local element or attribute name. */
export interface ReadSchema {
	/** Elements that always hold a list: their value is the array of their children's values. */
	lists?: Iterable<string>;
	/** Element names that always become arrays, even when they occur once. */
	arrays?: Iterable<string>;
	/** Types of leaf elements and attributes. */
	types?: Record<string, ValueType>;
}

interface CompiledSchema {
	lists: Set<string>;
	arrays: Set<string>;
	types: Map<string, ValueType>;
}

function compile(schema: ReadSchema): CompiledSchema {
	return {
		lists: new Set(schema.lists ?? []),
		arrays: new Set(schema.arrays ?? []),
		types: new Map(Object.entries(schema.types ?? {})),
	};
}

/** Schema booleans are `true`/`false` or `1`/`0`. */
function toBoolean(text: string): boolean | undefined {
	const value = text.trim();
	if (value === 'true' || value === '1') return true;
	if (value === 'false' || value === '0') return false;
	return undefined;
}

function toNumber(text: string): number | undefined {
	const value = text.trim();
	if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) return undefined;
	const number = Number(value);
	return Number.isFinite(number) ? number : undefined;
}

/** `date` values stay ISO text (JSON has no dates); a value that is no date is kept as sent. */
function toDate(text: string): string | undefined {
	const value = text.trim();
	return Number.isNaN(Date.parse(value)) ? undefined : value;
}

/** A typed value, or the text as sent when it does not fit the type: nothing is lost. */
export function typedValue(text: string, type: ValueType | undefined): JsonValue {
	if (type === undefined || type === 'string') return text;
	if (text.trim() === '') return null;
	const converted = type === 'boolean' ? toBoolean(text) : type === 'number' ? toNumber(text) : toDate(text);
	return converted === undefined ? text : converted;
}

/** `nil` under any prefix bound to the XSI namespace, and only there. */
export function isNil(element: XmlElement): boolean {
	const nil = attributeValue(element, XSI_NAMESPACE, 'nil')?.trim();
	return nil === 'true' || nil === '1';
}

/** Attributes a reader cares about: not namespace declarations, not those in the XSI namespace. */
function dataAttributes(element: XmlElement): Array<[string, string]> {
	return Object.entries(element.attributes).filter(([name]) => {
		const namespace = attributeNamespace(element, name);
		return namespace !== undefined && namespace !== XSI_NAMESPACE;
	});
}

function readElement(element: XmlElement, schema: CompiledSchema): JsonValue {
	if (isNil(element)) return null;
	if (schema.lists.has(element.name)) return element.children.map((child) => readElement(child, schema));

	const attributes = dataAttributes(element);
	if (element.children.length === 0 && attributes.length === 0) {
		return typedValue(element.text, schema.types.get(element.name));
	}

	// A Map keeps any name as data, `__proto__` included; fromEntries makes plain own keys.
	const fields = new Map<string, JsonValue>();
	// Names that are arrays because they repeat or the schema says so, as opposed to
	// a single child whose own value is a list.
	const arrayNames = new Set<string>();
	for (const child of element.children) {
		const value = readElement(child, schema);
		if (arrayNames.has(child.name)) {
			(fields.get(child.name) as JsonValue[]).push(value);
		} else if (fields.has(child.name)) {
			fields.set(child.name, [fields.get(child.name) as JsonValue, value]);
			arrayNames.add(child.name);
		} else if (schema.arrays.has(child.name)) {
			fields.set(child.name, [value]);
			arrayNames.add(child.name);
		} else {
			fields.set(child.name, value);
		}
	}
	for (const [name, value] of attributes) {
		fields.set(fields.has(name) ? `@${name}` : name, typedValue(value, schema.types.get(name)));
	}
	const text = element.children.length === 0 ? element.text : element.text.trim();
	if (text !== '') fields.set('_', typedValue(text, schema.types.get(element.name)));
	return Object.fromEntries(fields);
}

/** Reads an element, and everything in it, into JSON. */
export function readJson(element: XmlElement, schema: ReadSchema = {}): JsonValue {
	return readElement(element, compile(schema));
}

/** Reads each child of an element: one JSON value per child, e.g. one item per record. */
export function readChildren(element: XmlElement | undefined, schema: ReadSchema = {}): JsonValue[] {
	const compiled = compile(schema);
	return (element?.children ?? []).map((child) => readElement(child, compiled));
}
