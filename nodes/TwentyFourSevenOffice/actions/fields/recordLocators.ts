/** Resource locators for 24SevenOffice records: from a searchable list, or by ID. */
import type { INodeProperties } from 'n8n-workflow';

function locator(displayName: string, name: string, searchListMethod: string, what: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod, searchable: true } },
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 10023',
				validation: [{ type: 'regex', properties: { regex: '^\\s*[0-9]+\\s*$', errorMessage: `A ${what} ID is a whole number` } }],
			},
		],
	};
}

/** A customer (a company of 24SevenOffice's CRM), listed by searchCustomers. */
export function customerLocator(description = 'The customer, chosen from the list or given by its ID'): INodeProperties {
	return locator('Customer', 'customer', 'searchCustomers', 'customer', description);
}

/** A product, listed by searchProducts. */
export function productLocator(description = 'The product, chosen from the list or given by its ID'): INodeProperties {
	return locator('Product', 'product', 'searchProducts', 'product', description);
}

/** A contact person, listed by searchContacts. */
export function contactLocator(description = 'The contact person, chosen from the list or given by its ID'): INodeProperties {
	return locator('Contact', 'contact', 'searchContacts', 'contact', description);
}
