/** Dates typed into the node, read as UTC days or times, with an input error naming the field when one is not a date. */
import type { INode } from 'n8n-workflow';

import { inputError } from '../../../shared/soap/errors';

/** A date parameter as a UTC time; a value without a zone counts as UTC, as 24SevenOffice's dates are. */
export function readDate(node: INode, itemIndex: number, value: unknown, field: string): Date {
	const text = String(value ?? '').trim();
	const zoned = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : /T[\d:.]+$/.test(text) ? `${text}Z` : text;
	const time = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(zoned) : NaN;
	if (Number.isNaN(time)) {
		throw inputError(node, itemIndex, `${field} is not a date`, `Enter ${field} as a date such as 2026-01-31, or pick it from the calendar. It was "${text.slice(0, 40)}".`);
	}
	return new Date(time);
}

/** The calendar day written at the start of a date parameter (its time and zone aside), as UTC midnight. */
export function readDay(node: INode, itemIndex: number, value: unknown, field: string): Date {
	const checked = readDate(node, itemIndex, value, field);
	const day = String(value ?? '').trim().slice(0, 10);
	return Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? checked : new Date(`${day}T00:00:00Z`);
}
