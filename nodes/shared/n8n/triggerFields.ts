/** The fields both trigger nodes share: the Event list and Options → Start From. */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** The Event list, from the events a trigger offers. */
export function eventField(events: INodePropertyOptions[], defaultEvent: string): INodeProperties {
	return {
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		required: true,
		options: events,
		default: defaultEvent,
		description: 'Which new or changed records start the workflow',
	};
}

/** The canvas subtitle: the chosen event's name. */
export function eventSubtitle(events: INodePropertyOptions[]): string {
	const names = Object.fromEntries(events.map((event) => [String(event.value), event.name]));
	return `={{ (${JSON.stringify(names)})[$parameter["event"]] }}`;
}

export const startFromOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Start From',
			name: 'startFrom',
			type: 'dateTime',
			default: '',
			description:
				'Also put out the records changed since this date when the workflow is activated. Without it, the trigger starts from the moment of activation.',
		},
	],
};
