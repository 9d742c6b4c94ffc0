/** One poll of the 24SevenOffice Trigger. */
import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { pollEvent } from '../../shared/n8n/triggerPoll';
import { resources } from '../actions/resources';
import { tsoEvents } from './events';

export async function pollTwentyFourSevenOffice(poll: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	return await pollEvent(poll, tsoEvents, resources);
}
