/** One poll of the Twinfield Trigger. */
import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { pollEvent } from '../../shared/n8n/triggerPoll';
import { resources } from '../actions/resources';
import { twinfieldEvents } from './events';

export async function pollTwinfield(poll: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	return await pollEvent(poll, twinfieldEvents, resources);
}
