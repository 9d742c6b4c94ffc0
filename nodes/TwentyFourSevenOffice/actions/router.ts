/** Sends each item to the chosen resource's operation, with what the run's items share. */
import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { runForEachItem } from '../../shared/items';
import { startRun } from '../run';
import type { TsoOperation } from './operation';
import * as session from './session/Session.resource';

const resources: Record<string, Record<string, TsoOperation>> = {
	session: session.operations,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const chosen = resources[resource]?.[operation];
	if (!chosen) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not known`, { itemIndex: 0 });
	}
	const run = await startRun(this);
	return await runForEachItem(this, async (itemIndex) => await chosen.execute(run, itemIndex));
}
