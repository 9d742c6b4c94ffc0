/** Transaction → Create: one Twinfield transaction per item, sent in batches of 25, each answered as Twinfield saved it. */
import type { INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { BatchOperation, ItemOutcome, OperationRun } from '../../../shared/n8n/operation';
import { optionsField } from '../../../shared/n8n/options';
import { transactionJson } from '../../helpers/transactionRead';
import { transactionXml } from '../../helpers/transactionXml';
import { saveBatch, type BatchDocument } from '../../transport/saveBatch';
import { sessionSourceProperties } from '../fields/sessionSource';
import { dimensionLocator } from '../fields/locators';
import { officeField, optionalDimension } from './fields';
import { readTransactionInput } from './transactionInput';

export const option: BatchOperation['option'] = {
	name: 'Create',
	value: 'create',
	description: 'Book a journal, sales or purchase transaction in Twinfield, provisional unless Final is chosen',
	action: 'Create a transaction',
};

const salesOrPurchase = { show: { daybookType: ['sales', 'purchase'] } };

export const properties: INodeProperties[] = [
	...sessionSourceProperties,
	officeField,
	{
		displayName: 'Daybook Type',
		name: 'daybookType',
		type: 'options',
		options: [
			{ name: 'Journal (MEMO)', value: 'journal', description: 'A memorial entry: detail lines only' },
			{ name: 'Purchase (INK)', value: 'purchase', description: 'A purchase invoice: one line on the supplier (the gross amount) and cost lines' },
			{ name: 'Sales (VRK)', value: 'sales', description: 'A sales invoice: one line on the customer (the gross amount) and revenue lines' },
		],
		default: 'journal',
		description: 'What kind of transaction this is; it decides how the lines are read',
	},
	{
		displayName: 'Daybook Code',
		name: 'daybookCode',
		type: 'string',
		default: '',
		placeholder: 'VRK',
		description: "The daybook (transaction type) code in Twinfield. Leave empty for the usual code of the daybook type: MEMO, VRK or INK.",
	},
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The transaction date; Twinfield takes the period from it unless Period is set',
	},
	{
		displayName: 'Invoice Number',
		name: 'invoiceNumber',
		type: 'string',
		required: true,
		default: '',
		displayOptions: salesOrPurchase,
		description: 'The invoice number of the sales or purchase invoice',
	},
	{
		displayName: 'Due Date',
		name: 'dueDate',
		type: 'dateTime',
		default: '',
		displayOptions: salesOrPurchase,
		description: 'When the invoice must be paid. Empty lets Twinfield take the payment term of the customer or supplier.',
	},
	{
		displayName: 'Lines',
		name: 'lines',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line',
		default: {},
		description: 'The lines of the transaction; debit and credit must balance',
		options: [
			{
				displayName: 'Line',
				name: 'line',
				values: [
					dimensionLocator('glAccount', 'General Ledger Account', 'searchGeneralLedgerAccounts', '8000', 'The general ledger account of the line, e.g. 8000 for revenue or 1300 for debtors'),
					optionalDimension('customer', 'Customer', 'searchCustomers', '1000', 'The customer of the line (on the debtors account, e.g. 1300); in a sales transaction this line holds the invoice total'),
					optionalDimension('supplier', 'Supplier', 'searchSuppliers', '2000', 'The supplier of the line (on the creditors account, e.g. 1600); in a purchase transaction this line holds the invoice total'),
					{
						displayName: 'Amount',
						name: 'amount',
						type: 'number',
						typeOptions: { numberPrecision: 2, minValue: 0 },
						default: 0,
						description: 'The amount, positive, with at most two decimals; Debit or Credit gives the side',
					},
					{
						displayName: 'Cost Centre',
						name: 'costCentre',
						type: 'string',
						default: '',
						description: 'The cost centre code, on a profit and loss line',
					},
					{
						displayName: 'Debit or Credit',
						name: 'debitCredit',
						type: 'options',
						options: [
							{ name: 'Debit', value: 'debit' },
							{ name: 'Credit', value: 'credit' },
						],
						default: 'debit',
						description: 'Which side of the account the amount is on',
					},
					{
						displayName: 'Description',
						name: 'description',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Project',
						name: 'project',
						type: 'string',
						default: '',
						description: 'The project code, on a profit and loss line',
					},
					{
						displayName: 'VAT Code',
						name: 'vatCode',
						type: 'string',
						default: '',
						placeholder: 'VH',
						description: 'The VAT code of a revenue or cost line, e.g. VH (sales, high rate) or IH (purchase, high rate); Twinfield adds the VAT lines',
					},
				],
			},
		],
	},
	{
		displayName: 'Save As',
		name: 'saveAs',
		type: 'options',
		options: [
			{ name: 'Provisional (Draft)', value: 'temporary', description: 'Saved for review: it can still be changed or deleted in Twinfield' },
			{ name: 'Final', value: 'final', description: 'Booked for good: it can no longer be changed' },
		],
		default: 'temporary',
		description: 'Whether Twinfield keeps the transaction provisional for a person to check, or books it final',
	},
	optionsField([
		{
			displayName: 'Period',
			name: 'period',
			type: 'string',
			default: '',
			placeholder: '2026/02',
			description: 'The period as YYYY/PP, when it is not the one of the date, e.g. 2026/00 for an opening balance or 2026/55 for year-end entries',
		},
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: 'EUR',
			description: 'The currency code of the amounts',
		},
		{
			displayName: 'Save Despite Warnings',
			name: 'allowWarnings',
			type: 'boolean',
			default: false,
			description: 'Whether to save when Twinfield only warns (raisewarning="false"); by default a warning stops the save',
		},
	]),
];

export const executeBatch: BatchOperation['executeBatch'] = async function (run: OperationRun, items: INodeExecutionData[]) {
	const outcomes: ItemOutcome[] = new Array(items.length);
	const documents: BatchDocument[] = [];
	items.forEach((_item, itemIndex) => {
		try {
			const input = readTransactionInput(run.context, run.node, itemIndex);
			documents.push({ itemIndex, xml: transactionXml(input), office: input.office });
		} catch (error) {
			outcomes[itemIndex] = error as Error;
		}
	});
	// Twinfield paths inside a transaction keep their line numbers: "lines/line[2]/dim1".
	const saved = await saveBatch(run, 'transactions', documents, { noun: () => 'transaction' });
	saved.forEach((outcome, position) => {
		const { itemIndex } = documents[position];
		if (outcome instanceof Error) {
			outcomes[itemIndex] = outcome;
			return;
		}
		const record = transactionJson(outcome.element);
		if (outcome.warnings.length > 0) record.warnings = outcome.warnings.map((warning) => ({ ...warning }));
		outcomes[itemIndex] = record;
	});
	return outcomes;
};
