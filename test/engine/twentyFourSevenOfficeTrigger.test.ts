/** The 24SevenOffice Trigger polled as n8n polls it, against the emulator's clock and change log: customers, products and ledger entries once each, none lost, within a second, across skew. */
import type { IDataObject } from 'n8n-workflow';

import { tsoDemo, tsoStamp, type Emulator } from '../emulator';
import { postSoap, soap11, tsoCredential, useEmulator } from './harness';
import { triggerPoller, type TriggerPoller } from './poll';
import { runScenario } from './triggerScenario';

const emulator = useEmulator();
const TSO = 'http://24sevenOffice.com/webservices';

function trigger(parameters: IDataObject = {}, event = 'transaction'): TriggerPoller {
	return triggerPoller('twentyFourSevenOfficeTrigger', 'twentyFourSevenOfficeApi', tsoCredential(emulator(), tsoDemo), { event, ...parameters });
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

/** Saves one company or product (with `Id`: an update) as another program would; the service stamps it with its clock. */
async function save(service: Emulator, sessionId: string, kind: 'Company' | 'Product', fields: Record<string, string | number>): Promise<string> {
	const [serviceName, path] = kind === 'Company' ? ['SaveCompanies', '/CRM/Company/V001/CompanyService.asmx'] : ['SaveProducts', '/Logistics/Product/V001/ProductService.asmx'];
	const record = Object.entries(fields).map(([name, value]) => `<${name}>${value}</${name}>`).join('');
	const list = kind === 'Company' ? 'companies' : 'products';
	const answer = await postSoap(`${service.twentyFourSevenOfficeUrl}${path}`, `${TSO}/${serviceName}`, soap11(`<${serviceName} xmlns="${TSO}"><${list}><${kind}>${record}</${kind}></${list}></${serviceName}>`), { Cookie: `ASP.NET_SessionId=${sessionId}` });
	const id = /<Id>(\d+)<\/Id>/.exec(answer.body)?.[1];
	if (answer.body.includes('APIException') || !id) throw new Error(`not saved: ${answer.body}`);
	return id;
}

/** Saves one sales order (with `OrderId`: an update) through InvoiceService SaveInvoices; the service stamps it with its clock. */
async function saveOrder(service: Emulator, sessionId: string, fields: string): Promise<string> {
	const answer = await postSoap(`${service.twentyFourSevenOfficeUrl}/Economy/InvoiceOrder/V001/InvoiceService.asmx`, `${TSO}/SaveInvoices`, soap11(`<SaveInvoices xmlns="${TSO}"><invoices><InvoiceOrder>${fields}</InvoiceOrder></invoices></SaveInvoices>`), { Cookie: `ASP.NET_SessionId=${sessionId}` });
	const id = /<OrderId>(\d+)<\/OrderId>/.exec(answer.body)?.[1];
	if (answer.body.includes('APIException') || !id) throw new Error(`not saved: ${answer.body}`);
	return id;
}

const requestsOf = (service: Emulator, operation: string) => service.requests.filter((request) => request.operation === operation).length;

describe('24SevenOffice Trigger errors', () => {
	it('a poll with a wrong password fails with the service’s reason and without the password, and keeps the memory', async () => {
		const password = 'wrong-Pa55word!';
		const poller = triggerPoller('twentyFourSevenOfficeTrigger', 'twentyFourSevenOfficeApi', tsoCredential(emulator(), { ...tsoDemo, password }), { event: 'customer', options: { startFrom: '2026-01-01T00:00:00Z' } });
		const error = (await poller.poll().catch((caught: unknown) => caught)) as Error & { description?: string };
		expect(error).toBeInstanceOf(Error);
		expect(`${error.message} ${error.description ?? ''} ${JSON.stringify(error)}`).not.toContain(password);
		// Nothing was read, so nothing is remembered: the next poll starts from the same date.
		expect(poller.staticData()).toEqual({});
	});
});

describe('24SevenOffice Trigger: Customer Created or Changed', () => {
	it('Fetch Test Event puts out the most recently changed customer as Get Many reads it, and keeps no memory', async () => {
		const poller = trigger({}, 'customer');
		// The seeded customer changed last, written out by hand.
		expect(await poller.fetchTestEvent()).toEqual([
			{ Id: 3, Name: 'Kari Nordmann', Type: 'Consumer', Country: 'NO', DateCreated: '2025-01-10T08:00:00Z', DateChanged: '2026-03-01T08:00:00Z', event: 'updated' },
		]);
		expect(poller.staticData()).toEqual({});
	});

	it('puts out a new customer as created and its change as updated, one GetCompanies a poll', async () => {
		const service = emulator();
		const poller = trigger({}, 'customer');
		service.clock.set(Date.now());
		expect(await poller.poll()).toEqual([]);
		const sessionId = await logIn(service);
		const id = await save(service, sessionId, 'Company', { Name: 'Nye Kunde AS', Type: 'Business' });
		const created = await poller.poll();
		expect(created).toEqual([expect.objectContaining({ Id: Number(id), Name: 'Nye Kunde AS', event: 'created' })]);
		// A change in the same second as the creation would still read as created: the stamps are to the second.
		service.clock.advance(1000);
		await save(service, sessionId, 'Company', { Id: id, Name: 'Nye Kunde AS (renamed)' });
		const before = service.requests.length;
		expect(await poller.poll()).toEqual([expect.objectContaining({ Id: Number(id), Name: 'Nye Kunde AS (renamed)', event: 'updated' })]);
		expect(service.requests.slice(before).map((request) => request.operation)).toEqual(['GetCompanies']);
		expect(await poller.poll()).toEqual([]);
	});

	it('1,000 customers created or changed at random over 100 polls: none lost, none twice, one request a poll', async () => {
		const service = emulator();
		const sessionId = await logIn(service);
		const ids = ['2', '3'];
		let serial = 0;
		const result = await runScenario(
			{
				poller: trigger({}, 'customer'),
				clock: service.clock,
				log: service.changes,
				change: async (pick) => {
					serial++;
					if (pick(5) === 0) ids.push(await save(service, sessionId, 'Company', { Name: `Customer ${serial}`, Type: 'Business' }));
					// Mostly the few newest, so that one customer often changes again within the same second.
					else await save(service, sessionId, 'Company', { Id: ids[ids.length - 1 - pick(Math.min(ids.length, 3))], Name: `Customer change ${serial}` });
				},
				keyOf: (item) => String(item.Id),
				stampOf: (item) => String(item.DateChanged).slice(0, 19),
				requestCount: () => service.requests.length,
			},
			{ changes: 1000, polls: 100, seed: 11, skewMs: 60_000, maxStepMs: 20_000 },
		);
		expect(result.lost).toEqual([]);
		expect(result.duplicated).toEqual([]);
		expect(service.changes.entries).toHaveLength(1000);
		expect(Math.max(...result.requestsPerPoll)).toBeLessThanOrEqual(2);
	}, 120_000);
});

describe('24SevenOffice Trigger: Product Created or Changed', () => {
	it('Fetch Test Event puts out the most recently changed product, its event `changed`', async () => {
		expect(await trigger({}, 'product').fetchTestEvent()).toEqual([
			{ Id: 3, No: 'V-300', Name: 'Turkart Vestland', CategoryId: 2, Price: 249, TaxRate: 15, Stock: 0, StatusId: 0, DateChanged: '2026-03-10T12:00:00Z', event: 'changed' },
		]);
	});

	it('1,000 products created or changed at random over 100 polls: none lost, none twice, one request a poll', async () => {
		const service = emulator();
		const sessionId = await logIn(service);
		const ids = ['1', '2', '3'];
		let serial = 0;
		const result = await runScenario(
			{
				poller: trigger({}, 'product'),
				clock: service.clock,
				log: service.changes,
				change: async (pick) => {
					serial++;
					if (pick(5) === 0) ids.push(await save(service, sessionId, 'Product', { Name: `Product ${serial}`, CategoryId: 1 }));
					else await save(service, sessionId, 'Product', { Id: ids[ids.length - 1 - pick(Math.min(ids.length, 3))], Name: `Product change ${serial}` });
				},
				keyOf: (item) => String(item.Id),
				stampOf: (item) => String(item.DateChanged).slice(0, 19),
				requestCount: () => service.requests.length,
			},
			{ changes: 1000, polls: 100, seed: 13, skewMs: -30_000, maxStepMs: 20_000 },
		);
		expect(result.lost).toEqual([]);
		expect(result.duplicated).toEqual([]);
		expect(Math.max(...result.requestsPerPoll)).toBeLessThanOrEqual(2);
	}, 120_000);
});

describe('24SevenOffice Trigger: Sales Order Created or Changed', () => {
	it('Fetch Test Event puts out the order changed last within the year, as Get Many reads it', async () => {
		const [item, ...rest] = await trigger({}, 'salesOrder').fetchTestEvent();
		expect(rest).toEqual([]);
		// The seeded offer of 2026-11-02.
		expect(item).toMatchObject({ orderId: 103, customerId: 2, status: 'Offer', dateChanged: '2026-11-02T08:30:00.000Z', event: 'changed' });
	});

	it('1,000 orders created, changed or invoiced at random over 100 polls: none lost, none twice, one request a poll', async () => {
		const service = emulator();
		const sessionId = await logIn(service);
		const open = ['101', '103'];
		let serial = 0;
		const result = await runScenario(
			{
				poller: trigger({}, 'salesOrder'),
				clock: service.clock,
				log: service.changes,
				change: async (pick) => {
					serial++;
					const choice = pick(6);
					if (choice === 0 || open.length === 0) {
						open.push(await saveOrder(service, sessionId, `<CustomerId>${2 + pick(2)}</CustomerId><OrderStatus>Draft</OrderStatus><InvoiceRows><InvoiceRow><ProductId>1</ProductId><Quantity>1</Quantity></InvoiceRow></InvoiceRows>`));
					} else if (choice === 1) {
						// Invoicing an order changes it for the last time.
						await saveOrder(service, sessionId, `<OrderId>${open.splice(pick(open.length), 1)[0]}</OrderId><OrderStatus>Invoiced</OrderStatus>`);
					} else {
						await saveOrder(service, sessionId, `<OrderId>${open[open.length - 1 - pick(Math.min(open.length, 3))]}</OrderId><YourReference>Change ${serial}</YourReference>`);
					}
				},
				keyOf: (item) => String(item.orderId),
				stampOf: (item) => String(item.dateChanged).slice(0, 19),
				requestCount: () => service.requests.length,
			},
			{ changes: 1000, polls: 100, seed: 17, skewMs: 30_000, maxStepMs: 20_000 },
		);
		expect(result.lost).toEqual([]);
		expect(result.duplicated).toEqual([]);
		expect(Math.max(...result.requestsPerPoll)).toBeLessThanOrEqual(2);
	}, 120_000);
});

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
