/** The Twinfield Trigger polled as n8n polls it, against the emulator's clock (stamps cut to the minute) and change log: customers and suppliers once each, none lost, within a minute, across skew. */
import type { IDataObject } from 'n8n-workflow';

import { findOffice } from '../emulator/twinfieldData';
import { saveDimension } from '../emulator/twinfieldDimensions';
import { saveTransactions } from '../emulator/twinfieldTransactions';
import { escapeXml, parseXml } from '../emulator/xml';
import { twinfieldDemo } from '../emulator';
import { twinfieldCredential, twinfieldOAuthCredential, useEmulator } from './harness';
import { triggerPoller, type TriggerPoller } from './poll';
import { runWorkflow } from './runWorkflow';
import { runScenario } from './triggerScenario';
import { chain } from './workflow';

const emulator = useEmulator();
const DEMO1 = { __rl: true, mode: 'id', value: 'DEMO1' };

function trigger(event = 'customer', parameters: IDataObject = {}): TriggerPoller {
	return triggerPoller('twinfieldTrigger', 'twinfieldOAuth2Api', twinfieldOAuthCredential(emulator()), { event, office: DEMO1, ...parameters });
}

/** Saves a customer (DEB) or supplier (CRD) in Twinfield itself, as a user of its web pages would; the service stamps it with its clock. */
function save(type: 'DEB' | 'CRD', code: string, name: string, status = 'active'): void {
	const answer = saveDimension(parseXml(`<dimension status="${status}"><office>DEMO1</office><type>${type}</type><code>${code}</code><name>${escapeXml(name)}</name></dimension>`), ['DEMO1', 'DEMO2'], findOffice);
	if (answer.attrs?.result !== '1') throw new Error(`not saved: ${JSON.stringify(answer)}`);
}

const operations = (from: number) => emulator().requests.slice(from).map((request) => request.operation);

describe('Twinfield Trigger: Customer Created or Changed', () => {
	it('Fetch Test Event says so when nothing changed in the last 30 days, then puts out the latest change as Get reads it', async () => {
		const service = emulator();
		const poller = trigger();
		await expect(poller.fetchTestEvent()).rejects.toThrow('There are no customers changed in the last 30 days to show yet');
		service.clock.set(Date.UTC(2026, 11, 3, 9, 41, 37));
		save('DEB', '1001', 'Bakkerij de Gouden Korst (new name)');
		const [item, ...rest] = await poller.fetchTestEvent();
		expect(rest).toEqual([]);
		expect(item).toMatchObject({ office: 'DEMO1', type: 'DEB', code: '1001', name: 'Bakkerij de Gouden Korst (new name)', modifiedAt: '2026-12-03T09:41:00.000Z', event: 'changed' });
		// The same record the Customer resource's Get puts out, plus the event.
		const get = await runWorkflow(
			chain([{}], { name: 'Get', type: 'twinfield', credential: 'test', parameters: { resource: 'customer', operation: 'get', office: DEMO1, customer: { __rl: true, mode: 'id', value: '1001' } } }),
			{ twinfieldApi: { test: twinfieldCredential(service, twinfieldDemo) } },
		);
		expect(get.error).toBeUndefined();
		expect({ ...item, event: undefined }).toEqual({ ...get.json('Get')[0], event: undefined });
		expect(poller.staticData()).toEqual({});
	});

	it('starts from now, then puts out each change once: one Finder search and one read per changed customer', async () => {
		const service = emulator();
		const poller = trigger();
		service.clock.set(Date.now());
		expect(await poller.poll()).toEqual([]);
		expect(service.requests).toHaveLength(0);
		save('DEB', '1002', 'Café De Smid');
		save('CRD', '2000', 'Papier & Co (a supplier: not this event)');
		let from = service.requests.length;
		expect((await poller.poll()).map((item) => [item.code, item.name, item.event])).toEqual([['1002', 'Café De Smid', 'changed']]);
		expect(operations(from)).toEqual(['Search', 'ProcessXmlString']);
		// The overlap brings 1002 back: read again, not put out again.
		from = service.requests.length;
		expect(await poller.poll()).toEqual([]);
		expect(operations(from)).toEqual(['Search', 'ProcessXmlString']);
		service.clock.advance(10 * 60 * 1000);
		save('DEB', '1003', 'Nordic Trading AS (moved)');
		from = service.requests.length;
		expect((await poller.poll()).map((item) => item.code)).toEqual(['1003']);
		// 1002 once more (still within five minutes of the cursor), then 1003.
		expect(operations(from)).toEqual(['Search', 'ProcessXmlString', 'ProcessXmlString']);
		from = service.requests.length;
		expect(await poller.poll()).toEqual([]);
		expect(operations(from)).toEqual(['Search', 'ProcessXmlString']);
	});

	it('puts out a second change within the same minute, which carries the same stamp', async () => {
		const service = emulator();
		const poller = trigger();
		// Five seconds into a minute, so the second change falls in the same minute.
		service.clock.set(Math.ceil(Date.now() / 60_000) * 60_000 + 5000);
		await poller.poll();
		save('DEB', '1010', 'Customer 01 B.V. (first)');
		const first = await poller.poll();
		service.clock.advance(2000);
		save('DEB', '1010', 'Customer 01 B.V. (second)');
		const second = await poller.poll();
		expect([first, second].map((items) => items.map((item) => item.name))).toEqual([['Customer 01 B.V. (first)'], ['Customer 01 B.V. (second)']]);
		expect(second[0].modifiedAt).toBe(first[0].modifiedAt);
	});

	it('puts out a customer that was hidden, and loses nothing when the service’s clock is behind by less than the overlap', async () => {
		const service = emulator();
		const poller = trigger();
		await poller.poll();
		service.clock.skew(-4 * 60 * 1000);
		save('DEB', '1011', 'Customer 02 B.V.', 'hide');
		expect((await poller.poll()).map((item) => [item.code, item.status])).toEqual([['1011', 'hidden']]);
	});

	it('with Start From, the first poll puts out the customers changed since that date', async () => {
		const items = await trigger('customer', { options: { startFrom: '2026-01-10T00:00:00Z' } }).poll();
		// Only Acme (modified 2026-01-12 10:15) of the seed changed after the 10th of January.
		expect(items.map((item) => [item.code, item.modifiedAt])).toEqual([['1000', '2026-01-12T10:15:00.000Z']]);
	});

	it('1,000 changes of customers and suppliers at random over 100 polls, many within one minute: none lost, none twice', async () => {
		const service = emulator();
		const codes = ['1000', '1001', '1002', '1003', '1010', '1011', '1012', '1013'];
		let serial = 0;
		const result = await runScenario(
			{
				poller: trigger(),
				clock: service.clock,
				log: service.changes,
				change: (pick) => {
					serial++;
					// One change in five is a supplier's, which this event leaves out.
					if (pick(5) === 0) save('CRD', '2001', `Energie Noord ${serial}`);
					else save('DEB', codes[pick(codes.length)], `Customer change ${serial}`);
				},
				keyOf: (item) => `${String(item.office)}/${String(item.code)}`,
				stampOf: (item) => String(item.modifiedAt).replace(/[-:T]/g, '').slice(0, 14),
				requestCount: () => service.requests.length,
			},
			{ changes: 1000, polls: 100, seed: 5, skewMs: -60_000, maxStepMs: 30_000, onlyKind: 'customer' },
		);
		expect(result.lost).toEqual([]);
		expect(result.duplicated).toEqual([]);
		expect(service.changes.entries.filter((change) => change.kind === 'customer').length).toBeGreaterThan(700);
		// Each poll: one Finder page and one read per customer changed since five minutes before the newest change seen.
		expect(Math.max(...result.requestsPerPoll)).toBeLessThanOrEqual(1 + codes.length);
	}, 180_000);
});

describe('Twinfield Trigger with user and password', () => {
	it('logs on once and keeps the session with the credential for the next polls', async () => {
		const service = emulator();
		const poller = triggerPoller('twinfieldTrigger', 'twinfieldApi', twinfieldCredential(service, twinfieldDemo), { event: 'supplier', authentication: 'password', office: DEMO1 });
		service.clock.set(Date.now());
		await poller.poll();
		save('CRD', '2001', 'Energie Noord B.V.');
		expect((await poller.poll()).map((item) => item.name)).toEqual(['Energie Noord B.V.']);
		service.clock.advance(10 * 60 * 1000);
		save('CRD', '2001', 'Energie Noord');
		const from = service.requests.length;
		expect((await poller.poll()).map((item) => item.name)).toEqual(['Energie Noord']);
		// No second log-on: the session kept with the credential serves the later poll.
		expect(operations(from)).toEqual(['Search', 'ProcessXmlString']);
		expect(service.requests.filter((request) => request.operation === 'Logon')).toHaveLength(1);
	});
});

describe('Twinfield Trigger: Supplier Created or Changed', () => {
	it('puts out suppliers only', async () => {
		const service = emulator();
		const poller = trigger('supplier');
		service.clock.set(Date.now());
		await poller.poll();
		save('CRD', '2000', 'Papier & Co B.V.');
		save('DEB', '1000', 'Acme (a customer: not this event)');
		expect((await poller.poll()).map((item) => [item.type, item.code, item.name, item.event])).toEqual([['CRD', '2000', 'Papier & Co B.V.', 'changed']]);
	});
});

/** Books a sales transaction (VRK) or a journal entry (MEMO) in Twinfield itself; with `number`, changes that one. */
function book(code: 'VRK' | 'MEMO', amount: number, number?: number): number {
	const header = `<header><office>DEMO1</office><code>${code}</code><date>20260502</date><currency>EUR</currency>${number ? `<number>${number}</number>` : ''}${code === 'VRK' ? '<invoicenumber>T-1</invoicenumber>' : ''}</header>`;
	const lines =
		code === 'VRK'
			? `<line type="total" id="1"><dim1>1300</dim1><dim2>1000</dim2><debitcredit>debit</debitcredit><value>${(amount * 1.21).toFixed(2)}</value></line><line type="detail" id="2"><dim1>8000</dim1><debitcredit>credit</debitcredit><value>${amount.toFixed(2)}</value><vatcode>VH</vatcode></line>`
			: `<line type="detail" id="1"><dim1>4000</dim1><debitcredit>debit</debitcredit><value>${amount.toFixed(2)}</value></line><line type="detail" id="2"><dim1>1100</dim1><debitcredit>credit</debitcredit><value>${amount.toFixed(2)}</value></line>`;
	const answer = saveTransactions(parseXml(`<transaction destiny="temporary" raisewarning="false">${header}<lines>${lines}</lines></transaction>`), ['DEMO1', 'DEMO2']);
	const saved = answer.children?.find((item) => item.name === 'header')?.children?.find((item) => item.name === 'number')?.text;
	if (answer.attrs?.result !== '1' || !saved) throw new Error(`not booked: ${JSON.stringify(answer)}`);
	return Number(saved);
}

describe('Twinfield Trigger: Transaction Created or Changed', () => {
	it('puts out the lines of new and changed transactions of the chosen daybook only, one browse a poll', async () => {
		const service = emulator();
		const poller = trigger('transaction', { daybookType: 'sales' });
		service.clock.set(Date.now());
		await poller.poll();
		const number = book('VRK', 100);
		book('MEMO', 50);
		let from = service.requests.length;
		const first = await poller.poll();
		expect(first.map((item) => [item.daybook, item.number, item.line, item.valueSigned, item.event])).toEqual([
			['VRK', number, 1, 121, 'changed'],
			['VRK', number, 2, -100, 'changed'],
			['VRK', number, 3, -21, 'changed'],
		]);
		expect(operations(from)).toEqual(['ProcessXmlString']);
		service.clock.advance(2000);
		book('VRK', 200, number);
		from = service.requests.length;
		expect((await poller.poll()).map((item) => item.valueSigned)).toEqual([242, -200, -42]);
		expect(operations(from)).toEqual(['ProcessXmlString']);
		expect(await poller.poll()).toEqual([]);
	});

	it('watches the daybook code typed in instead of the usual one', async () => {
		const service = emulator();
		const poller = trigger('transaction', { daybookType: 'sales', daybookCode: 'MEMO' });
		service.clock.set(Date.now());
		await poller.poll();
		book('VRK', 100);
		book('MEMO', 50);
		expect((await poller.poll()).map((item) => [item.daybook, item.valueSigned])).toEqual([
			['MEMO', 50],
			['MEMO', -50],
		]);
	});

	it('1,000 bookings and changes at random over 100 polls: none lost, none twice, one browse a poll', async () => {
		const service = emulator();
		const numbers: number[] = [];
		let serial = 0;
		const result = await runScenario(
			{
				poller: trigger('transaction', { daybookType: 'journal' }),
				clock: service.clock,
				log: service.changes,
				change: (pick) => {
					serial++;
					if (numbers.length === 0 || pick(4) === 0) numbers.push(book('MEMO', serial));
					else book('MEMO', serial, numbers[numbers.length - 1 - pick(Math.min(numbers.length, 3))]);
				},
				keyOf: (item) => `${String(item.office)}/${String(item.daybook)}/${String(item.number)}`,
				stampOf: (item) => String(item.modified).replace(/[-:T]/g, '').slice(0, 14),
				requestCount: () => service.requests.length,
			},
			{ changes: 1000, polls: 100, seed: 23, skewMs: 45_000, maxStepMs: 30_000 },
		);
		expect(result.lost).toEqual([]);
		expect(result.duplicated).toEqual([]);
		expect(Math.max(...result.requestsPerPoll)).toBe(1);
	}, 180_000);
});
