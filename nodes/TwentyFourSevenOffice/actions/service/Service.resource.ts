/** The Service resource: calling 24SevenOffice's services beyond the session ones. */
import type { INodeProperties } from 'n8n-workflow';

import { soapOptions } from '../../../shared/nodeOptions';
import type { TsoOperation } from '../operation';
import * as callService from './callService.operation';

export const operations: Record<string, TsoOperation> = {
	callService,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['service'] } },
		options: Object.values(operations).map((operation) => operation.option),
		default: 'callService',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { resource: ['service'] } },
		options: soapOptions,
	},
];
