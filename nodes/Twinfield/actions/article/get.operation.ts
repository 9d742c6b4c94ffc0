/** Article → Get: one article of an office by its code, with its sub-articles, prices and VAT code. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { soapOptionsField } from '../../../shared/n8n/options';
import { inputError } from '../../../shared/soap/errors';
import { officeOf, readRecord } from '../../helpers/officeRecords';
import { locatorValue } from '../../helpers/locatorValue';
import { articleLocator, officeLocator } from '../fields/invoicingLocators';
import { dimensionSessionProperties } from '../fields/dimensionSession';
import { articles } from './getMany.operation';

export const option: Operation['option'] = {
	name: 'Get',
	value: 'get',
	description: 'Get one article of an office by its code',
	action: 'Get an article',
};

export const properties: INodeProperties[] = [...dimensionSessionProperties, officeLocator, articleLocator({ required: true, description: 'The article to get' }), soapOptionsField];

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const office = officeOf(run, itemIndex);
	const code = locatorValue(run.context.getNodeParameter('article', itemIndex, ''));
	if (code === '') throw inputError(run.node, itemIndex, 'No article given', 'Choose the article from the list or enter its code, e.g. CONSULT.');
	return await readRecord(run, itemIndex, articles, office, code);
};
