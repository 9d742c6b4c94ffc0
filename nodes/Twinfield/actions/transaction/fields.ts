/** Fields the transaction operations share: the office, the daybook, and references to dimensions by list or by code. */
import type { INodeProperties } from 'n8n-workflow';

import { officeLocator } from '../fields/locators';

/** The office, from a searchable list or by code. */
export const officeField: INodeProperties = {
	...officeLocator,
	description: 'The Twinfield office (administration) the transactions are in',
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
