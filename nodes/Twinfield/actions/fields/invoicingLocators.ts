/** The pickers invoicing shares: office, customer, article and VAT code, each from a list or by code. */
import type { INodeProperties } from 'n8n-workflow';

import { dimensionLocator } from './locators';

export { officeLocator } from './locators';

/** The customer of an invoice: from the office's customers, or by code. */
export const customerLocator: INodeProperties = dimensionLocator('customer', 'Customer', 'searchCustomers', '1000', 'The customer (debtor) the invoice is for');

export function articleLocator(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Article',
		name: 'article',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'The article (item) sold; it brings its price, units, VAT code and revenue account unless the line sets them',
		modes: [{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchArticles', searchable: true } }, { displayName: 'By Code', name: 'id', type: 'string', placeholder: 'CONSULT', hint: 'The article code, e.g. CONSULT' }],
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
		modes: [{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchVatCodes', searchable: true } }, { displayName: 'By Code', name: 'id', type: 'string', placeholder: 'VH', hint: 'The VAT code, e.g. VH' }],
		...extra,
	};
}

/** The value of a resource locator, or of a plain value given by an expression. */
export function locatorValue(value: unknown): string {
	if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value ?? '').trim();
	return value === undefined || value === null ? '' : String(value as string).trim();
}
