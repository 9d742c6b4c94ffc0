/** The Service resource: calling 24SevenOffice's services beyond the session ones. */
import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription, type TsoOperation } from '../operation';
import * as callService from './callService.operation';

export const operations: Record<string, TsoOperation> = {
	callService,
};

export const description: INodeProperties[] = resourceDescription('service', operations, 'callService');
