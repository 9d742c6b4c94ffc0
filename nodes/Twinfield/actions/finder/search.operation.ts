/** Finder → Search: Twinfield's finder for one type, one item per row, the node turning the pages. */
import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { optionsField, readCallOptions } from '../../../shared/n8n/options';
import { answerErrorScope, type SoapResult } from '../../../shared/soap/call';
import { serviceError } from '../../../shared/soap/errors';
import { NO_SECRETS, type SecretMask } from '../../../shared/soap/serverText';
import { adviceFor, FINDER_PATH, FINDER_TYPES, readSearchResponse, searchFields, type FinderMessage, type FinderRequest } from '../../helpers/finder';
import { clusterAccess } from '../../transport/clusterAccess';
import { callCluster } from '../../transport/clusterCall';
import { twinfield } from '../../transport/service';
import { sessionSourceProperties } from '../fields/sessionSource';

export const option: Operation['option'] = {
	name: 'Search',
	value: 'search',
	description: "Search with Twinfield's finder (dimensions, offices, …) and output one item per row",
	action: 'Search with the Finder',
};

const forDimensions = { show: { finderType: ['DIM'] } };

export const properties: INodeProperties[] = [
	...sessionSourceProperties,
	{
		displayName: 'Type',
		name: 'finderType',
		type: 'options',
		options: FINDER_TYPES,
		default: 'DIM',
		description: 'What to search for',
	},
	{
		displayName: 'Pattern',
		name: 'pattern',
		type: 'string',
		default: '*',
		description: 'What to look for; * matches any text and ? one character, e.g. 10* for codes starting with 10',
	},
	{
		displayName: 'Search Field',
		name: 'searchField',
		type: 'options',
		options: [
			{ name: 'Code and Name', value: 0 },
			{ name: 'Code', value: 1 },
			{ name: 'Name', value: 2 },
			{ name: 'Bank Account Number (Dimensions Only)', value: 3 },
			{ name: 'Address Fields (Dimensions Only)', value: 4 },
		],
		default: 0,
		description: 'Where the pattern must match',
	},
	{
		displayName: 'Office',
		name: 'office',
		type: 'string',
		default: '',
		displayOptions: { hide: { finderType: ['OFF'] } },
		description: 'The office (company) code to search in. Empty uses the company selected for the session.',
	},
	{
		displayName: 'Dimension Type',
		name: 'dimensionType',
		type: 'options',
		displayOptions: forDimensions,
		options: [
			{ name: 'ACT — Activities', value: 'ACT' },
			{ name: 'Any', value: '' },
			{ name: 'AST — Assets', value: 'AST' },
			{ name: 'BAS — Balance Sheet Accounts', value: 'BAS' },
			{ name: 'CRD — Suppliers', value: 'CRD' },
			{ name: 'DEB — Customers', value: 'DEB' },
			{ name: 'KPL — Cost Centres', value: 'KPL' },
			{ name: 'PNL — Profit and Loss Accounts', value: 'PNL' },
			{ name: 'PRJ — Projects', value: 'PRJ' },
		],
		default: '',
	},
	{
		displayName: 'Level',
		name: 'level',
		type: 'number',
		displayOptions: forDimensions,
		typeOptions: { minValue: 0, maxValue: 6 },
		default: 0,
		description: 'Dimension level: 1 for general ledger accounts, 2 for customers, suppliers and cost centres, 3 for projects and assets. 0 means any.',
	},
	{
		displayName: 'Section',
		name: 'section',
		type: 'options',
		displayOptions: forDimensions,
		options: [
			{ name: 'Any', value: '' },
			{ name: 'Financials', value: 'financials' },
			{ name: 'Time & Expenses', value: 'teq' },
		],
		default: '',
	},
	{
		displayName: 'Modified Since',
		name: 'modifiedSince',
		type: 'dateTime',
		displayOptions: forDimensions,
		default: '',
		description: 'Only dimensions changed at or after this moment',
	},
	{
		displayName: 'Group',
		name: 'group',
		type: 'string',
		displayOptions: forDimensions,
		default: '',
		description: 'Only dimensions in this dimension group; wildcards allowed',
	},
	{
		displayName: 'Match Type',
		name: 'matchType',
		type: 'options',
		displayOptions: forDimensions,
		options: [
			{ name: 'Any', value: '' },
			{ name: 'Customers (DEB)', value: 'DEB' },
			{ name: 'Suppliers (CRD)', value: 'CRD' },
		],
		default: '',
	},
	{
		displayName: 'Include Hidden',
		name: 'includeHidden',
		type: 'boolean',
		displayOptions: forDimensions,
		default: false,
		description: 'Whether to include hidden dimensions too (adds a status column)',
	},
	{
		displayName: 'Other Finder Options',
		name: 'otherOptions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Finder Option',
		default: {},
		description: "Options of other finder types, as Twinfield's finder documentation names them (e.g. dim and finlevel for DMT)",
		options: [
			{
				displayName: 'Option',
				name: 'option',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		displayOptions: { show: { returnAll: [false] } },
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
	},
	optionsField([
		{
			displayName: 'Page Size',
			name: 'pageSize',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 100,
			description: 'Rows per finder request. Twinfield advises small pages (such as 25) for large administrations.',
		},
	]),
];

/** n8n's date-time value written the finder's way, yyyyMMddHHmmss, as the user entered it. */
function finderDate(value: string): string {
	const digits = value.replace(/[^0-9]/g, '').slice(0, 14);
	return digits.length >= 8 ? digits.padEnd(14, '0') : value;
}

function finderRequest(context: IExecuteFunctions, itemIndex: number): FinderRequest {
	const parameter = <T>(name: string, fallback: T) => context.getNodeParameter(name, itemIndex, fallback) as T;
	const type = parameter<string>('finderType', 'DIM');
	const options: Array<[string, string]> = [];
	const add = (name: string, value: string) => {
		if (value !== '' && !options.some(([existing]) => existing === name)) options.push([name, value]);
	};
	if (type !== 'OFF') add('office', String(parameter('office', '')).trim());
	if (type === 'DIM') {
		add('dimtype', parameter('dimensionType', ''));
		const level = Number(parameter('level', 0));
		if (level > 0) add('level', String(level));
		add('section', parameter('section', ''));
		const since = String(parameter('modifiedSince', '') ?? '');
		if (since) add('modifiedsince', finderDate(since));
		add('group', String(parameter('group', '')).trim());
		add('matchtype', parameter('matchType', ''));
		if (parameter('includeHidden', false)) add('includehidden', '1');
	}
	for (const extra of parameter<{ option?: Array<{ name: string; value: string }> }>('otherOptions', {}).option ?? []) {
		add(String(extra.name ?? '').trim(), String(extra.value ?? ''));
	}
	return { type, pattern: String(parameter('pattern', '*')), field: Number(parameter('searchField', 0)), options };
}

function finderError(context: IExecuteFunctions, itemIndex: number, errors: FinderMessage[], answer: Pick<SoapResult, 'mask'>) {
	const scope = answerErrorScope({ helpers: context.helpers, node: context.getNode(), itemIndex }, twinfield, 'Search', answer);
	const lines = errors.map((error) => `- ${error.text} (${error.code}${error.parameters.length ? `: ${error.parameters.join(', ')}` : ''}) ${adviceFor(error.code)}`);
	return serviceError(scope, `Twinfield's finder refused the search: ${errors[0].text}`, lines.join('\n'), {
		messages: errors.map((error) => ({ ...error })) as unknown as JsonObject[],
	});
}

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const functions = run.context;
	const options = readCallOptions(functions, itemIndex);
	const request = finderRequest(functions, itemIndex);
	const returnAll = functions.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Number.POSITIVE_INFINITY : Math.max(1, Number(functions.getNodeParameter('limit', itemIndex, 50)));
	const pageSize = Math.max(1, Math.floor(Number(functions.getNodeParameter('options.pageSize', itemIndex, 100)) || 100));
	const access = await clusterAccess(functions, itemIndex, run);
	const context = { helpers: functions.helpers, node: run.node, itemIndex };

	const rows: IDataObject[] = [];
	const notes = new Set<string>();
	let mask: SecretMask | undefined;
	let firstRow = 1;
	while (rows.length < limit) {
		const maxRows = Math.min(pageSize, limit - rows.length);
		const answer = await callCluster(context, access, { path: FINDER_PATH, operation: 'Search', fields: searchFields(request, firstRow, maxRows) }, options);
		mask = answer.mask;
		const page = readSearchResponse(answer.response);
		const errors = page.messages.filter((message) => message.type === 'Error');
		if (errors.length > 0) throw finderError(functions, itemIndex, errors, answer);
		for (const message of page.messages) notes.add(`${message.type}: ${message.text}${message.code ? ` (${message.code})` : ''}`);
		// One at a time: spreading a page of many rows would overflow the call stack.
		for (const row of page.rows.slice(0, limit - rows.length)) rows.push(row);
		firstRow += page.rows.length;
		if (page.rows.length === 0 || firstRow > page.total) break;
	}
	// A hint is shown to people: masked like an error.
	if (notes.size > 0) functions.addExecutionHints({ message: (mask ?? NO_SECRETS).apply(`Twinfield's finder says: ${[...notes].join('; ')}`), location: 'outputPane' });
	return rows;
};
