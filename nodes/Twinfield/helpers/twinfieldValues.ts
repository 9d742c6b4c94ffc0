/** Twinfield's texts, dates, stamps, periods and amounts turned into plain JSON values and back. */
import { findChild, type XmlElement } from '../../shared/soap/xml';

/** `YYYYMMDD` → `YYYY-MM-DD`; anything else (empty included) → null. */
export function isoDate(text: string | undefined): string | null {
	const match = /^(\d{4})(\d{2})(\d{2})$/.exec((text ?? '').trim());
	return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** `YYYYMMDDHHMMSS` (UTC) → `YYYY-MM-DDTHH:MM:SSZ`; anything else → null. */
export function isoStamp(text: string | undefined): string | null {
	const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec((text ?? '').trim());
	return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z` : null;
}

/** Twinfield's `YYYYMMDDHHMMSS` or `YYYYMMDD` (UTC) as a full ISO instant with milliseconds (dimensions' `modified`); null when empty or no real date. */
export function isoInstant(text: string | undefined): string | null {
	const digits = (text ?? '').trim();
	if (!/^\d{8}(\d{6})?$/.test(digits)) return null;
	const [year, month, day, hour, minute, second] = [0, 4, 6, 8, 10, 12].map((start, index) => Number(digits.slice(start, start + (index === 0 ? 4 : 2)) || 0));
	const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
	return Number.isNaN(date.getTime()) || date.getUTCDate() !== day ? null : date.toISOString();
}

/** A decimal amount as written by Twinfield → a number; empty or unreadable → null. */
export function amountValue(text: string | undefined): number | null {
	const value = (text ?? '').trim();
	if (!/^-?\d+(\.\d+)?$/.test(value)) return null;
	return Number(value);
}

/** Text, or null when empty, so that every output has the same keys. */
export function textOrNull(text: string | undefined): string | null {
	const value = (text ?? '').trim();
	return value === '' ? null : value;
}

/** Amount in cents → Twinfield's text with two decimals, e.g. 12100 → `121.00`. */
export function centsText(cents: number): string {
	const absolute = Math.abs(cents);
	return `${cents < 0 ? '-' : ''}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** n8n's date or date-time value (ISO text, or a date object from an expression) → `YYYYMMDD`; undefined when it is no date. */
export function twinfieldDate(value: unknown): string | undefined {
	const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return `${match[1]}${match[2]}${match[3]}`;
}

/** n8n's date-time value → Twinfield's stamp `YYYYMMDDHHMMSS` in UTC; undefined when it is no date. */
export function twinfieldStamp(value: unknown): string | undefined {
	const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
	if (text === '') return undefined;
	// A date-time without a zone is read as UTC, as Twinfield's stamps are.
	const zoned = /([zZ]|[+-]\d{2}:?\d{2})$/.test(text) || !/T/.test(text) ? text : `${text}Z`;
	const time = Date.parse(/T/.test(zoned) ? zoned : `${zoned}T00:00:00Z`);
	if (Number.isNaN(time)) return undefined;
	return new Date(time).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** A period as Twinfield writes it, `YYYY/PP`, from `2026/2`, `2026/02` or `2026-02`; undefined when it is none. */
export function twinfieldPeriod(value: unknown): string | undefined {
	const match = /^(\d{4})[/-](\d{1,2})$/.exec(String(value ?? '').trim());
	if (!match) return undefined;
	const period = Number(match[2]);
	if (period > 12 && period !== 55 && period !== 56) return undefined;
	return `${match[1]}/${match[2].padStart(2, '0')}`;
}

/** The text of a child element, trimmed; '' when it is absent. */
export function textOf(parent: XmlElement | undefined, name: string): string {
	return findChild(parent, name)?.text.trim() ?? '';
}

/** A number, or null when the text is empty or no number. */
export function numberOf(parent: XmlElement | undefined, name: string): number | null {
	const text = textOf(parent, name);
	if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return null;
	return Number(text);
}

export function booleanOf(parent: XmlElement | undefined, name: string): boolean | null {
	const text = textOf(parent, name);
	if (text === 'true' || text === '1') return true;
	if (text === 'false' || text === '0') return false;
	return null;
}

