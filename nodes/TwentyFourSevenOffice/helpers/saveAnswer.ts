/** Reads a 24SevenOffice Save answer of a list (SaveCompanies, SaveProducts, …): one outcome per record sent, in order. */
/*
 * The services answer a Save of a list with the same list: each record as
 * saved, with its Id, or with an `APIException{Type, Message}` when that
 * record was refused. The other records are saved all the same, so each
 * record's outcome belongs to the item it came from.
 */
import type { NodeApiError } from 'n8n-workflow';

import type { SoapFields } from '../../shared/soap/envelope';
import { serviceError, type ErrorScope } from '../../shared/soap/errors';
import type { XmlElement } from '../../shared/soap/xml';
import { childText, findChild } from '../../shared/soap/xml';
import { resultElement } from './serviceAnswer';

export interface RecordRefusal {
	type: string;
	message: string;
}

export type SaveOutcome = { saved: XmlElement } | { refused: RecordRefusal };

/** What the errors about a record call it and its fields. */
export interface RecordNames {
	/** The record in the user's words, e.g. `customer`. */
	label: string;
	/** Wire name → the node field it comes from, e.g. `OrganizationNumber` → `Organization Number`. */
	fields: Record<string, string>;
}

/**
 * One outcome per record, in the order sent; undefined when the answer holds
 * no result or another number of records than were sent, so that they cannot
 * be paired. An APIException with neither Type nor Message is no refusal.
 */
export function readSaveAnswer(response: XmlElement, operation: string, recordName: string, sent: number): SaveOutcome[] | undefined {
	const result = resultElement(response, operation);
	if (!result) return undefined;
	const records = result.children;
	if (records.length !== sent || records.some((record) => record.name !== recordName)) return undefined;
	return records.map((record) => {
		const exception = findChild(record, 'APIException');
		const type = childText(exception, 'Type')?.trim() ?? '';
		const message = childText(exception, 'Message')?.trim() ?? '';
		return exception && (type || message) ? { refused: { type, message } } : { saved: record };
	});
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The field a service message names, by its wire name as a whole word: the longest such name wins. */
export function namedField(message: string, candidates: Iterable<string>): string | undefined {
	let found: string | undefined;
	for (const name of candidates) {
		if (!new RegExp(`(^|[^A-Za-z0-9_])${escapeRegExp(name)}($|[^A-Za-z0-9_])`, 'i').test(message)) continue;
		if (found === undefined || name.length > found.length) found = name;
	}
	return found;
}

/** Fields whose values an error never repeats, such as a customer's web-portal Password. */
const SECRET_FIELD = /password|secret|token/i;

/** What the refusal's field was sent as, when it is a plain value that may be shown. */
function sentValue(record: SoapFields, field: string): string | undefined {
	if (SECRET_FIELD.test(field)) return undefined;
	const value = Object.hasOwn(record, field) ? record[field] : undefined;
	return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

function fieldSentence(refusal: RecordRefusal, record: SoapFields, names: RecordNames): string {
	const field = namedField(refusal.message, new Set([...Object.keys(record), ...Object.keys(names.fields)]));
	if (field === undefined) return '';
	const from = Object.hasOwn(names.fields, field) ? `the node's "${names.fields[field]}" field` : 'More Fields (JSON)';
	const given = Object.hasOwn(record, field);
	const value = sentValue(record, field);
	let sent: string;
	if (!given) sent = 'was not sent';
	else if (value === undefined) sent = SECRET_FIELD.test(field) ? 'was sent (its value is not repeated here)' : 'was sent';
	else sent = value === '' ? 'was sent empty' : `was sent as "${value.length > 80 ? `${value.slice(0, 80)}…` : value}"`;
	return `The message concerns ${field} (from ${from}), which ${sent}. `;
}

/** The error of one refused record: what 24SevenOffice said, which field and value, and what to do. */
export function recordRefusedError(scope: ErrorScope, refusal: RecordRefusal, record: SoapFields, names: RecordNames): NodeApiError {
	const said = refusal.message || refusal.type;
	return serviceError(
		scope,
		`24SevenOffice refused the ${names.label} in ${scope.operation}: ${said}`,
		`${fieldSentence(refusal, record, names)}This ${names.label} was not saved; the other items are not affected. Correct the value as the message says, then run this item again.${refusal.type ? ` (24SevenOffice error type: ${refusal.type})` : ''}`,
		{ type: refusal.type, message: refusal.message },
	);
}

/** The error of every record of a batch whose answer cannot be paired with what was sent. */
export function unpairedAnswerError(scope: ErrorScope, sent: number): NodeApiError {
	return serviceError(
		scope,
		`24SevenOffice answered ${scope.operation} with a result that does not match the ${sent} record${sent === 1 ? '' : 's'} sent`,
		'It cannot be told which records were saved. Look them up in 24SevenOffice (for example with Get Many and Changed After) before you run these items again, so that nothing is saved twice.',
	);
}
