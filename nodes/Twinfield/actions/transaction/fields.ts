/** Fields the transaction operations share: the office, and optional references to dimensions by list or by code. */
import type { INodeProperties } from 'n8n-workflow';

import { dimensionLocator, officeLocator } from '../fields/locators';

/** The office, from a searchable list or by code. */
export const officeField: INodeProperties = {
	...officeLocator,
	description: 'The Twinfield office (administration) the transactions are in',
};

/** An optional dimension: from a list searched in the chosen office, or by its code. */
export function optionalDimension(name: string, displayName: string, searchListMethod: string, example: string, description: string): INodeProperties {
	return { ...dimensionLocator(name, displayName, searchListMethod, example, description), required: false };
}

/** The code a resource locator holds (its value), or the text of a plain field. */
export function locatorCode(value: unknown): string {
	if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value ?? '').trim();
	return String(value ?? '').trim();
}
