/** A trigger node's poll: the chosen event's changes, read with the node's resources. */
import { NodeOperationError, type INodeExecutionData, type IPollFunctions } from 'n8n-workflow';

import type { Resource } from './operation';
import { pollChanges } from './pollTrigger';
import { eventSource, type TriggerEvent } from './triggerEvent';

export async function pollEvent(poll: IPollFunctions, events: Record<string, TriggerEvent>, resources: Resource[]): Promise<INodeExecutionData[][] | null> {
	const name = poll.getNodeParameter('event', '') as string;
	const event = Object.hasOwn(events, name) ? events[name] : undefined;
	if (event === undefined) {
		throw new NodeOperationError(poll.getNode(), `The event "${name}" is not known`, { description: 'Open the trigger and choose the event again.' });
	}
	return await pollChanges(poll, eventSource(poll, resources, event));
}
