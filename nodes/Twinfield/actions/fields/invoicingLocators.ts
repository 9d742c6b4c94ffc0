/** The pickers invoicing shares: office, customer, invoice type, article, VAT code and revenue account, each from a list or by code. */
import type { INodeProperties } from 'n8n-workflow';

import { dimensionLocator } from './locators';

export { officeLocator } from './locators';

/** The customer of an invoice: from the office's customers, or by code. */
export const customerLocator: INodeProperties = dimensionLocator('customer', 'Customer', 'searchCustomers', '1000', 'The customer (debtor) the invoice is for');

export const invoiceTypeLocator: INodeProperties = {
	displayName: 'Invoice Type',
	name: 'invoiceType',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'id', value: 'FACTUUR' },
	description: "The invoice type, which sets the layout and numbering; Twinfield's standard type is FACTUUR",
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchInvoiceTypes', searchable: true } },
		{ displayName: 'By Code', name: 'id', type: 'string', placeholder: 'FACTUUR', hint: 'The invoice type code, e.g. FACTUUR' },
	],
};

/** The revenue account of a line: from the office's general ledger accounts, or by code. */
export const revenueAccountLocator: INodeProperties = {
	displayName: 'General Ledger Account',
	name: 'generalLedgerAccount',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: "The revenue account of the line; empty uses the article's",
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchGeneralLedgerAccounts', searchable: true } },
		{ displayName: 'By Code', name: 'id', type: 'string', placeholder: '8000', hint: 'The account code, e.g. 8000' },
	],
};

export function articleLocator(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Article',
		name: 'article',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'The article (item) sold; it brings its price, units, VAT code and revenue account unless the line sets them',
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchArticles', searchable: true } },
			{ displayName: 'By Code', name: 'id', type: 'string', placeholder: 'CONSULT', hint: 'The article code, e.g. CONSULT' },
		],
		...extra,
	};
}

export function vatCodeLocator(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'VAT Code',
		name: 'vatCode',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: "The sales VAT code of the line, e.g. VH for the high rate. Empty uses the article's VAT code.",
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchVatCodes', searchable: true } },
			{ displayName: 'By Code', name: 'id', type: 'string', placeholder: 'VH', hint: 'The VAT code, e.g. VH' },
		],
		...extra,
	};
}
