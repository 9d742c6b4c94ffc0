/** Saving one record per item in batches: how many calls, which items in each, and where each outcome goes. */
import type { INode, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationRun } from '../../nodes/shared/n8n/operation';
import { parseXml, type XmlElement } from '../../nodes/shared/soap/xml';
import type { SoapFields } from '../../nodes/shared/soap/envelope';
import { saveInBatches, SAVE_BATCH_SIZE, type SaveRequest } from '../../nodes/TwentyFourSevenOffice/transport/saveBatches';

jest.mock('../../nodes/TwentyFourSevenOffice/transport/run', () => ({
	tsoRun: async () => ({ call: (itemIndex: number) => ({ context: { node, itemIndex } }), context: { getNode: () => node } }),
}));
const sent: Array<{ itemIndex: number; names: string[] }> = [];
let answer: (names: string[]) => string | Error;
jest.mock('../../nodes/TwentyFourSevenOffice/transport/serviceCall', () => ({
	sendOnSession: async (_run: unknown, itemIndex: number, send: (call: unknown, id: undefined) => Promise<unknown>) => await send({ itemIndex }, undefined),
	sendServiceCall: async (call: { itemIndex: number }, request: { fields: { companies: { Company: SoapFields[] } } }) => {
		const names = request.fields.companies.Company.map((record) => String(record.Name));
		sent.push({ itemIndex: call.itemIndex, names });
		const reply = answer(names);
		if (reply instanceof Error) throw reply;
		return { response: parseXml(reply), mask: { apply: (text: string) => text } };
	},
}));

const node: INode = { id: '1', name: '24SevenOffice', type: 'twentyFourSevenOffice', typeVersion: 1, position: [0, 0], parameters: {} };
const run = {} as OperationRun;

function items(count: number): INodeExecutionData[] {
	return Array.from({ length: count }, (_, index) => ({ json: { name: `C${index}` } }));
}

/** Saves every record, except those named `bad`, which get an APIException. */
function saveAll(names: string[]): string {
	const records = names.map((name, index) =>
		name.startsWith('bad') ? '<Company><APIException><Type>ValidationException</Type><Message>Name is not allowed</Message></APIException></Company>' : `<Company><Id>${100 + index}</Id><Name>${name}</Name></Company>`,
	);
	return `<SaveCompaniesResponse><SaveCompaniesResult>${records.join('')}</SaveCompaniesResult></SaveCompaniesResponse>`;
}

function request(input: INodeExecutionData[], batchSize?: number): SaveRequest {
	return {
		service: 'CompanyService',
		operation: 'SaveCompanies',
		list: 'companies',
		record: 'Company',
		label: 'customer',
		fields: { Name: 'Name' },
		batchSize,
		build: (itemIndex) => {
			const name = String(input[itemIndex].json.name);
			if (name === 'unbuildable') throw new NodeOperationError(node, 'bad input', { itemIndex });
			return { Name: name };
		},
		output: (record: XmlElement, itemIndex) => ({ itemIndex, name: record.children.find((child) => child.name === 'Name')?.text ?? '' }),
	};
}

beforeEach(() => {
	sent.length = 0;
	answer = saveAll;
});

describe('saveInBatches', () => {
	it('sends 50 records per call: 120 items make three calls of 50, 50 and 20, in input order', async () => {
		expect(SAVE_BATCH_SIZE).toBe(50);
		const input = items(120);
		const outcomes = await saveInBatches(run, input, request(input));
		expect(sent.map((call) => call.names.length)).toEqual([50, 50, 20]);
		expect(sent.map((call) => call.itemIndex)).toEqual([0, 50, 100]);
		expect(sent.flatMap((call) => call.names)).toEqual(input.map((item) => item.json.name));
		expect(outcomes).toEqual(input.map((item, itemIndex) => ({ itemIndex, name: item.json.name })));
	});

	it('pairs a refused record with its own item and leaves unbuildable items out of the call', async () => {
		const input = [{ json: { name: 'A' } }, { json: { name: 'unbuildable' } }, { json: { name: 'bad one' } }, { json: { name: 'D' } }];
		const outcomes = await saveInBatches(run, input, request(input, 2));
		expect(sent).toEqual([
			{ itemIndex: 0, names: ['A', 'bad one'] },
			{ itemIndex: 3, names: ['D'] },
		]);
		expect(outcomes[0]).toEqual({ itemIndex: 0, name: 'A' });
		expect((outcomes[1] as Error).message).toBe('bad input');
		expect((outcomes[2] as Error).message).toBe('24SevenOffice refused the customer in SaveCompanies: Name is not allowed');
		expect((outcomes[2] as NodeOperationError).context.itemIndex).toBe(2);
		expect(outcomes[3]).toEqual({ itemIndex: 3, name: 'D' });
	});

	it('fails a batch whose call fails, and sends no later batch: those items say they were not sent', async () => {
		const input = items(5);
		answer = (names) => (names[0] === 'C2' ? new Error('timed out') : saveAll(names));
		const outcomes = await saveInBatches(run, input, request(input, 2));
		expect(sent.map((call) => call.names)).toEqual([['C0', 'C1'], ['C2', 'C3']]);
		expect(outcomes.slice(0, 2)).toEqual([{ itemIndex: 0, name: 'C0' }, { itemIndex: 1, name: 'C1' }]);
		expect((outcomes[2] as Error).message).toBe('timed out');
		expect((outcomes[3] as Error).message).toBe('timed out');
		expect((outcomes[4] as Error).message).toBe('This customer was not sent: an earlier SaveCompanies call of this run failed');
		expect((outcomes[4] as NodeOperationError).description).toContain('timed out');
	});

	it('fails the whole batch when the answer cannot be paired with the records sent', async () => {
		const input = items(3);
		answer = (names) => saveAll(names.slice(1));
		const outcomes = await saveInBatches(run, input, request(input));
		expect(outcomes.map((outcome) => (outcome as Error).message)).toEqual(
			Array(3).fill('24SevenOffice answered SaveCompanies with a result that does not match the 3 records sent'),
		);
	});
});
