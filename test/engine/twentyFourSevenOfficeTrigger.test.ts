/** The 24SevenOffice Trigger polled as n8n polls it, against the emulator's clock and change log: new entries once each, none lost, within a second, across skew. */
import type { IDataObject } from 'n8n-workflow';

import { tsoDemo, tsoStamp, type Emulator } from '../emulator';
import { postSoap, soap11, tsoCredential, useEmulator } from './harness';
import { triggerPoller, type TriggerPoller } from './poll';
import { runScenario } from './triggerScenario';

const emulator = useEmulator();
const TSO = 'http://24sevenOffice.com/webservices';

function trigger(parameters: IDataObject = {}): TriggerPoller {
	return triggerPoller('twentyFourSevenOfficeTrigger', 'twentyFourSevenOfficeApi', tsoCredential(emulator(), tsoDemo), { event: 'transaction', ...parameters });
}

/** A session of the test's own, as another program posting to the same books would have. */
async function logIn(service: Emulator): Promise<string> {
	const credential = `<ApplicationId>${tsoDemo.applicationId}</ApplicationId><IdentityId>${tsoDemo.identityId}</IdentityId><Username>${tsoDemo.username}</Username><Password>${tsoDemo.password}</Password>`;
	const answer = await postSoap(`${service.twentyFourSevenOfficeUrl}/authenticate/v001/authenticate.asmx`, `${TSO}/Login`, soap11(`<Login xmlns="${TSO}"><credential>${credential}</credential></Login>`));
	const sessionId = /<LoginResult>([^<]+)<\/LoginResult>/.exec(answer.body)?.[1];
	if (!sessionId) throw new Error(`no session: ${answer.body}`);
	return sessionId;
}

let voucherNo = 50000;

/** Posts one voucher of two balanced entries (or one, unbalanced, where allowed); the service stamps them with its clock. */
async function postVoucher(service: Emulator, sessionId: string, amount = 100, single = false): Promise<void> {
	voucherNo++;
	const entry = (account: number, value: number) =>
		`<Entry><AccountNo>${account}</AccountNo><Date>2026-06-30T00:00:00</Date><Amount>${value.toFixed(2)}</Amount><Comment>Voucher ${voucherNo}</Comment></Entry>`;
	const body = `<SaveBundleList xmlns="${TSO}"><BundleList><AllowDifference>${single}</AllowDifference><SaveOption>1</SaveOption><Bundles><Bundle><YearId>2026</YearId><Sort>2</Sort><Name>trigger test</Name><Vouchers><Voucher><TransactionNo>${voucherNo}</TransactionNo><Sort>2</Sort><Entries>${entry(1920, amount)}${single ? '' : entry(3000, -amount)}</Entries></Voucher></Vouchers></Bundle></Bundles></BundleList></SaveBundleList>`;
	const answer = await postSoap(`${service.twentyFourSevenOfficeUrl}/Economy/Account/V004/Accountservice.asmx`, `${TSO}/SaveBundleList`, soap11(body), { Cookie: `ASP.NET_SessionId=${sessionId}` });
	if (!answer.body.includes('<Type>Ok</Type>')) throw new Error(`not posted: ${answer.body}`);
}

const requestsOf = (service: Emulator, operation: string) => service.requests.filter((request) => request.operation === operation).length;

describe('24SevenOffice Trigger: Transaction Created or Changed', () => {
	it('Fetch Test Event puts out the latest entry as Get Many reads it, with its event, and keeps no memory', async () => {
		const poller = trigger();
		const [item, ...rest] = await poller.fetchTestEvent();
		expect(rest).toEqual([]);
		// The seeded sale of 2026-06-30 (voucher 9007): its receivable line, written out by hand.
		expect(item).toEqual({
			id: '5eed0000-0000-4000-8000-000000000019',
			date: '2026-06-30T00:00:00.000Z',
			accountNo: 1500,
			amount: 8750,
			currency: 'NOK',
			transactionNo: 9007,
			transactionTypeId: 1,
			period: 6,
			comment: 'Invoice 9007',
			vatCode: 0,
			invoiceNo: '9007',
			systemType: 'InvoiceCustomer',
			customerId: 2,
			dueDate: '2026-06-30T00:00:00.000Z',
			registrationDate: '2026-06-30T09:15:00.000Z',
			dateChanged: '2026-06-30T09:15:00.000Z',
			hidden: false,
			open: false,
			event: 'created',
		});
		expect(poller.staticData()).toEqual({});
	});

	it('starts from now: the first poll sends nothing; later polls put out each new entry once, one request a poll on the kept session', async () => {
		const service = emulator();
		const poller = trigger();
		expect(await poller.poll()).toEqual([]);
		expect(service.requests).toHaveLength(0);
		const sessionId = await logIn(service);
		service.clock.set(Date.now());
		await postVoucher(service, sessionId, 250);
		const before = service.requests.length;
		const first = await poller.poll();
		expect(first.map((item) => [item.accountNo, item.amount, item.event])).toEqual([
			[1920, 250, 'created'],
			[3000, -250, 'created'],
		]);
		// The first poll logs in (the credential keeps no session yet) and searches once.
		expect(service.requests.slice(before).map((request) => request.operation)).toEqual(['Login', 'GetTransactions']);
		const middle = service.requests.length;
		expect(await poller.poll()).toEqual([]);
		service.clock.advance(30_000);
		await postVoucher(service, sessionId, 75);
		const after = service.requests.length;
		expect((await poller.poll()).map((item) => item.amount)).toEqual([75, -75]);
		expect(service.requests.slice(middle, middle + 1).map((request) => request.operation)).toEqual(['GetTransactions']);
		expect(service.requests.slice(after).map((request) => request.operation)).toEqual(['GetTransactions']);
	});

	it('puts out entries stamped in the same second as the newest one already put out, and at the cursor itself', async () => {
		const service = emulator();
		const poller = trigger();
		service.clock.set(Date.now());
		await poller.poll();
		const sessionId = await logIn(service);
		await postVoucher(service, sessionId, 1);
		expect(await poller.poll()).toHaveLength(2);
		// Same second as the cursor: the stamps are equal, the entries are new.
		service.clock.advance(400);
		await postVoucher(service, sessionId, 2);
		const edge = await poller.poll();
		expect(edge.map((item) => item.amount)).toEqual([2, -2]);
		expect(edge[0].dateChanged).toBe(`${tsoStamp(service.clock.now())}.000Z`);
		expect(await poller.poll()).toEqual([]);
	});

	it('loses nothing when the service’s clock is behind n8n’s by less than the overlap', async () => {
		const service = emulator();
		const poller = trigger();
		expect(await poller.poll()).toEqual([]);
		service.clock.skew(-4 * 60 * 1000);
		const sessionId = await logIn(service);
		await postVoucher(service, sessionId, 9);
		expect((await poller.poll()).map((item) => item.amount)).toEqual([9, -9]);
		service.clock.skew(3 * 60 * 1000);
		await postVoucher(service, sessionId, 8);
		expect((await poller.poll()).map((item) => item.amount)).toEqual([8, -8]);
		expect(await poller.poll()).toEqual([]);
	});

	it('with Start From, the first poll puts out the entries since that date', async () => {
		const poller = trigger({ options: { startFrom: '2026-05-01T00:00:00' } });
		const items = await poller.poll();
		// The seeded sales of 2026-05-20 and 2026-06-30, three lines each.
		expect(items.map((item) => item.transactionNo)).toEqual([9006, 9006, 9006, 9007, 9007, 9007]);
		expect(await poller.poll()).toEqual([]);
	});

	it('1,000 entries at random over 100 polls, within seconds of each other and of the polls: none lost, none twice, one request a poll', async () => {
		const service = emulator();
		const sessionId = await logIn(service);
		const result = await runScenario(
			{
				poller: trigger(),
				clock: service.clock,
				log: service.changes,
				change: async () => await postVoucher(service, sessionId, 100, true),
				keyOf: (item) => String(item.id),
				stampOf: (item) => String(item.dateChanged).slice(0, 19),
				requestCount: () => service.requests.length,
			},
			{ changes: 1000, polls: 100, seed: 7, skewMs: -90_000, maxStepMs: 20_000 },
		);
		expect(result.lost).toEqual([]);
		expect(result.duplicated).toEqual([]);
		expect(result.emitted).toBe(1000);
		expect(service.changes.entries).toHaveLength(1000);
		// One Login on the first poll that reads, then one GetTransactions each.
		expect(Math.max(...result.requestsPerPoll)).toBeLessThanOrEqual(2);
		expect(requestsOf(service, 'Login')).toBe(2);
	}, 120_000);
});
