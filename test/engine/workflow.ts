/** Builds the workflow JSON that tests and the demo run: a start node, then steps in a row. */
import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';

import { PACKAGE } from './nodeTypes';
import type { WorkflowJson } from './runWorkflow';

export interface Step {
	name: string;
	/** `twinfield`, `twentyFourSevenOffice`, or a full type name. */
	type: string;
	parameters: INodeParameters;
	/** Credential id in the store, for the node's credential type. */
	credential?: string;
	/** Continue On Fail: on the regular output, or on a separate error output. */
	continueOnFail?: boolean | 'errorOutput';
}

const CREDENTIAL_TYPES: Record<string, string> = {
	twinfield: 'twinfieldApi',
	twentyFourSevenOffice: 'twentyFourSevenOfficeApi',
	'test.soapRequest': 'twentyFourSevenOfficeApi',
};

export function chain(items: IDataObject[], ...steps: Step[]): WorkflowJson {
	const nodes: INode[] = [
		{ id: 'start', name: 'Start', type: 'test.items', typeVersion: 1, position: [0, 0], parameters: { items: JSON.stringify(items) } },
	];
	steps.forEach((step, index) => {
		const credentialType = CREDENTIAL_TYPES[step.type];
		const node: INode = {
			id: `step-${index}`,
			name: step.name,
			type: credentialType && !step.type.includes('.') ? `${PACKAGE}.${step.type}` : step.type,
			typeVersion: 1,
			position: [(index + 1) * 220, 0],
			parameters: step.parameters,
		};
		if (credentialType && step.credential) node.credentials = { [credentialType]: { id: step.credential, name: step.credential } };
		if (step.continueOnFail) node.onError = step.continueOnFail === 'errorOutput' ? 'continueErrorOutput' : 'continueRegularOutput';
		nodes.push(node);
	});
	const connections: WorkflowJson['connections'] = {};
	for (let i = 0; i < nodes.length - 1; i++) {
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	}
	return { name: steps.map((step) => step.name).join(' → '), nodes, connections };
}
