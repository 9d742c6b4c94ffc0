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

/** The canvas subtitle: the selected operation's display name. */
export const operationSubtitle = `={{ ${JSON.stringify(
	Object.fromEntries(Object.values(resources).flatMap((operations) => Object.values(operations).map((operation) => [operation.option.value, operation.option.name]))),
)}[$parameter["operation"]] }}`;
