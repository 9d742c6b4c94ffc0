/** The per-item loop every operation shares: pairedItem, Continue On Fail, the item index on errors. */
import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INode,
	type INodeExecutionData,
} from 'n8n-workflow';

/** Returns the item's output: one object, or several (e.g. one per identity). */
export type ItemHandler = (itemIndex: number, item: INodeExecutionData) => Promise<IDataObject | IDataObject[]>;

function withItemIndex(node: INode, error: unknown, itemIndex: number): Error {
	if (error instanceof Error && 'context' in error && typeof error.context === 'object' && error.context) {
		(error.context as IDataObject).itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/** `node` is the node being run, fetched once for all items: n8n copies it on every `getNode()` call. */
export async function runForEachItem(
	context: IExecuteFunctions,
	node: INode,
	handler: ItemHandler,
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const result = await handler(itemIndex, items[itemIndex]);
			for (const json of Array.isArray(result) ? result : [result]) {
				output.push({ json, pairedItem: { item: itemIndex } });
			}
		} catch (caught) {
			output.push(failedItem(context, node, caught, itemIndex));
		}
	}
	return [output];
}

/** The error item Continue On Fail puts out for a failed input item; without it, the error itself is thrown. */
function failedItem(context: IExecuteFunctions, node: INode, caught: unknown, itemIndex: number): INodeExecutionData {
	const error = withItemIndex(node, caught, itemIndex);
	if (!context.continueOnFail()) throw error;
	// Only `error` and `details`: n8n routes such items to the error output when one is set.
	const json: IDataObject = { error: error.message };
	const description = (error as { description?: unknown }).description;
	if (typeof description === 'string' && description) json.details = description;
	return { json, pairedItem: { item: itemIndex } };
}

/**
 * Hands all input items to `handler` at once and puts out one outcome per
 * item, in order, with the same pairedItem and Continue On Fail as
 * `runForEachItem`. If `handler` itself fails, every item fails with it.
 */
export async function runAllItems(
	context: IExecuteFunctions,
	node: INode,
	handler: (items: INodeExecutionData[]) => Promise<Array<IDataObject | IDataObject[] | Error>>,
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	let outcomes: Array<IDataObject | IDataObject[] | Error>;
	try {
		outcomes = await handler(items);
	} catch (caught) {
		outcomes = items.map(() => caught as Error);
	}
	if (outcomes.length !== items.length) {
		throw new NodeOperationError(node, `The operation answered ${outcomes.length} results for ${items.length} items`, {
			description: 'This is a fault in the node. Please report it.',
		});
	}
	const output: INodeExecutionData[] = [];
	outcomes.forEach((outcome, itemIndex) => {
		if (outcome instanceof Error) {
			output.push(failedItem(context, node, outcome, itemIndex));
			return;
		}
		for (const json of Array.isArray(outcome) ? outcome : [outcome]) output.push({ json, pairedItem: { item: itemIndex } });
	});
	return [output];
}

/**
 * Runs `work` once per distinct key within one execution and hands every caller
 * the same outcome, failure included. Used where repeating a call per item would
 * do harm, such as a second Twinfield logon ending the first session.
 */
export function oncePerKey<T>(): (key: string, work: () => Promise<T>) => Promise<T> {
	const results = new Map<string, Promise<T>>();
	return async (key, work) => {
		let result = results.get(key);
		if (!result) {
			result = work();
			results.set(key, result);
		}
		return await result;
	};
}
