/** The 24SevenOffice node's fields and canvas subtitle, assembled from its resources. */
/*
 * The build stores them as data, so that n8n's start reads them without
 * loading the operations.
 */
import type { INodeProperties } from 'n8n-workflow';

import { operationProperties, operationSubtitle } from '../shared/n8n/operation';
import { resources } from './actions/resources';

export const properties: INodeProperties[] = operationProperties(resources, 'session');

export const subtitle = operationSubtitle(resources);
