/** Runs the chosen resource's operation over every input item, with the state the run's items share. */
import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { oncePerKey, runAllItems, runForEachItem } from './items';
import type { OperationRun, Resource } from './operation';
import { runsAsTool, withoutSecrets } from './toolOutput';

export async function route(context: IExecuteFunctions, resources: Resource[]): Promise<INodeExecutionData[][]> {
	const resourceName = context.getNodeParameter('resource', 0) as string;
	const operationName = context.getNodeParameter('operation', 0) as string;
	const resource = resources.find((candidate) => candidate.value === resourceName);
	const operation = resource && Object.hasOwn(resource.operations, operationName) ? resource.operations[operationName] : undefined;
	if (!operation) {
		throw new NodeOperationError(context.getNode(), `The operation "${operationName}" of "${resourceName}" is not known`, {
			description: 'Open the node and choose the operation again.',
			itemIndex: 0,
		});
	}
	const node = context.getNode();
	const once = oncePerKey<unknown>();
	const run: OperationRun = { context, node, once: async <T>(key: string, work: () => Promise<T>) => (await once(key, work)) as T };
	const output =
		'executeBatch' in operation
			? await runAllItems(context, node, async (items) => await operation.executeBatch(run, items))
			: await runForEachItem(context, node, async (itemIndex, item) => await operation.execute(run, itemIndex, item));
	// A tool's output goes to a language model: sessions and tokens stay out of it.
	return runsAsTool(node) ? withoutSecrets(output) : output;
}
