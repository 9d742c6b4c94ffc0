/** The router's batch path: one outcome per item, pairedItem, and Continue On Fail per item. */
import type { IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';

import type { BatchOperation, Resource } from '../../nodes/shared/n8n/operation';
import { route } from '../../nodes/shared/n8n/router';

const node: INode = { id: '1', name: 'Batch', type: 'test.batch', typeVersion: 1, position: [0, 0], parameters: {} };

function context(items: INodeExecutionData[], continueOnFail: boolean): IExecuteFunctions {
	const parameters: Record<string, string> = { resource: 'thing', operation: 'save' };
	return {
		getInputData: () => items,
		getNode: () => node,
		continueOnFail: () => continueOnFail,
		getNodeParameter: (name: string) => parameters[name],
	} as unknown as IExecuteFunctions;
}

function resources(executeBatch: BatchOperation['executeBatch']): Resource[] {
	const save: BatchOperation = { option: { name: 'Save', value: 'save', action: 'Save a thing' }, properties: [], executeBatch };
	return [{ name: 'Thing', value: 'thing', operations: { save }, defaultOperation: 'save' }];
}

const three: INodeExecutionData[] = [{ json: { n: 1 } }, { json: { n: 2 } }, { json: { n: 3 } }];

describe('a batch operation', () => {
	it('gets all items in one call and puts out each outcome paired with its item', async () => {
		const calls: number[] = [];
		const output = await route(
			context(three, false),
			resources(async (_run, items) => {
				calls.push(items.length);
				return [{ saved: 1 }, [{ saved: 2 }, { also: 2 }], { saved: 3 }];
			}),
		);
		expect(calls).toEqual([3]);
		expect(output[0]).toEqual([
			{ json: { saved: 1 }, pairedItem: { item: 0 } },
			{ json: { saved: 2 }, pairedItem: { item: 1 } },
			{ json: { also: 2 }, pairedItem: { item: 1 } },
			{ json: { saved: 3 }, pairedItem: { item: 2 } },
		]);
	});

	it('with Continue On Fail, a failed item becomes its error item and the others stay', async () => {
		const output = await route(context(three, true), resources(async () => [{ saved: 1 }, new Error('refused'), { saved: 3 }]));
		expect(output[0]).toEqual([
			{ json: { saved: 1 }, pairedItem: { item: 0 } },
			{ json: { error: 'refused' }, pairedItem: { item: 1 } },
			{ json: { saved: 3 }, pairedItem: { item: 2 } },
		]);
	});

	it('without Continue On Fail, the first failed item stops the node, naming its index', async () => {
		await expect(route(context(three, false), resources(async () => [{ saved: 1 }, { saved: 2 }, new Error('refused')]))).rejects.toMatchObject({
			message: 'refused',
			context: { itemIndex: 2 },
		});
	});

	it('a failure of the whole batch fails every item', async () => {
		const output = await route(
			context(three, true),
			resources(async () => {
				throw new Error('no way in');
			}),
		);
		expect(output[0].map((item) => [item.json.error, item.pairedItem])).toEqual([
			['no way in', { item: 0 }],
			['no way in', { item: 1 }],
			['no way in', { item: 2 }],
		]);
	});

	it('an answer with the wrong number of outcomes is a fault, never a shifted pairing', async () => {
		await expect(route(context(three, true), resources(async () => [{ saved: 1 }, { saved: 2 }]))).rejects.toThrow('2 results for 3 items');
	});
});
