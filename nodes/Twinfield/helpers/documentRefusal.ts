/** A document Twinfield refused, as an error in the node's own terms: which field, which line, what Twinfield said. */
import type { JsonObject } from 'n8n-workflow';

import type { ErrorScope } from '../../shared/soap/errors';
import { serviceError } from '../../shared/soap/errors';
import type { TwinfieldMessage } from './processXmlAnswer';

/** Twinfield's element names, as the node's fields call them. */
const FIELD_NAMES: Record<string, string> = {
	office: 'Office',
	invoicetype: 'Invoice Type',
	invoicenumber: 'Invoice Number',
	customer: 'Customer',
	status: 'Status',
	invoicedate: 'Invoice Date',
	duedate: 'Due Date',
	period: 'Period',
	currency: 'Currency',
	headertext: 'Header Text',
	footertext: 'Footer Text',
	header: '',
	lines: 'Lines',
	article: 'Article',
	subarticle: 'Sub-Article',
	quantity: 'Quantity',
	units: 'Units',
	unitspriceexcl: 'Price',
	vatcode: 'VAT Code',
	dim1: 'General Ledger Account',
	dim2: 'Cost Centre',
	description: 'Description',
	code: 'Code',
};

/**
 * Where a message sits, in the node's words: `salesinvoice/lines/line[2]/vatcode`
 * → `line 2, VAT Code`; '' for the document as a whole. A plural root
 * (several documents in one answer) is skipped.
 */
export function fieldOf(element: string): string {
	const steps = element.split('/').slice(1);
	if (/^salesinvoice(\[\d+\])?$/.test(steps[0] ?? '')) steps.shift();
	const parts: string[] = [];
	for (const step of steps) {
		const line = /^line(?:\[(\d+)\])?$/.exec(step);
		if (line) parts.push(`line ${line[1] ?? '1'}`);
		else if (step !== 'lines' || steps.length === 1) parts.push(Object.hasOwn(FIELD_NAMES, step) ? FIELD_NAMES[step] : step);
	}
	return parts.filter(Boolean).join(', ');
}

/** The messages as the output and errors carry them: type, field, Twinfield's words. */
export function fieldMessages(messages: TwinfieldMessage[]): JsonObject[] {
	return messages.map((item) => ({ type: item.type, field: fieldOf(item.element), message: item.message }));
}

/** Twinfield's refusal of a read (`what`, e.g. "read of article X in office 001"), each message a sentence. */
export function documentRefusal(scope: ErrorScope, what: string, messages: TwinfieldMessage[]) {
	const errors = messages.filter((item) => item.type === 'error');
	const shown = errors.length > 0 ? errors : messages;
	const listed = shown.map((item) => (fieldOf(item.element) ? `${fieldOf(item.element)}: ${item.message}` : item.message));
	const extra: JsonObject = { messages: fieldMessages(messages) };
	const advice = 'Check the office and the code or number, and run the workflow again.';
	if (shown.length === 0) return serviceError(scope, `Twinfield refused the ${what} without saying why`, `The answer had result="0" and no message. ${advice}`, extra);
	const more = shown.length > 1 ? ` (and ${shown.length - 1} more)` : '';
	const sentences = listed.map((text) => (/[.!?]$/.test(text) ? text : `${text}.`)).join(' ');
	return serviceError(scope, `Twinfield refused the ${what}: ${listed[0]}${more}`, `${sentences} ${advice}`, extra);
}
