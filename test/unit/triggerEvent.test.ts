/** A trigger's event read through a resource operation: the parameters it chooses, the change it makes of each record, the latest record, and the poll of the chosen event. */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { Resource } from '../../nodes/shared/n8n/operation';
import { eventSource, versionOf, type TriggerEvent } from '../../nodes/shared/n8n/triggerEvent';
import { pollEvent } from '../../nodes/shared/n8n/triggerPoll';

interface Call {
	resource: unknown;
	operation: unknown;
	since: unknown;
	office: unknown;
}

const rows: IDataObject[] = [
	{ code: 'A', modified: '2026-01-01T10:00:00Z', created: true },
	{ code: 'B', modified: '2026-01-01T12:00:00Z', created: false },
	{ code: 'C', modified: '2026-01-01T11:00:00Z', created: false },
];

/** One resource whose Get Many lists the rows modified from `filters.since` on, and notes each call. */
function resources(calls: Call[]): Resource[] {
	return [
		{
			name: 'Thing',
			value: 'thing',
			defaultOperation: 'getMany',
			operations: {
				getMany: {
					option: { name: 'Get Many', value: 'getMany', action: 'Get many things' },
					properties: [],
					execute: async (run, itemIndex) => {
						const since = run.context.getNodeParameter('filters.since', itemIndex, '') as string;
						calls.push({
							resource: run.context.getNodeParameter('resource', itemIndex),
							operation: run.context.getNodeParameter('operation', itemIndex),
							since,
							office: run.context.getNodeParameter('office', itemIndex, ''),
						});
						return rows.filter((row) => !since || Date.parse(row.modified as string) >= Date.parse(since));
					},
				},
			},
		},
	];
}

const event: TriggerEvent = {
	subject: 'changed things',
	changedSince: (since) => ({ resource: 'thing', operation: 'getMany', 'filters.since': new Date(since).toISOString() }),
	recent: () => ({ resource: 'thing', operation: 'getMany', 'filters.since': '' }),
	id: (record) => String(record.code),
	changedAt: (record) => Date.parse(record.modified as string),
	kind: (record) => (record.created ? 'created' : 'updated'),
};

function pollFunctions(mode: 'manual' | 'trigger', nodeParameters: IDataObject, staticData: IDataObject = {}): IPollFunctions {
	return {
		getMode: () => mode,
		getNode: () => ({ id: '1', name: 'Trigger', type: 'test.trigger', typeVersion: 1, position: [0, 0], parameters: {} }),
		getWorkflowStaticData: () => staticData,
		getNodeParameter: (name: string, fallback: unknown) => (Object.hasOwn(nodeParameters, name) ? nodeParameters[name] : fallback),
	} as unknown as IPollFunctions;
}

describe('an event read through a resource operation', () => {
	it('runs the operation with the parameters the event chooses, and the trigger node’s own for the rest', async () => {
		const calls: Call[] = [];
		const source = eventSource(pollFunctions('trigger', { office: 'DEMO1' }), resources(calls), event);
		const changes = await source.changesSince(Date.parse('2026-01-01T10:30:00Z'));
		expect(calls).toEqual([{ resource: 'thing', operation: 'getMany', since: '2026-01-01T10:30:00.000Z', office: 'DEMO1' }]);
		expect(changes.map((change) => [change.id, change.changedAt])).toEqual([
			['B', Date.parse('2026-01-01T12:00:00Z')],
			['C', Date.parse('2026-01-01T11:00:00Z')],
		]);
		expect(changes[0].record).toBe(rows[1]);
	});

	it('tells two versions with the same stamp apart, and the same version from itself', () => {
		expect(versionOf({ code: 'A', name: 'one' })).toBe(versionOf({ code: 'A', name: 'one' }));
		expect(versionOf({ code: 'A', name: 'one' })).not.toBe(versionOf({ code: 'A', name: 'two' }));
	});

	it('puts out the record with what the change was', async () => {
		const source = eventSource(pollFunctions('trigger', {}), resources([]), event);
		expect(source.output(rows[0])).toEqual({ ...rows[0], event: 'created' });
		expect(source.output(rows[1])).toEqual({ ...rows[1], event: 'updated' });
	});

	it('finds the most recently changed record for Fetch Test Event', async () => {
		const source = eventSource(pollFunctions('manual', {}), resources([]), event);
		expect(await source.latest()).toBe(rows[1]);
	});
});

describe('the poll of the chosen event', () => {
	it('Fetch Test Event puts out the latest record with its event', async () => {
		const output = await pollEvent(pollFunctions('manual', { event: 'thing' }), { thing: event }, resources([]));
		expect(output).toEqual([[{ json: { ...rows[1], event: 'updated' } }]]);
	});

	it('from a start date, puts out each change since then once, oldest first', async () => {
		const staticData: IDataObject = {};
		const poll = pollFunctions('trigger', { event: 'thing', 'options.startFrom': '2026-01-01T10:30:00Z' }, staticData);
		const first = await pollEvent(poll, { thing: event }, resources([]));
		expect(first?.[0].map((item) => item.json.code)).toEqual(['C', 'B']);
		expect(await pollEvent(poll, { thing: event }, resources([]))).toBeNull();
	});

	it('refuses an event it does not know', async () => {
		await expect(pollEvent(pollFunctions('trigger', { event: 'other' }), { thing: event }, resources([]))).rejects.toThrow('The event "other" is not known');
	});
});
