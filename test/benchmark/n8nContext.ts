/**
 * The execute context n8n-core gives a node, built outside a workflow run: its
 * `helpers.httpRequest` is n8n's own request helper, the transport the pack uses.
 */
import type { IExecuteFunctions } from 'n8n-workflow';
import { createRunExecutionData } from 'n8n-workflow';

import type { CredentialStore } from '../engine/credentialsHelper';
import { additionalData, n8nCore, workflowOf, type WorkflowJson } from '../engine/runWorkflow';

/** The context of the workflow's second node (the one after Start), as the engine would create it. */
export function executeContext(workflowJson: WorkflowJson, credentials: CredentialStore): IExecuteFunctions {
	const workflow = workflowOf(workflowJson);
	const node = workflowJson.nodes[1];
	const inputData = { main: [[{ json: {} }]] };
	return new n8nCore.ExecuteContext(
		workflow,
		node,
		additionalData(credentials, workflowJson),
		'manual',
		createRunExecutionData({}),
		0,
		inputData.main[0],
		inputData,
		{ node, data: inputData, source: null },
		[],
	);
}
