/** Twinfield's Finder: the finder types, the request's fields, and reading its answer. */
import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import type { SoapFields } from '../../shared/soap/envelope';
import { ownEntry } from '../../shared/soap/serverText';
import { findChild, findChildren, childText, type XmlElement } from '../../shared/soap/xml';
import { TWINFIELD_NAMESPACE } from '../transport/service';

export const FINDER_PATH = '/webservices/finder.asmx';

/** Finder types and what they find, as Twinfield documents them. */
export const FINDER_TYPES: INodePropertyOptions[] = [
	{ name: 'ART — Items', value: 'ART', description: 'Articles (items) for invoicing' },
	{ name: 'ASM — Asset Methods', value: 'ASM' },
	{ name: 'BDS — Budgets', value: 'BDS' },
	{ name: 'BNK — Cashbooks and Banks', value: 'BNK' },
	{ name: 'BSN — Billing Schedules', value: 'BSN' },
	{ name: 'CDA — Credit Management Action Codes', value: 'CDA' },
	{ name: 'CER — Certificates', value: 'CER' },
	{ name: 'CQT — Available Cheques', value: 'CQT' },
	{ name: 'CTR — Countries', value: 'CTR' },
	{ name: 'CUR — Currencies', value: 'CUR' },
	{ name: 'DIM — Dimensions', value: 'DIM', description: 'Customers, suppliers, general ledger accounts, cost centres, projects, assets' },
	{ name: 'DMT — Dimension Types', value: 'DMT' },
	{ name: 'DVT — VAT Types', value: 'DVT' },
	{ name: 'FLT — Filter Mappings', value: 'FLT' },
	{ name: 'FMT — Payment Files', value: 'FMT' },
	{ name: 'GRP — Dimension Groups', value: 'GRP' },
	{ name: 'GWY — Gateways', value: 'GWY' },
	{ name: 'HIE — Hierarchies', value: 'HIE' },
	{ name: 'HND — Hierarchy Nodes', value: 'HND' },
	{ name: 'INV — Invoice Types', value: 'INV' },
	{ name: 'IVT — Available Invoices', value: 'IVT' },
	{ name: 'MAT — Matching Types', value: 'MAT' },
	{ name: 'OFF — Offices', value: 'OFF', description: 'The offices (companies) the user may work in' },
	{ name: 'OFG — Office Groups', value: 'OFG' },
	{ name: 'OIC — Offices for Inter-Company', value: 'OIC' },
	{ name: 'PAY — Payment Types', value: 'PAY' },
	{ name: 'PIS — Paying-in Slips', value: 'PIS' },
	{ name: 'PRD — Periods', value: 'PRD' },
	{ name: 'REP — Reports', value: 'REP' },
	{ name: 'REW — Word Templates', value: 'REW' },
	{ name: 'RMD — Reminder Scenarios', value: 'RMD' },
	{ name: 'ROL — User Roles', value: 'ROL' },
	{ name: 'SAR — Sub Items', value: 'SAR' },
	{ name: 'SPM — Distribution by Periods', value: 'SPM' },
	{ name: 'TEQ — Time and Quantity Transaction Types', value: 'TEQ' },
	{ name: 'TRS — Transaction Types', value: 'TRS' },
	{ name: 'TRT — Time Project Rates', value: 'TRT' },
	{ name: 'TXG — Tax Groups', value: 'TXG' },
	{ name: 'USR — Users', value: 'USR' },
	{ name: 'VAT — VAT Codes', value: 'VAT' },
	{ name: 'VATN — VAT Numbers of Relations', value: 'VATN' },
	{ name: 'VGM — VAT Group Countries', value: 'VGM' },
	{ name: 'VTB — VAT Groups', value: 'VTB' },
	{ name: 'XLT — Translations', value: 'XLT' },
];

export interface FinderRequest {
	type: string;
	pattern: string;
	field: number;
	/** Option name → value, each name once. */
	options: Array<[string, string]>;
}


/**
 * Column names as keys every cell can keep: an empty name becomes
 * `column<N>`, and a name seen before gets `_2`, `_3`, … so that no cell of a
 * row is lost to another with the same key.
 */
function uniqueColumns(names: string[]): string[] {
	const used = new Set<string>();
	return names.map((name, index) => {
		const base = name || `column${index + 1}`;
		let key = base;
		for (let count = 2; used.has(key); count++) key = `${base}_${count}`;
		used.add(key);
		return key;
	});
}
/** The Search body for one page; rows are counted from 1. */
export function searchFields(request: FinderRequest, firstRow: number, maxRows: number): SoapFields {
	return {
		type: request.type,
		pattern: request.pattern,
		field: request.field,
		firstRow,
		maxRows,
		// ArrayOfArrayOfString: one <ArrayOfString> of name and value per option.
		options: { ArrayOfString: request.options.map(([name, value]) => ({ string: [name, value] })) },
	};
}

export interface FinderMessage {
	type: string;
	text: string;
	code: string;
	parameters: string[];
}

export interface FinderPage {
	messages: FinderMessage[];
	total: number;
	columns: string[];
	rows: IDataObject[];
}

export function readSearchResponse(response: XmlElement): FinderPage {
	const ns = TWINFIELD_NAMESPACE;
	const messages = findChildren(findChild(response, 'SearchResult', ns), 'MessageOfErrorCodes', ns).map((message) => ({
		type: childText(message, 'Type', ns) ?? '',
		text: childText(message, 'Text', ns) ?? '',
		code: childText(message, 'Code', ns) ?? '',
		parameters: findChildren(findChild(message, 'Parameters', ns), 'string', ns).map((item) => item.text),
	}));
	const data = findChild(response, 'data', ns);
	const columns = uniqueColumns(findChildren(findChild(data, 'Columns', ns), 'string', ns).map((item) => item.text.trim()));
	const rows = findChildren(findChild(data, 'Items', ns), 'ArrayOfString', ns).map((row) => {
		const cells = findChildren(row, 'string', ns).map((item) => item.text);
		return Object.fromEntries(cells.map((cell, index) => [columns[index] ?? `column${index + 1}`, cell]));
	});
	const total = Number(childText(data, 'TotalRows', ns) ?? rows.length);
	return { messages, total: Number.isFinite(total) ? total : rows.length, columns, rows };
}

/** What to do about each of the finder's error codes. */
const ADVICE: Record<string, string> = {
	NoAccessToOffice: 'The user has no access to that office. Check the Office field, or the user\'s rights in Twinfield.',
	OptionNotAllowed: 'This finder type does not take that option. Remove it from the node.',
	OptionMandatory: 'This search needs that option. Fill in the field it names (for dimensions usually Office).',
	InvalidBooleanOptionValue: 'Check the option: it takes true or false.',
	InvalidIntegerOptionValue: 'Check the option: it takes a whole number.',
	InvalidDecimalOptionValue: 'Check the option: it takes a number.',
	InvalidEnumerationOptionValue: 'Check the option: its value is not one Twinfield knows for it.',
	OptionValueOutOfRange: 'Check the option: its value is out of range.',
	ParameterOutOfRange: 'Check the Search Field: not every finder type supports every field.',
	ParameterTooSmall: 'Page size and first row must be 1 or more.',
	InvalidFinderType: 'Choose a finder type from the list.',
	InvalidDateTimeOptionLength: 'Dates are sent as yyyyMMdd or yyyyMMddHHmmss; check the date option.',
	InvalidDateTimeOptionValue: 'Check the date option: it is not a valid date.',
	InvalidDateTimeOptionOutOfRange: 'Check the date option: it is out of range.',
	AccessDenied: 'The user may not use this finder type. Ask your Twinfield administrator for the rights it needs.',
};

export function adviceFor(code: string): string {
	return ownEntry(ADVICE, code) ?? 'Check the search fields and options of the node.';
}
