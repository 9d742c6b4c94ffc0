/** The fields of Sales Invoice → Create, and one item's invoice read from them. */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationRun } from '../../../shared/n8n/operation';
import { linesFromJson, type InvoiceInput, type InvoiceLineInput } from '../../helpers/salesInvoiceMessage';
import { locatorValue } from '../../helpers/locatorValue';
import { articleLocator, customerLocator, invoiceTypeLocator, officeLocator, revenueAccountLocator, vatCodeLocator } from '../fields/invoicingLocators';

export const createProperties: INodeProperties[] = [
	officeLocator,
	invoiceTypeLocator,
	customerLocator,
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Concept', value: 'concept', description: 'A draft that can still be changed in Twinfield' },
			{ name: 'Final', value: 'final', description: 'Final and posted to the books as a sales transaction; it cannot be changed any more' },
		],
		default: 'concept',
		description: 'Whether to save the invoice as a draft or make it final at once',
	},
	{
		displayName: 'Lines Input',
		name: 'linesInput',
		type: 'options',
		options: [
			{ name: 'Define Below', value: 'fields', description: 'Enter the lines in the fields below' },
			{ name: 'JSON', value: 'json', description: 'Give the lines as a JSON array, e.g. from the input item' },
		],
		default: 'fields',
	},
	{
		displayName: 'Lines',
		name: 'lines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line',
		default: {},
		displayOptions: { show: { linesInput: ['fields'] } },
		description: 'The invoice lines: one article each',
		options: [
			{
				displayName: 'Line',
				name: 'line',
				values: [
					articleLocator(),
					{ displayName: 'Cost Centre', name: 'costCentre', type: 'string', default: '', description: 'A cost centre code to book the revenue on' },
					{ displayName: 'Description', name: 'description', type: 'string', default: '', description: "The line's text on the invoice; empty uses the article's name" },
					revenueAccountLocator,
					{ displayName: 'Price', name: 'price', type: 'string', default: '', description: "Price per unit excluding VAT, as a number with a dot for decimals; empty uses the article's" },
					{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { numberPrecision: 4 }, default: 1, description: 'How many of the article' },
					{ displayName: 'Sub-Article', name: 'subArticle', type: 'string', default: '', description: "The article's sub-article code; empty uses its first" },
					{ displayName: 'Units', name: 'units', type: 'string', default: '', description: "Units per quantity, as a number; empty uses the article's" },
					vatCodeLocator(),
				],
			},
		],
	},
	{
		displayName: 'Lines (JSON)',
		name: 'linesJson',
		type: 'json',
		default: '[{"article": "CONSULT", "quantity": 1}]',
		displayOptions: { show: { linesInput: ['json'] } },
		description:
			'An array of lines; each takes article, subArticle, quantity, units, price, vatCode, description, generalLedgerAccount and costCentre. Only article is required.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'EUR', description: "Three-letter currency code; empty uses the office's" },
			{ displayName: 'Due Date', name: 'dueDate', type: 'dateTime', default: '', description: "When the invoice must be paid; empty uses the customer's payment terms" },
			{ displayName: 'Footer Text', name: 'footerText', type: 'string', default: '', description: 'Text printed below the lines' },
			{ displayName: 'Header Text', name: 'headerText', type: 'string', default: '', description: 'Text printed above the lines' },
			{ displayName: 'Invoice Date', name: 'invoiceDate', type: 'dateTime', default: '', description: 'The date of the invoice; empty uses today' },
			{ displayName: 'Period', name: 'period', type: 'string', default: '', placeholder: '2026/03', description: 'The book period as year/period; empty derives it from the invoice date' },
		],
	},
];

/** One item's invoice as entered; checked when its XML is written. */
export function invoiceInput(run: OperationRun, itemIndex: number): InvoiceInput {
	const parameter = (name: string, fallback: unknown = '') => run.context.getNodeParameter(name, itemIndex, fallback);
	const lines =
		parameter('linesInput', 'fields') === 'json'
			? linesFromJson(run.node, itemIndex, parameter('linesJson', '[]'))
			: (((parameter('lines', {}) as { line?: InvoiceLineInput[] }).line ?? []) as InvoiceLineInput[]);
	const given = parameter('additionalFields', {}) as Record<string, unknown>;
	// Text whatever an expression gave: a JavaScript date as ISO, a Luxon date writes itself as ISO.
	const asText = (value: unknown) => (value === undefined || value === null ? undefined : value instanceof Date ? value.toISOString() : String(value as string));
	const extra = Object.fromEntries(Object.entries(given).map(([name, value]) => [name, asText(value)]));
	return {
		office: locatorValue(parameter('office')),
		invoiceType: locatorValue(parameter('invoiceType', 'FACTUUR')),
		customer: locatorValue(parameter('customer')),
		status: String(parameter('status', 'concept')),
		lines,
		invoiceDate: extra.invoiceDate,
		dueDate: extra.dueDate,
		period: extra.period,
		currency: extra.currency,
		headerText: extra.headerText,
		footerText: extra.footerText,
	};
}
