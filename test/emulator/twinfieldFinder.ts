/**
 * Twinfield's Finder (finder.asmx, Search): type, pattern, field, firstRow,
 * maxRows and options in; MessageOfErrorCodes and FinderData out. DIM and OFF
 * are answered from the demo data; other known types answer no rows.
 *
 * Not in any source, so the likeliest reading: the DIM and OFF columns are
 * "Code" and "Name" (plus "Status" with includehidden=1), and a page holds
 * at most 100 rows (a larger maxRows gets a warning and 100 rows).
 */
import { twinfieldDimensionTypes, twinfieldOffices } from './twinfieldData';
import { finderDimensions } from './twinfieldDimensions';
import { invoiceFinderRows } from './twinfieldInvoices';
import { globMatch } from './twinfieldProcessXml';
import type { XmlElement, XmlOut } from './xml';
import { element, leaf } from './xml';

export const FINDER_TYPES = [
	'ART', 'ASM', 'BDS', 'BNK', 'BSN', 'CDA', 'CER', 'CQT', 'CTR', 'CUR', 'DIM', 'DMT', 'DVT', 'FLT', 'FMT', 'GRP', 'GWY',
	'HIE', 'HND', 'INV', 'IVT', 'MAT', 'OFF', 'OFG', 'OIC', 'PAY', 'PIS', 'PRD', 'REP', 'REW', 'RMD', 'ROL', 'SAR', 'SPM',
	'TXG', 'TEQ', 'TRS', 'TRT', 'USR', 'VAT', 'VATN', 'VTB', 'VGM', 'XLT',
];

export const FINDER_MAX_ROWS = 100;

interface FinderMessage {
	type: 'Error' | 'Warning' | 'Informational';
	text: string;
	code: string;
	parameters: string[];
}

interface FinderAnswer {
	messages: FinderMessage[];
	data?: { total: number; columns: string[]; rows: string[][] };
}

const DIM_OPTIONS = ['office', 'level', 'section', 'dimtype', 'modifiedsince', 'group', 'matchtype', 'includehidden'];

export function finderSearch(body: XmlElement, companies: readonly string[], currentCompany: string | undefined): XmlOut {
	return searchResponse(search(body, companies, currentCompany));
}

function value(body: XmlElement, name: string): string {
	return body.children.find((item) => item.local === name)?.text.trim() ?? '';
}

function error(code: string, text: string, ...parameters: string[]): FinderMessage {
	return { type: 'Error', text, code, parameters };
}

function search(body: XmlElement, companies: readonly string[], currentCompany: string | undefined): FinderAnswer {
	const type = value(body, 'type');
	const field = Number(value(body, 'field'));
	const firstRow = Number(value(body, 'firstRow'));
	const maxRows = Number(value(body, 'maxRows'));
	const pattern = value(body, 'pattern') || '*';
	const optionList = (body.children.find((item) => item.local === 'options')?.children ?? []).map((pair) =>
		pair.children.map((item) => item.text),
	);

	if (!FINDER_TYPES.includes(type)) return { messages: [error('InvalidFinderType', `Finder type ${type} does not exist.`, type)] };
	if (!Number.isInteger(field) || field < 0 || field > (type === 'DIM' ? 4 : 2)) {
		return { messages: [error('ParameterOutOfRange', `Search field ${value(body, 'field')} is out of range.`, 'field')] };
	}
	if (!Number.isInteger(firstRow) || firstRow < 1) return { messages: [error('ParameterTooSmall', 'firstRow must be 1 or more.', 'firstRow')] };
	if (!Number.isInteger(maxRows) || maxRows < 1) return { messages: [error('ParameterTooSmall', 'maxRows must be 1 or more.', 'maxRows')] };

	const options = new Map<string, string>();
	const allowed = type === 'DIM' ? DIM_OPTIONS : type === 'OFF' ? [] : type === 'ART' || type === 'INV' ? ['office', 'vat'] : ['office'];
	for (const [name, optionValue] of optionList) {
		if (!allowed.includes(name) || options.has(name)) {
			return { messages: [error('OptionNotAllowed', `Option ${name} is not allowed for finder type ${type}.`, name)] };
		}
		options.set(name, optionValue ?? '');
	}

	const messages: FinderMessage[] = [];
	const pageSize = Math.min(maxRows, FINDER_MAX_ROWS);
	if (maxRows > FINDER_MAX_ROWS) {
		messages.push({
			type: 'Warning',
			text: `maxRows is limited to ${FINDER_MAX_ROWS}; ${FINDER_MAX_ROWS} rows are returned.`,
			code: 'ParameterOutOfRange',
			parameters: ['maxRows'],
		});
	}

	let columns = ['Code', 'Name'];
	let rows: string[][] = [];
	if (type === 'OFF') {
		rows = twinfieldOffices
			.filter((office) => companies.includes(office.code))
			.filter((office) => matches(field, pattern, office.code, office.name))
			.map((office) => [office.code, office.name]);
	} else if (invoiceFinderRows(type, '')) {
		const office = options.get('office') ?? currentCompany ?? '';
		if (office === '') return { messages: [error('OptionMandatory', 'Option office is mandatory when no company is selected.', 'office')] };
		if (!companies.includes(office)) return { messages: [error('NoAccessToOffice', `You have no access to office ${office}.`, office)] };
		rows = (invoiceFinderRows(type, office) ?? []).filter(([code, name]) => matches(field, pattern, code, name));
	} else if (type === 'DIM') {
		const office = options.get('office') ?? currentCompany ?? '';
		const problem = dimOptionProblem(options, office, companies);
		if (problem) return { messages: [problem] };
		const includeHidden = options.get('includehidden') === '1';
		if (includeHidden) columns = ['Code', 'Name', 'Status'];
		rows = finderDimensions(office)
			.filter((item) => includeHidden || item.status === 'active')
			.filter((item) => !options.has('dimtype') || item.type === options.get('dimtype'))
			.filter((item) => !options.has('level') || twinfieldDimensionTypes[item.type].level === Number(options.get('level')))
			.filter((item) => !options.has('group') || globMatch(options.get('group') ?? '', item.group ?? ''))
			.filter((item) => !options.has('matchtype') || item.type === options.get('matchtype'))
			.filter((item) => !options.has('modifiedsince') || item.modified >= (options.get('modifiedsince') ?? '').padEnd(14, '0'))
			.filter((item) => matches(field, pattern, item.code, item.name, item.bankAccounts, item.addressWords))
			.sort((a, b) => a.code.localeCompare(b.code))
			.map((item) => (includeHidden ? [item.code, item.name, item.status] : [item.code, item.name]));
	}
	return { messages, data: { total: rows.length, columns, rows: rows.slice(firstRow - 1, firstRow - 1 + pageSize) } };
}

function matches(field: number, pattern: string, code: string, name: string, bankAccounts: string[] = [], addressWords: string[] = []): boolean {
	const candidates = [[code, name], [code], [name], bankAccounts, addressWords][field] ?? [];
	return candidates.some((candidate) => globMatch(pattern, candidate));
}

function dimOptionProblem(options: Map<string, string>, office: string, companies: readonly string[]): FinderMessage | undefined {
	if (office === '') return error('OptionMandatory', 'Option office is mandatory when no company is selected.', 'office');
	if (!companies.includes(office)) return error('NoAccessToOffice', `You have no access to office ${office}.`, office);
	const dimtype = options.get('dimtype');
	if (dimtype !== undefined && !twinfieldDimensionTypes[dimtype]) {
		return error('InvalidEnumerationOptionValue', `Value ${dimtype} is not valid for option dimtype.`, 'dimtype', dimtype);
	}
	const level = options.get('level');
	if (level !== undefined) {
		if (!/^\d+$/.test(level)) return error('InvalidIntegerOptionValue', `Value ${level} is not an integer for option level.`, 'level', level);
		if (Number(level) < 1 || Number(level) > 6) return error('OptionValueOutOfRange', `Value ${level} is out of range for option level.`, 'level', level);
	}
	const section = options.get('section');
	if (section !== undefined && !['financials', 'teq'].includes(section)) {
		return error('InvalidEnumerationOptionValue', `Value ${section} is not valid for option section.`, 'section', section);
	}
	const matchtype = options.get('matchtype');
	if (matchtype !== undefined && !['DEB', 'CRD'].includes(matchtype)) {
		return error('InvalidEnumerationOptionValue', `Value ${matchtype} is not valid for option matchtype.`, 'matchtype', matchtype);
	}
	const hidden = options.get('includehidden');
	if (hidden !== undefined && !['0', '1'].includes(hidden)) {
		return error('InvalidBooleanOptionValue', `Value ${hidden} is not a boolean for option includehidden.`, 'includehidden', hidden);
	}
	const since = options.get('modifiedsince');
	if (since !== undefined) {
		if (since.length !== 8 && since.length !== 14) {
			return error('InvalidDateTimeOptionLength', `Value ${since} has the wrong length for option modifiedsince.`, 'modifiedsince', since);
		}
		if (!/^\d+$/.test(since) || Number.isNaN(Date.parse(`${since.slice(0, 4)}-${since.slice(4, 6)}-${since.slice(6, 8)}`))) {
			return error('InvalidDateTimeOptionValue', `Value ${since} is not a date for option modifiedsince.`, 'modifiedsince', since);
		}
	}
	return undefined;
}

function searchResponse(result: FinderAnswer): XmlOut {
	const messages = result.messages.map((message) =>
		element('MessageOfErrorCodes', [
			leaf('Type', message.type),
			leaf('Text', message.text),
			leaf('Code', message.code),
			element('Parameters', message.parameters.map((parameter) => leaf('string', parameter))),
		]),
	);
	const children: XmlOut[] = [element('SearchResult', messages)];
	if (result.data) {
		children.push(
			element('data', [
				leaf('TotalRows', String(result.data.total)),
				element('Columns', result.data.columns.map((column) => leaf('string', column))),
				element('Items', result.data.rows.map((row) => element('ArrayOfString', row.map((cell) => leaf('string', cell))))),
			]),
		);
	}
	return element('SearchResponse', children, { xmlns: 'http://www.twinfield.com/' });
}
