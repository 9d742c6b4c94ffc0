/** Article → Get Many: the articles (items) of an office, each with its sub-articles, prices and VAT code. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { soapOptionsField } from '../../../shared/n8n/options';
import { returnAllFields } from '../../../shared/n8n/returnAll';
import { articleRecord } from '../../helpers/articleRecord';
import { listRecords, type RecordKind } from '../../helpers/officeRecords';
import { officeLocator } from '../fields/invoicingLocators';
import { dimensionSessionProperties } from '../fields/dimensionSession';

export const option: Operation['option'] = {
	name: 'Get Many',
	value: 'getMany',
	description: 'List the articles of an office with their prices, units and VAT code',
	action: 'Get many articles',
};

export const properties: INodeProperties[] = [
	...dimensionSessionProperties,
	officeLocator,
	{
		displayName: 'Search Pattern',
		name: 'pattern',
		type: 'string',
		default: '*',
		description: 'Only articles whose code or name matches; * matches any text and ? one character, e.g. CON* for codes starting with CON',
	},
	...returnAllFields({ hint: 'Twinfield lists articles by code and name only, so each article is then read: one request per article.' }),
	soapOptionsField,
];

export const articles: RecordKind = {
	finderType: 'ART',
	readType: 'article',
	label: 'article',
	record: (root) => articleRecord(root),
};

export const execute: Operation['execute'] = async function (run, itemIndex) {
	return await listRecords(run, itemIndex, articles);
};
