/** Resource locators: the office, and a dimension chosen from a searchable list or typed as a code. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/soap/errors';

export const officeLocator: INodeProperties = {
	displayName: 'Office',
	name: 'office',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The Twinfield office (administration) to work in',
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchOffices', searchable: true } },
		{ displayName: 'By Code', name: 'id', type: 'string', placeholder: 'e.g. 001' },
	],
};

/** A dimension of one kind: from a list searched in the chosen office, or by its code. */
export function dimensionLocator(name: string, displayName: string, searchListMethod: string, example: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod, searchable: true } },
			{ displayName: 'By Code', name: 'id', type: 'string', placeholder: `e.g. ${example}` },
		],
	};
}

/** A locator's or text field's value, trimmed; an input error naming the field when it is empty. */
export function requiredValue(context: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	const raw = context.getNodeParameter(name, itemIndex, '', { extractValue: true }) as unknown;
	const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
	if (value === '') throw inputError(context.getNode(), itemIndex, `${label} is empty`, `Choose the ${label.toLowerCase()} from the list or enter its code.`);
	return value;
}
