/** Every resource of the Twinfield node, by its parameter value. */
import type { INodeProperties } from 'n8n-workflow';

import { resourceProperties, type Resource } from './operation';
import * as finder from './finder/Finder.resource';
import * as session from './session/Session.resource';
import * as xml from './xml/XmlMessage.resource';

export const resources: Record<string, Resource> = { session, xml, finder };

export const resourceParameter: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Finder', value: 'finder' },
		{ name: 'Session', value: 'session' },
		{ name: 'XML Message', value: 'xml' },
	],
	default: 'session',
};

export const operationProperties: INodeProperties[] = [
	...resourceProperties('session', session, 'logOn'),
	...resourceProperties('xml', xml, 'processXml'),
	...resourceProperties('finder', finder, 'search'),
];

/** The canvas subtitle: the selected operation's display name. */
export const operationSubtitle = `={{ ${JSON.stringify(
	Object.fromEntries(Object.values(resources).flatMap((operations) => Object.values(operations).map((operation) => [operation.option.value, operation.option.name]))),
)}[$parameter["operation"]] }}`;
