/** The Twinfield Trigger's New Sales Invoice and Open Item Paid events polled against the emulator, and Transaction Get Many's line-stamp filter they rest on. */
import type { IDataObject } from 'n8n-workflow';

import { saveSalesInvoices } from '../emulator/twinfieldInvoices';
import { matchPayment } from '../emulator/twinfieldPostings';
import { saveTransactions } from '../emulator/twinfieldTransactions';
import { parseXml } from '../emulator/xml';
import { twinfieldDemo } from '../emulator';
import { twinfieldCredential, twinfieldOAuthCredential, useEmulator } from './harness';
import { triggerPoller, type TriggerPoller } from './poll';
import { runWorkflow } from './runWorkflow';
import { runScenario } from './triggerScenario';
import { chain } from './workflow';

const emulator = useEmulator();
const DEMO1 = { __rl: true, mode: 'id', value: 'DEMO1' };

const FACTUUR = { __rl: true, mode: 'id', value: 'FACTUUR' };

function trigger(event: string, parameters: IDataObject = {}): TriggerPoller {
	return triggerPoller('twinfieldTrigger', 'twinfieldOAuth2Api', twinfieldOAuthCredential(emulator()), { event, office: DEMO1, invoiceType: FACTUUR, ...parameters });
}

const operations = (from: number) => emulator().requests.slice(from).map((request) => request.operation);

/** Saves a sales invoice of type FACTUUR in Twinfield itself, as a user of its web pages would; returns its number. */
function invoice(status: 'concept' | 'final', quantity = 3, customer = '1001'): number {
	const xml =
		`<salesinvoices><salesinvoice raisewarning="false"><header><office>DEMO1</office><invoicetype>FACTUUR</invoicetype><invoicedate>20260310</invoicedate>` +
		`<customer>${customer}</customer><status>${status}</status></header><lines><line><article>CONSULT</article><quantity>${quantity}</quantity></line></lines></salesinvoice></salesinvoices>`;
	const answer = saveSalesInvoices(parseXml(xml), ['DEMO1', 'DEMO2']);
	const saved = answer.children?.[0];
	const number = saved?.children?.find((item) => item.name === 'header')?.children?.find((item) => item.name === 'invoicenumber')?.text;
	if (saved?.attrs?.result !== '1' || !number) throw new Error(`not saved: ${JSON.stringify(answer)}`);
	return Number(number);
}

/** Books a sales transaction straight in the daybook, with an invoice number but no invoice behind it. */
function bookWithoutInvoice(invoiceNumber: string): void {
	const xml =
		`<transaction destiny="final" raisewarning="false"><header><office>DEMO1</office><code>VRK</code><date>20260502</date><currency>EUR</currency><invoicenumber>${invoiceNumber}</invoicenumber></header>` +
		'<lines><line type="total" id="1"><dim1>1300</dim1><dim2>1000</dim2><debitcredit>debit</debitcredit><value>121.00</value></line>' +
		'<line type="detail" id="2"><dim1>8000</dim1><debitcredit>credit</debitcredit><value>100.00</value><vatcode>VH</vatcode></line></lines></transaction>';
	const answer = saveTransactions(parseXml(xml), ['DEMO1', 'DEMO2']);
	if (answer.attrs?.result !== '1') throw new Error(`not booked: ${JSON.stringify(answer)}`);
}

describe('Twinfield Trigger: New Sales Invoice', () => {
	it('puts out each final invoice once, as Sales Invoice → Get reads it: one browse, and one read per new transaction with an invoice number', async () => {
		const service = emulator();
		const poller = trigger('salesInvoice');
		service.clock.set(Date.now());
		expect(await poller.poll()).toEqual([]);
		expect(service.requests).toHaveLength(0);
		const final = invoice('final');
		invoice('concept');
		bookWithoutInvoice('T-1');
		let from = service.requests.length;
		const items = await poller.poll();
		// 3 × CONSULT at 95.00 = 285.00, VAT 21 % = 59.85 (the emulator's seeded article and rate).
		expect(items.map((item) => [item.invoiceType, item.invoiceNumber, item.status, item.event])).toEqual([['FACTUUR', String(final), 'final', 'created']]);
		expect(items[0]).toMatchObject({ customer: '1001', transaction: { code: 'VRK' } });
		// The browse, the read of the invoice, and the read of T-1, which is no invoice of this type and is left out.
		expect(operations(from)).toEqual(['ProcessXmlString', 'ProcessXmlString', 'ProcessXmlString']);
		const get = await runWorkflow(
			chain([{}], {
				name: 'Get',
				type: 'twinfield',
				credential: 'test',
				parameters: { resource: 'salesInvoice', operation: 'get', office: DEMO1, invoiceType: { __rl: true, mode: 'id', value: 'FACTUUR' }, invoiceNumber: String(final) },
			}),
			{ twinfieldApi: { test: twinfieldCredential(service, twinfieldDemo) } },
		);
		expect(get.error).toBeUndefined();
		expect({ ...items[0], event: undefined }).toEqual({ ...get.json('Get')[0], event: undefined });
		// The overlap brings the postings back: no read again, nothing put out again.
		from = service.requests.length;
		expect(await poller.poll()).toEqual([]);
		expect(operations(from)).toEqual(['ProcessXmlString']);
	});

	it('puts out two invoices made final within the same minute, across a poll, once each; a payment of one later does not bring it back', async () => {
		const service = emulator();
		const poller = trigger('salesInvoice');
		service.clock.set(Math.ceil(Date.now() / 60_000) * 60_000 + 5000);
		await poller.poll();
		const first = invoice('final', 1);
		const one = await poller.poll();
		service.clock.advance(2000);
		const second = invoice('final', 2);
		const two = await poller.poll();
		expect([one, two].map((items) => items.map((item) => item.invoiceNumber))).toEqual([[String(first)], [String(second)]]);
		service.clock.advance(60_000);
		expect(matchPayment('DEMO1', '1001', String(first), 11495)).toBe('matched');
		expect(await poller.poll()).toEqual([]);
	});

	it('Fetch Test Event puts out the latest invoice posted in the last 30 days, and says so when there is none', async () => {
		const service = emulator();
		const poller = trigger('salesInvoice');
		service.clock.set(Date.now());
		await expect(poller.fetchTestEvent()).rejects.toThrow('There are no sales invoices posted in the last 30 days to show yet');
		invoice('final', 1);
		service.clock.advance(120_000);
		const latest = invoice('final', 2);
		expect((await poller.fetchTestEvent()).map((item) => [item.invoiceNumber, item.event])).toEqual([[String(latest), 'created']]);
		expect(poller.staticData()).toEqual({});
	});

	it('300 invoices, concept and final, at random over 60 polls: every final one put out once, one browse a poll and one read per new posting', async () => {
		const service = emulator();
		const finals: number[] = [];
		const result = await runScenario(
			{
				poller: trigger('salesInvoice'),
				clock: service.clock,
				log: service.changes,
				change: (pick) => {
					if (pick(4) === 0) invoice('concept');
					else finals.push(invoice('final', 1 + pick(5)));
				},
				keyOf: (item) => `DEMO1/VRK/${String((item.transaction as IDataObject).number)}`,
				// The invoice carries no change stamp; a posting is checked to come out at the poll after it.
				stampOf: () => '99999999999999',
				requestCount: () => service.requests.length,
			},
			{ changes: 300, polls: 60, seed: 11, skewMs: -90_000, maxStepMs: 30_000 },
		);
		expect(result.lost).toEqual([]);
		expect(result.duplicated).toEqual([]);
		expect(result.emitted).toBe(finals.length);
		const postings = service.changes.entries.length;
		expect(result.requestsPerPoll.reduce((sum, count) => sum + count, 0)).toBe(60 + postings);
	}, 180_000);
});

describe('Twinfield Trigger: Open Item Paid', () => {
	it('puts out a customer open item once it is matched in full, not a part payment; one browse a poll', async () => {
		const service = emulator();
		const poller = trigger('openItemPaid', { ledger: 'customers' });
		service.clock.set(Date.now());
		await poller.poll();
		// F2026-002: 484.50 of customer 1001; F2026-003: 363.00 of customer 1000 (seeded).
		expect(matchPayment('DEMO1', '1001', 'F2026-002', 48450)).toBe('matched');
		expect(matchPayment('DEMO1', '1000', 'F2026-003', 10000)).toBe('available');
		let from = service.requests.length;
		const paid = await poller.poll();
		const stamp = new Date(Math.floor(service.clock.now() / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');
		expect(paid.map((item) => [item.daybook, item.number, item.line, item.invoiceNumber, item.matchStatus, item.openValueSigned, item.lineModified, item.event])).toEqual([
			['VRK', 202600002, 1, 'F2026-002', 'matched', 0, stamp, 'paid'],
		]);
		// The transaction's own stamp stays as it was booked.
		expect(paid[0].modified).toBe('2026-01-20T10:00:00Z');
		expect(operations(from)).toEqual(['ProcessXmlString']);
		service.clock.advance(10 * 60_000);
		expect(matchPayment('DEMO1', '1000', 'F2026-003', 26300)).toBe('matched');
		from = service.requests.length;
		expect((await poller.poll()).map((item) => [item.invoiceNumber, item.openValueSigned])).toEqual([['F2026-003', 0]]);
		expect(await poller.poll()).toEqual([]);
		expect(operations(from)).toEqual(['ProcessXmlString', 'ProcessXmlString']);
	});

	it('watches the suppliers’ open items when asked, and puts out two payments of the same minute across a poll once each', async () => {
		const service = emulator();
		const suppliers = trigger('openItemPaid', { ledger: 'suppliers' });
		const customers = trigger('openItemPaid', { ledger: 'customers' });
		service.clock.set(Math.ceil(Date.now() / 60_000) * 60_000 + 5000);
		await suppliers.poll();
		await customers.poll();
		matchPayment('DEMO1', '2000', 'PC-7781', 60500);
		const first = await customers.poll();
		service.clock.advance(2000);
		matchPayment('DEMO1', '1001', 'F2026-002', 48450);
		expect(first).toEqual([]);
		expect((await customers.poll()).map((item) => item.invoiceNumber)).toEqual(['F2026-002']);
		expect((await suppliers.poll()).map((item) => [item.invoiceNumber, item.event])).toEqual([['PC-7781', 'paid']]);
		expect(await customers.poll()).toEqual([]);
		expect(await suppliers.poll()).toEqual([]);
	});

	it('Fetch Test Event puts out the latest payment of the last 30 days', async () => {
		const service = emulator();
		const poller = trigger('openItemPaid');
		service.clock.set(Date.now());
		await expect(poller.fetchTestEvent()).rejects.toThrow('There are no open items paid in the last 30 days to show yet');
		matchPayment('DEMO1', '1001', 'F2026-002', 48450);
		service.clock.advance(120_000);
		matchPayment('DEMO1', '1000', 'F2026-003', 36300);
		expect((await poller.fetchTestEvent()).map((item) => item.invoiceNumber)).toEqual(['F2026-003']);
	});

	it('100 invoices paid in full or in parts at random over 50 polls: each full payment put out once, one browse a poll', async () => {
		const service = emulator();
		const open: Array<{ number: number; left: number }> = [];
		let fullyPaid = 0;
		const result = await runScenario(
			{
				poller: trigger('openItemPaid'),
				clock: service.clock,
				log: service.changes,
				change: (pick) => {
					if (open.length === 0 || pick(3) === 0) {
						// 1 × CONSULT: 95.00 + 19.95 VAT.
						open.push({ number: invoice('final', 1), left: 11495 });
						return;
					}
					const item = open[pick(open.length)];
					const part = pick(2) === 0 ? item.left : Math.min(item.left, 5000);
					item.left -= part;
					if (matchPayment('DEMO1', '1001', String(item.number), part) === 'matched') {
						fullyPaid++;
						open.splice(open.indexOf(item), 1);
					}
				},
				keyOf: (item) => `${String(item.office)}/${String(item.daybook)}/${String(item.number)}/${String(item.line)}`,
				stampOf: (item) => String(item.lineModified).replace(/[-:T]/g, '').slice(0, 14),
				requestCount: () => service.requests.length,
			},
			{ changes: 100, polls: 50, seed: 7, skewMs: 120_000, maxStepMs: 30_000, onlyKind: 'openItemPaid' },
		);
		expect(result.lost).toEqual([]);
		expect(result.duplicated).toEqual([]);
		expect(result.emitted).toBe(fullyPaid);
		expect(fullyPaid).toBeGreaterThan(5);
		expect(Math.max(...result.requestsPerPoll)).toBe(1);
	}, 180_000);
});

describe('Transaction → Get Many: Line Modified Since', () => {
	const run = async (parameters: IDataObject) =>
		await runWorkflow(
			chain([{}], { name: 'Lines', type: 'twinfield', credential: 'test', parameters: { resource: 'transaction', operation: 'getMany', office: DEMO1, periodFrom: '2026/01', periodTo: '2026/12', returnAll: true, ...parameters } }),
			{ twinfieldApi: { test: twinfieldCredential(emulator(), twinfieldDemo) } },
		);

	it('lists only the customer lines whose own stamp is at or after the moment', async () => {
		const service = emulator();
		service.clock.set(Date.UTC(2026, 11, 3, 9, 41, 37));
		matchPayment('DEMO1', '1001', 'F2026-002', 48450);
		const result = await run({ ledger: 'customers', filters: { lineModifiedSince: '2026-12-03T09:41:00Z' } });
		expect(result.error).toBeUndefined();
		expect(result.json('Lines').map((line) => [line.invoiceNumber, line.matchStatus, line.lineModified])).toEqual([['F2026-002', 'matched', '2026-12-03T09:41:00Z']]);
		// One minute later: none.
		expect((await run({ ledger: 'customers', filters: { lineModifiedSince: '2026-12-03T09:42:00Z' } })).json('Lines')).toEqual([]);
		// Without the filter, the other customer lines too.
		expect((await run({ ledger: 'customers' })).json('Lines').length).toBeGreaterThan(1);
		const sent = service.requests.filter((request) => request.operation === 'ProcessXmlString').map((request) => String(request.values?.xmlRequest ?? ''));
		expect(sent[0]).toContain('<field>fin.trs.line.modified</field><visible>true</visible><ask>true</ask><operator>between</operator><from>20261203094100</from>');
	});

	it('refuses the general ledger, whose lines carry no stamp of their own, before sending anything', async () => {
		const service = emulator();
		const result = await run({ ledger: 'generalLedger', filters: { lineModifiedSince: '2026-12-03T09:41:00Z' } });
		expect(String(result.error?.message)).toContain('Line Modified Since needs the Customers or Suppliers ledger');
		expect(service.requests).toHaveLength(0);
	});
});
