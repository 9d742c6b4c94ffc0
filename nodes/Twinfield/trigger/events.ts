/** The Twinfield Trigger's events: which resource operation lists each one's changes, and how to read a change from its records. */
import type { TriggerEvent } from '../../shared/n8n/triggerEvent';

export const twinfieldEvents: Record<string, TriggerEvent> = {};
