/** Polls a trigger node the way n8n does for an active workflow or Fetch Test Event: n8n-core's PollContext and TriggersAndPollers, static data kept between polls. */
import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';

import type { CredentialStore } from './credentialsHelper';
import { PACKAGE } from './nodeTypes';
import { additionalData, n8nCore, workflowOf, type WorkflowJson } from './runWorkflow';

export interface TriggerPoller {
	/** One poll of the active workflow: the items it starts a run with, or [] when it starts none. */
	poll(): Promise<IDataObject[]>;
	/** Fetch Test Event in the editor. */
	fetchTestEvent(): Promise<IDataObject[]>;
	/** The trigger's node static data, as n8n stores it between polls. */
	staticData(): IDataObject;
}

/**
 * A trigger node of ours (`twinfieldTrigger`, `twentyFourSevenOfficeTrigger`)
 * in a workflow of its own, its credential stored as `test`.
 */
export function triggerPoller(type: string, credentialType: string, credential: object, parameters: INodeParameters): TriggerPoller {
	const node: INode = {
		id: 'trigger',
		name: 'Trigger',
		type: `${PACKAGE}.${type}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { [credentialType]: { id: 'test', name: 'test' } },
	};
	const workflowJson: WorkflowJson = { name: 'trigger', nodes: [node], connections: {} };
	const store: CredentialStore = { [credentialType]: { test: credential as never } };
	// One workflow for all polls, as an active workflow stays loaded: its static data carries over.
	const workflow = workflowOf(workflowJson, {});
	const pollers = new n8nCore.TriggersAndPollers();
	const run = async (mode: 'trigger' | 'manual') => {
		const context = new n8nCore.PollContext(workflow, node, additionalData(store, workflowJson), mode, mode === 'manual' ? 'manual' : 'activate');
		const output = await pollers.runPollFunction(workflow, node, context);
		return output === null ? [] : output[0].map((item) => item.json);
	};
	return {
		poll: async () => await run('trigger'),
		fetchTestEvent: async () => await run('manual'),
		staticData: () => workflow.getStaticData('node', node),
	};
}
