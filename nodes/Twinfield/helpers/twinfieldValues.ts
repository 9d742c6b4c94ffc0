/** Twinfield's text values as typed JSON: yyyymmdd dates, yyyymmddhhmmss stamps (UTC), amounts and booleans. */
import { findChild, type XmlElement } from '../../shared/soap/xml';

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

/** `20211109` → `2021-11-09`; null when empty, the text itself when it is no such date. */
export function isoDate(text: string): string | null {
	if (text === '') return null;
	const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
	return match ? `${match[1]}-${match[2]}-${match[3]}` : text;
}

/** `20250101120000` → `2025-01-01T12:00:00Z` (Twinfield's stamps are read as UTC); null when empty. */
export function isoStamp(text: string): string | null {
	if (text === '') return null;
	const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
	return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z` : text;
}

/** A date the user gave (ISO, or n8n's date-time) as Twinfield's yyyymmdd; undefined when it is no date. */
export function twinfieldDate(value: string): string | undefined {
	const match = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
	if (!match) return undefined;
	const [, year, month, day] = match;
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined;
	return `${year}${month}${day}`;
}
