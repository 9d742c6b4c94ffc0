/** The fields of a Get Many that lists an office's records by a Finder pattern and then reads each one. */
import type { INodeProperties } from 'n8n-workflow';

import { soapOptionsField } from '../../../shared/n8n/options';
import { returnAllFields } from '../../../shared/n8n/returnAll';
import { dimensionSessionProperties } from './dimensionSession';
import { officeLocator } from './invoicingLocators';

/** `plural` names the records (e.g. "VAT codes"), `example` a pattern with its meaning, `hint` what Return All costs. */
export function officeListFields(plural: string, example: string, hint: string): INodeProperties[] {
	return [
		...dimensionSessionProperties,
		officeLocator,
		{
			displayName: 'Search Pattern',
			name: 'pattern',
			type: 'string',
			default: '*',
			description: `Only ${plural} whose code or name matches; * matches any text and ? one character, e.g. ${example}`,
		},
		...returnAllFields({ hint }),
		soapOptionsField,
	];
}
