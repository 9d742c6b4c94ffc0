/** One poll of a trigger: Fetch Test Event leaves the memory alone; the first active poll starts from now or the chosen date; later polls put out each change once. */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { pollChanges, type ChangeSource } from '../../nodes/shared/n8n/pollTrigger';
import type { Change } from '../../nodes/shared/n8n/pollWindow';

interface Row {
	id: string;
	at: number;
}

function pollFunctions(mode: 'manual' | 'trigger', staticData: IDataObject, startFrom = ''): IPollFunctions {
	return {
		getMode: () => mode,
		getNode: () => ({ id: '1', name: 'Trigger', type: 'test.trigger', typeVersion: 1, position: [0, 0], parameters: {} }),
		getWorkflowStaticData: () => staticData,
		getNodeParameter: (name: string, fallback: unknown) => (name === 'options.startFrom' ? startFrom : fallback),
	} as unknown as IPollFunctions;
}

function source(rows: Row[], asked: number[]): ChangeSource<Row> {
	return {
		subject: 'changed rows',
		changesSince: async (since) => {
			asked.push(since);
			return rows.filter((row) => row.at >= since).map((row): Change<Row> => ({ id: row.id, changedAt: row.at, record: row }));
		},
		latest: async () => [...rows].sort((a, b) => b.at - a.at)[0],
		output: (row) => ({ id: row.id, at: row.at }),
	};
}

const settings = { overlapMs: 1000, maxSeen: 100 };

describe('a trigger poll', () => {
	it('Fetch Test Event puts out the latest record and keeps no memory', async () => {
		const staticData: IDataObject = {};
		const asked: number[] = [];
		const output = await pollChanges(pollFunctions('manual', staticData), source([{ id: 'a', at: 5 }, { id: 'b', at: 9 }], asked), settings);
		expect(output).toEqual([[{ json: { id: 'b', at: 9 } }]]);
		expect(staticData).toEqual({});
		expect(asked).toEqual([]);
	});

	it('Fetch Test Event with nothing to show says what to do', async () => {
		await expect(pollChanges(pollFunctions('manual', {}), source([], []), settings)).rejects.toThrow('There are no changed rows to show yet');
	});

	it('the first active poll starts from now: no history, no request', async () => {
		const staticData: IDataObject = {};
		const asked: number[] = [];
		const before = Date.now();
		expect(await pollChanges(pollFunctions('trigger', staticData), source([{ id: 'a', at: 5 }], asked), settings)).toBeNull();
		expect(asked).toEqual([]);
		const memory = staticData.pollMemory as { cursor: number; seen: string[] };
		expect(memory.cursor).toBeGreaterThanOrEqual(before);
		expect(memory.seen).toEqual([]);
	});

	it('with a start date, the first poll reads from that date on, and the next one only what is new', async () => {
		const staticData: IDataObject = {};
		const asked: number[] = [];
		const rows: Row[] = [
			{ id: 'old', at: Date.parse('2025-12-31T00:00:00Z') },
			{ id: 'a', at: Date.parse('2026-01-02T00:00:00Z') },
		];
		const poll = pollFunctions('trigger', staticData, '2026-01-01T00:00:00Z');
		expect(await pollChanges(poll, source(rows, asked), settings)).toEqual([[{ json: { id: 'a', at: rows[1].at } }]]);
		expect(asked).toEqual([Date.parse('2026-01-01T00:00:00Z') - 1000]);
		rows.push({ id: 'b', at: rows[1].at + 500 });
		expect(await pollChanges(poll, source(rows, asked), settings)).toEqual([[{ json: { id: 'b', at: rows[2].at } }]]);
		expect(asked[1]).toBe(rows[1].at - 1000);
		expect(await pollChanges(poll, source(rows, asked), settings)).toBeNull();
	});

	it('refuses a start date that is not a date', async () => {
		await expect(pollChanges(pollFunctions('trigger', {}, 'next week'), source([], []), settings)).rejects.toThrow('The start date "next week" is not a date');
	});
});
