/** The Session resource: its operations, listed once, in the order the editor shows them. */
import type { INodeProperties } from 'n8n-workflow';

import { soapOptions } from '../../../shared/nodeOptions';
import type { TsoOperation } from '../operation';
import * as checkSession from './checkSession.operation';
import * as ensureSession from './ensureSession.operation';
import * as getIdentities from './getIdentities.operation';
import * as logIn from './logIn.operation';
import * as setIdentity from './setIdentity.operation';

export const operations: Record<string, TsoOperation> = {
	checkSession,
	ensureSession,
	getIdentities,
	logIn,
	setIdentity,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['session'] } },
		options: Object.values(operations).map((operation) => operation.option),
		default: 'ensureSession',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { resource: ['session'] } },
		options: soapOptions,
	},
];
