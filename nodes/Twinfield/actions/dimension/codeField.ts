/** The field that names one dimension of a kind: a locator where the node can list them, else a code. */
import type { INodeProperties } from 'n8n-workflow';

import { dimensionLocator } from '../fields/locators';
import type { DimensionKind } from './kinds';

export function codeField(kind: DimensionKind): INodeProperties {
	const description = `The ${kind.noun} to use, by its code in the office`;
	if (kind.searchMethod) return dimensionLocator(kind.parameter, kind.label, kind.searchMethod, kind.example, description);
	return { displayName: kind.label, name: kind.parameter, type: 'string', required: true, default: '', placeholder: `e.g. ${kind.example}`, description };
}
