/** The 24SevenOffice Trigger's fields: the event and where to start. */
import type { INodeProperties } from 'n8n-workflow';

import { eventField, eventSubtitle, startFromOptions } from '../../shared/n8n/triggerFields';
import { tsoEventOptions } from './eventOptions';

export const triggerProperties: INodeProperties[] = [eventField(tsoEventOptions, tsoEventOptions[0].value as string), startFromOptions];

export const triggerSubtitle = eventSubtitle(tsoEventOptions);
