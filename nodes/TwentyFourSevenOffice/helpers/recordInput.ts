/** Values from the node's fields as 24SevenOffice reads them: UTC date-times, plain decimals, and the More Fields JSON. */
import type { INode } from 'n8n-workflow';

import type { SoapFields } from '../../shared/soap/envelope';
import { inputError } from '../../shared/soap/errors';
import { FieldsError, jsonToFields } from '../../shared/soap/fields';
import { TSO_LISTS } from './serviceSchema';

/** An xs:dateTime in UTC without a zone, as the services read it; a date without a time is midnight UTC. */
export function utcDateTime(node: INode, itemIndex: number, value: unknown, field: string): string {
	const text = String(value ?? '').trim();
	const zoned = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
	const time = Date.parse(zoned);
	if (!text || Number.isNaN(time)) {
		throw inputError(node, itemIndex, `${field} is not a date`, `Give a date and time such as 2026-01-31T00:00:00Z, or a date such as 2026-01-31. A time without a zone is read in n8n's time zone.`);
	}
	return new Date(time).toISOString().slice(0, 19);
}

/** A decimal in plain notation, never 1e-7: the services cannot read exponents. */
export function plainDecimal(node: INode, itemIndex: number, value: unknown, field: string): string {
	const number = typeof value === 'number' ? value : Number(String(value ?? '').trim());
	if (String(value ?? '').trim() === '' || !Number.isFinite(number)) {
		throw inputError(node, itemIndex, `${field} is not a number`, `Give ${field} as a number such as 1250.50.`);
	}
	// toFixed writes an exponent from 1e21 on; no amount of the services comes near 1e15.
	if (Math.abs(number) >= 1e15) throw inputError(node, itemIndex, `${field} is too large`, `Give ${field} below 1,000,000,000,000,000.`);
	const text = number.toFixed(4);
	return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** An ID the services take: a whole positive number. */
export function recordId(node: INode, itemIndex: number, value: unknown, what: string): number {
	const text = String(value ?? '').trim();
	if (!/^\d{1,18}$/.test(text) || Number(text) <= 0) {
		throw inputError(node, itemIndex, text ? `"${text.slice(0, 40)}" is not a ${what} ID` : `No ${what} was chosen`, `Choose the ${what} from the list, or give its ID: a whole number such as 10023.`);
	}
	return Number(text);
}

/**
 * The More Fields JSON: any other property of the record, named as in
 * 24SevenOffice's documentation. A property the node's own fields already set
 * is refused, so that no value silently wins over another.
 */
export function withMoreFields(node: INode, itemIndex: number, record: SoapFields, raw: unknown): SoapFields {
	if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return record;
	let json: unknown = raw;
	try {
		if (typeof raw === 'string') json = JSON.parse(raw) as unknown;
	} catch (error) {
		throw inputError(node, itemIndex, 'More Fields is not valid JSON', `${(error as Error).message}. Write it as a JSON object, for example {"Note": "VIP", "PaymentTime": 14}.`);
	}
	let more: SoapFields;
	try {
		more = jsonToFields(json, TSO_LISTS);
	} catch (error) {
		const problem = error instanceof FieldsError ? error.message : String(error);
		throw inputError(node, itemIndex, `More Fields cannot be sent: ${problem}`, 'Write a JSON object whose keys are property names from 24SevenOffice\'s documentation, for example {"Note": "VIP"}.');
	}
	const twice = Object.keys(more).filter((key) => Object.hasOwn(record, key));
	if (twice.length > 0) {
		throw inputError(node, itemIndex, `More Fields sets ${twice.join(', ')}, which the node's own fields already set`, 'Set each property in one place only: remove it from More Fields or clear the node field.');
	}
	return { ...record, ...more };
}

/** Only the values given: empty text and undefined are left out, so they change nothing. */
export function given(fields: Record<string, unknown>): SoapFields {
	const kept: SoapFields = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
		if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
		kept[name] = (typeof value === 'string' ? value.trim() : value) as SoapFields[string];
	}
	return kept;
}
