/** Runs the selected operation for every input item. */
import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { oncePerKey, runForEachItem } from '../../shared/items';
import type { OperationRun } from './operation';
import { resources } from './resources';

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = resources[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operationName}" of "${resource}" is not known`, {
			description: 'Open the node and choose the operation again.',
		});
	}
	const once = oncePerKey<unknown>();
	const run: OperationRun = { once: async <T>(key: string, work: () => Promise<T>) => (await once(key, work)) as T, node: this.getNode() };
	return await runForEachItem(this, async (itemIndex, item) => await operation.execute.call(this, itemIndex, item, run));
}
