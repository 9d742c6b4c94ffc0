/** Every resource of the Twinfield node, by its parameter value. */
import type { INodeProperties } from 'n8n-workflow';

import { resourceProperties, type Resource } from './operation';
import * as session from './session/Session.resource';

export const resources: Record<string, Resource> = { session };

export const resourceParameter: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [{ name: 'Session', value: 'session' }],
	default: 'session',
};

export const operationProperties: INodeProperties[] = [...resourceProperties('session', session, 'logOn')];
