/** Article → Get Many: the articles (items) of an office, each with its sub-articles, prices and VAT code. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { articleRecord } from '../../helpers/articleRecord';
import { listRecords, type RecordKind } from '../../helpers/officeRecords';
import { officeListFields } from '../fields/officeListFields';

export const option: Operation['option'] = {
	name: 'Get Many',
	value: 'getMany',
	description: 'List the articles of an office with their prices, units and VAT code',
	action: 'Get many articles',
};

export const properties: INodeProperties[] = officeListFields('articles', 'CON* for codes starting with CON', 'Twinfield lists articles by code and name only, so each article is then read: one request per article.');

export const articles: RecordKind = {
	finderType: 'ART',
	readType: 'article',
	label: 'article',
	record: (root) => articleRecord(root),
};

export const execute: Operation['execute'] = async function (run, itemIndex) {
	return await listRecords(run, itemIndex, articles);
};
