/** Typed values read from a 24SevenOffice record element: text, numbers, booleans, UTC dates as ISO text. */
import { childText, type XmlElement } from '../../shared/soap/xml';

/** The child's text; undefined when absent. */
export function textOf(record: XmlElement | undefined, name: string): string | undefined {
	return childText(record, name);
}

/** The child as a number; undefined when absent or empty; the text as sent when it is not a number, so nothing is lost. */
export function numberOf(record: XmlElement | undefined, name: string): number | string | undefined {
	const text = childText(record, name);
	if (text === undefined || text === '') return undefined;
	const value = Number(text);
	return Number.isFinite(value) ? value : text;
}

/** The child as a boolean; the text as sent when it is none. */
export function booleanOf(record: XmlElement | undefined, name: string): boolean | string | undefined {
	const text = childText(record, name);
	if (text === undefined || text === '') return undefined;
	const lower = text.toLowerCase();
	return lower === 'true' || lower === '1' ? true : lower === 'false' || lower === '0' ? false : text;
}

/** 24SevenOffice writes xs:dateTime without a zone, in UTC: ISO text with Z; undefined for none or .NET's empty 0001-01-01. */
export function dateOf(record: XmlElement | undefined, name: string): string | undefined {
	const text = childText(record, name);
	if (!text || text.startsWith('0001-01-01')) return undefined;
	const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}Z`;
	const time = Date.parse(zoned);
	return Number.isNaN(time) ? text : new Date(time).toISOString();
}

/** An object without its undefined values, so the output holds only what the service said. */
export function defined<T extends Record<string, unknown>>(record: T): T {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** A UTC xs:dateTime as 24SevenOffice reads it, from a date or an ISO time. */
export function serviceDateTime(time: Date): string {
	return time.toISOString().slice(0, 19);
}
