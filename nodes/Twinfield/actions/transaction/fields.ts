/** Fields the transaction operations share: the office, the daybook, and references to dimensions by list or by code. */
import type { INodeProperties } from 'n8n-workflow';

export const officeField: INodeProperties = {
	displayName: 'Office Name or ID',
	name: 'office',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCompanies' },
	required: true,
	default: '',
	description:
		'The Twinfield office (administration) the transactions are in. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** A dimension chosen from a searchable list, or given by its code. */
export function dimensionLocator(displayName: string, name: string, searchListMethod: string, description: string, placeholder: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod, searchable: true } },
			{ displayName: 'By Code', name: 'id', type: 'string', placeholder },
		],
	};
}

/** The code a resource locator holds (its value), or the text of a plain field. */
export function locatorCode(value: unknown): string {
	if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value ?? '').trim();
	return String(value ?? '').trim();
}
