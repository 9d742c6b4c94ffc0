/**
 * Runs a workflow JSON through n8n-core's WorkflowExecute, the same engine the
 * n8n server uses, with credentials from a plain map. Requests go out through
 * n8n's real HTTP helpers.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import type { IConnections, IDataObject, INode, INodeExecutionData, IRun, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';

import { MapCredentialsHelper, type CredentialStore } from './credentialsHelper';
import { nodeTypes } from './nodeTypes';

// n8n-core writes its settings into the user folder: keep them out of the home folder.
if (!process.env.N8N_USER_FOLDER) {
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-engine-'));
	process.env.N8N_USER_FOLDER = userFolder;
	process.on('exit', () => fs.rmSync(userFolder, { recursive: true, force: true }));
}
process.env.N8N_ENCRYPTION_KEY ??= 'engine-tests-only';
// Errors are asserted on, not printed.
process.env.N8N_LOG_LEVEL ??= 'silent';

// Loaded after N8N_USER_FOLDER is set.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require('n8n-core') as typeof import('n8n-core');

/** n8n-core, loaded with the settings above. */
export const n8nCore = core;

export interface WorkflowJson {
	name?: string;
	nodes: INode[];
	connections: IConnections;
}

export interface WorkflowRun {
	run: IRun;
	/** Output items of a node's output (the first by default) on its last run. */
	output(nodeName: string, outputIndex?: number): INodeExecutionData[];
	json(nodeName: string): IDataObject[];
	/** The error that stopped the workflow, if any. */
	error?: Error & { description?: string; context?: IDataObject; httpCode?: string | null };
}

export function additionalData(store: CredentialStore, workflow: WorkflowJson): IWorkflowExecuteAdditionalData {
	const hooks = new core.ExecutionLifecycleHooks('manual', 'test-execution', {
		id: 'test-workflow',
		name: workflow.name ?? 'test',
		nodes: workflow.nodes,
		connections: workflow.connections,
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	return {
		credentialsHelper: new MapCredentialsHelper(store),
		hooks,
		executionId: 'test-execution',
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		formBaseUrl: 'http://127.0.0.1:5678/form',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		mcpBaseUrl: 'http://127.0.0.1:5678/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1:5678/mcp-test',
		variables: {},
		userId: 'test-user',
		executeWorkflow: async () => {
			throw new Error('sub-workflows are not used here');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		logAiEvent: async () => {},
		startRunnerTask: async () => {
			throw new Error('task runners are not used here');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** The workflow as n8n-core holds it, with this pack's node types; `staticData` is what nodes keep between runs. */
export function workflowOf(workflowJson: WorkflowJson, staticData: IDataObject = {}): Workflow {
	return new Workflow({
		id: 'test-workflow',
		name: workflowJson.name,
		nodes: workflowJson.nodes,
		connections: workflowJson.connections,
		active: false,
		nodeTypes,
		staticData,
		settings: { executionOrder: 'v1' },
	});
}

/**
 * Runs the workflow from its first node, which gets one empty item. Pass the same
 * `staticData` object to several runs to keep what nodes store between runs.
 */
export async function runWorkflow(
	workflowJson: WorkflowJson,
	credentials: CredentialStore = {},
	staticData: IDataObject = {},
): Promise<WorkflowRun> {
	const workflow = workflowOf(workflowJson, staticData);
	const startNode = workflowJson.nodes[0];
	const runData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: startNode, data: { main: [[{ json: {} }]] }, source: null }],
		},
	});
	const execute = new core.WorkflowExecute(additionalData(credentials, workflowJson), 'manual', runData);
	const run = await execute.processRunExecutionData(workflow);
	const output = (nodeName: string, outputIndex = 0): INodeExecutionData[] => {
		const tasks = run.data.resultData.runData[nodeName];
		if (!tasks?.length) return [];
		return tasks[tasks.length - 1].data?.main?.[outputIndex] ?? [];
	};
	return {
		run,
		output,
		json: (nodeName) => output(nodeName).map((item) => item.json),
		error: run.data.resultData.error as WorkflowRun['error'],
	};
}

/** The context n8n gives a node's loadOptions method when the editor opens a dropdown of `nodeName`. */
export function loadOptionsContext(workflowJson: WorkflowJson, nodeName: string, credentials: CredentialStore = {}) {
	const workflow = workflowOf(workflowJson);
	const node = workflowJson.nodes.find((item) => item.name === nodeName);
	if (!node) throw new Error(`No node ${nodeName}`);
	const data = { ...additionalData(credentials, workflowJson), currentNodeParameters: node.parameters };
	return new core.LoadOptionsContext(workflow, node, data, 'parameters.company');
}
