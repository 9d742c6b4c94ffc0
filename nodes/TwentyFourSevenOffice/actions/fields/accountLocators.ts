/** The Account and Tax Code resource locators: chosen from AccountService's lists, or given by number. */
import type { INodeProperties } from 'n8n-workflow';

export function accountLocator(name: string, displayName: string, description: string, required: boolean): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required,
		description,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchAccounts', searchable: true } },
			{
				displayName: 'By Number',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 3000',
				validation: [{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'An account number has digits only' } }],
			},
		],
	};
}

export function taxCodeLocator(name: string, description: string): INodeProperties {
	return {
		displayName: 'Tax Code',
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchTaxCodes', searchable: true } },
			{
				displayName: 'By Number',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 3',
				validation: [{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'A tax code number has digits only' } }],
			},
		],
	};
}
