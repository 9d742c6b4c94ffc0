/**
 * 24SevenOffice Account and Transaction resources run by n8n's workflow
 * engine against the emulator: accounts, tax codes, transactions searched
 * window by window, and vouchers checked for balance before they are posted.
 */
import type { INodeParameters } from 'n8n-workflow';

import { TSO_ACCOUNTING_NS, tsoDemo } from '../emulator';
import { runStep, tsoCredential, useEmulator, visibleText } from './harness';
import { loadOptionsContext } from './runWorkflow';
import { requestBody } from './tsoSoapBody';
import { chain } from './workflow';
import { methods } from '../../nodes/TwentyFourSevenOffice/methods';

const emulator = useEmulator({ loginsBeforeThrottle: 20 });
const TSO = 'http://24sevenOffice.com/webservices';

function node(resource: string, operation: string, parameters: INodeParameters, items: object[] = [{}], continueOnFail = false) {
	return runStep(
		{ name: '24SevenOffice', type: 'twentyFourSevenOffice', parameters: { resource, operation, ...parameters }, continueOnFail },
		'twentyFourSevenOfficeApi',
		tsoCredential(emulator(), tsoDemo),
		items,
	);
}

const requestsFor = (operation: string) => emulator().requests.filter((request) => request.operation === operation);
const account = (value: string) => ({ __rl: true, mode: 'id', value });
const line = (accountNo: string, amount: number, extra: object = {}) => ({ account: account(accountNo), amount, ...extra });

describe('24SevenOffice Account', () => {
	it('gets the chart of accounts, one typed item per account, in one call', async () => {
		const run = await node('account', 'getManyAccounts', { returnAll: true });
		expect(run.error).toBeUndefined();
		const accounts = run.json('24SevenOffice');
		expect(accounts.map((item) => item.accountNo)).toEqual([1500, 1920, 2700, 3000, 3100, 4000, 6300]);
		expect(accounts[3]).toEqual({ accountId: 14, accountNo: 3000, accountName: 'Salgsinntekt, avgiftspliktig', accountTax: 1, taxNo: 3 });
		const [request] = requestsFor('GetAccountList');
		expect(request.path).toBe('/Economy/Account/V004/Accountservice.asmx');
		expect(request.headers.soapaction).toBe(`"${TSO}/GetAccountList"`);
		expect(requestsFor('GetAccountList')).toHaveLength(1);
	});

	it('honours the Limit, and pairs every account with its input item', async () => {
		const run = await node('account', 'getManyAccounts', { returnAll: false, limit: 2 }, [{}, {}]);
		expect(run.json('24SevenOffice').map((item) => item.accountNo)).toEqual([1500, 1920, 1500, 1920]);
		expect(run.output('24SevenOffice').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }]);
		expect(requestsFor('Login')).toHaveLength(1);
	});

	it('gets the tax codes with their rates as numbers', async () => {
		const run = await node('account', 'getManyTaxCodes', { returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.json('24SevenOffice').map((item) => [item.taxNo, item.taxRate])).toEqual([[1, 25], [3, 25], [31, 15], [33, 12], [5, 0]]);
		expect(run.json('24SevenOffice')[1]).toEqual({ taxId: 103, taxNo: 3, taxName: 'Utgående mva, høy sats', taxRate: 25, accountNo: 2700 });
	});

	it('lists accounts and tax codes for the locators, filtered by what is typed, on the session kept with the credential', async () => {
		const workflow = chain([{}], { name: 'Voucher', type: 'twentyFourSevenOffice', credential: 'test', parameters: { resource: 'transaction', operation: 'createVoucher' } });
		const context = loadOptionsContext(workflow, 'Voucher', { twentyFourSevenOfficeApi: { test: tsoCredential(emulator(), tsoDemo) } });
		expect(await methods.listSearch.searchAccounts.call(context, 'salg')).toEqual({
			results: [
				{ name: '3000 Salgsinntekt, avgiftspliktig', value: '3000' },
				{ name: '3100 Salgsinntekt, avgiftsfri', value: '3100' },
			],
			paginationToken: undefined,
		});
		expect((await methods.listSearch.searchAccounts.call(context)).results).toHaveLength(7);
		expect((await methods.listSearch.searchTaxCodes.call(context, 'lav')).results).toEqual([{ name: '33 Utgående mva, lav sats (12 %)', value: '33' }]);
		expect(requestsFor('Login')).toHaveLength(1);
		expect(requestsFor('GetAccountList')).toHaveLength(2);
	});
});

describe('24SevenOffice Transaction: Get Many', () => {
	const YEAR = { dateFrom: '2026-01-01T00:00:00', dateTo: '2026-12-31T00:00:00' };

	it('walks a year in 31-day windows: 12 calls, every entry of the year once, typed', async () => {
		const run = await node('transaction', 'getMany', { ...YEAR, returnAll: true });
		expect(run.error).toBeUndefined();
		const entries = run.json('24SevenOffice');
		// Six seeded sales in 2026 (January to June), three entries each.
		expect(entries).toHaveLength(18);
		expect(entries.map((item) => item.transactionNo)).toEqual([9002, 9002, 9002, 9003, 9003, 9003, 9004, 9004, 9004, 9005, 9005, 9005, 9006, 9006, 9006, 9007, 9007, 9007]);
		expect(entries[0]).toEqual({
			id: '5eed0000-0000-4000-8000-000000000004',
			date: '2026-01-10T00:00:00.000Z',
			accountNo: 1500,
			amount: 2500,
			currency: 'NOK',
			transactionNo: 9002,
			transactionTypeId: 1,
			period: 1,
			comment: 'Invoice 9002',
			vatCode: 0,
			invoiceNo: '9002',
			systemType: 'InvoiceCustomer',
			customerId: 3,
			dueDate: '2026-01-10T00:00:00.000Z',
			registrationDate: '2026-01-10T09:15:00.000Z',
			dateChanged: '2026-01-10T09:15:00.000Z',
			hidden: false,
			open: false,
		});
		const calls = requestsFor('GetTransactions');
		expect(calls).toHaveLength(12);
		expect(calls[0].headers.soapaction).toBe(`"${TSO_ACCOUNTING_NS}GetTransactions"`);
		const first = requestBody(calls[0].body, 'GetTransactions').searchParams as Record<string, unknown>;
		expect(first).toMatchObject({ DateSearchParameters: 'EntryDate', DateStart: '2026-01-01T00:00:00', DateEnd: '2026-01-31T23:59:59' });
		expect(first.SystemType).toEqual({ '@nil': 'true' });
		expect(first.HasInvoiceId).toEqual({ '@nil': 'true' });
		expect(first.AccountNoStart).toBeUndefined();
		const windows = calls.map((call) => {
			const search = requestBody(call.body, 'GetTransactions').searchParams as Record<string, string>;
			return [search.DateStart, search.DateEnd];
		});
		expect(windows[1]).toEqual(['2026-02-01T00:00:00', '2026-03-03T23:59:59']);
		expect(windows[11]).toEqual(['2026-12-08T00:00:00', '2026-12-31T23:59:59']);
	});

	it('stops asking once the Limit is reached, for one account', async () => {
		const run = await node('transaction', 'getMany', { ...YEAR, account: account('1500'), returnAll: false, limit: 4 });
		expect(run.json('24SevenOffice').map((item) => [item.date, item.amount])).toEqual([
			['2026-01-10T00:00:00.000Z', 2500],
			['2026-02-03T00:00:00.000Z', 3750],
			['2026-03-31T00:00:00.000Z', 5000],
			['2026-04-01T00:00:00.000Z', 6250],
		]);
		// January, February to 3 March, 4 March to 3 April: the fourth entry is in the third window.
		const calls = requestsFor('GetTransactions');
		expect(calls).toHaveLength(3);
		expect(requestBody(calls[0].body, 'GetTransactions').searchParams).toMatchObject({ AccountNoStart: '1500', AccountNoEnd: '1500' });
	});

	it('searches by change date and by customer, with windows of the chosen size', async () => {
		const run = await node('transaction', 'getMany', { dateFrom: '2026-03-31', dateTo: '2026-04-01', dateField: 'DateChangedUTC', returnAll: true, filters: { customerId: 2, windowDays: 1 } });
		expect(run.error).toBeUndefined();
		expect(run.json('24SevenOffice').map((item) => [item.transactionNo, item.accountNo, item.customerId])).toEqual([[9005, 1500, 2]]);
		const calls = requestsFor('GetTransactions');
		expect(calls).toHaveLength(2);
		expect(requestBody(calls[1].body, 'GetTransactions').searchParams).toMatchObject({ DateSearchParameters: 'DateChangedUTC', DateStart: '2026-04-01T00:00:00', DateEnd: '2026-04-01T23:59:59', CustomerId: '2' });
	});

	it('refuses a range that ends before it starts, and with Continue On Fail the other items go on', async () => {
		const run = await node(
			'transaction',
			'getMany',
			{ dateFrom: '={{ $json.from }}', dateTo: '2026-01-31', returnAll: true },
			[{ from: '2026-01-01' }, { from: '2026-02-01' }, { from: 'soon' }],
			true,
		);
		const output = run.json('24SevenOffice');
		expect(output.slice(0, 3).map((item) => item.transactionNo)).toEqual([9002, 9002, 9002]);
		expect(output[3]).toEqual({ error: 'From Date is after To Date', details: 'Choose a From Date on or before the To Date.' });
		expect(output[4].error).toBe('From Date is not a date');
		expect(run.output('24SevenOffice').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }, { item: 1 }, { item: 2 }]);
		expect(requestsFor('GetTransactions')).toHaveLength(1);
	});
});

describe('24SevenOffice Transaction: Create Voucher', () => {
	const SALE = { date: '2026-11-20T00:00:00', transactionNo: 7001, saveOption: 'ledger', voucherType: 1 };

	it('posts a balanced voucher as one bundle, and Get Many reads its lines back', async () => {
		const lines = { line: [line('1500', 1250, { customerId: 2, invoiceNo: '7001', comment: 'Sale <Nordlys & co>' }), line('3000', -1000, { taxCode: account('3') }), line('2700', -250)] };
		const run = await node('transaction', 'createVoucher', { ...SALE, lines });
		expect(run.error).toBeUndefined();
		expect(run.json('24SevenOffice')).toEqual([{ transactionNo: 7001, date: '2026-11-20T00:00:00.000Z', yearId: 2026, postedTo: 'ledger', lineCount: 3, totalDebit: 1250, totalCredit: 1250 }]);
		const sent = requestsFor('SaveBundleList');
		expect(sent).toHaveLength(1);
		const list = requestBody(sent[0].body, 'SaveBundleList').BundleList as Record<string, any>;
		expect(list.SaveOption).toBe('0');
		expect(list.AllowDifference).toBe('false');
		expect(list.Bundles.Bundle.YearId).toBe('2026');
		const voucher = list.Bundles.Bundle.Vouchers.Voucher;
		expect(voucher.TransactionNo).toBe('7001');
		expect(voucher.Entries.Entry).toEqual([
			{ CustomerId: '2', AccountNo: '1500', Date: '2026-11-20T00:00:00', Amount: '1250.00', InvoiceReferenceNo: '7001', Comment: 'Sale <Nordlys & co>' },
			{ AccountNo: '3000', Date: '2026-11-20T00:00:00', Amount: '-1000.00', TaxNo: '3' },
			{ AccountNo: '2700', Date: '2026-11-20T00:00:00', Amount: '-250.00' },
		]);

		const read = await node('transaction', 'getMany', { dateFrom: '2026-11-01', dateTo: '2026-11-30', returnAll: true });
		expect(read.json('24SevenOffice').map((item) => [item.transactionNo, item.accountNo, item.amount, item.vatCode, item.customerId])).toEqual([
			[7001, 1500, 1250, 0, 2],
			[7001, 3000, -1000, 3, undefined],
			[7001, 2700, -250, 0, undefined],
		]);
	});

	it('sends amounts with cents exactly, and to the journal by default', async () => {
		const run = await node('transaction', 'createVoucher', { date: '2026-11-20', transactionNo: 7002, lines: { line: [line('1920', 0.1), line('1920', 0.2), line('3100', -0.3)] } });
		expect(run.error).toBeUndefined();
		const list = requestBody(requestsFor('SaveBundleList')[0].body, 'SaveBundleList').BundleList as Record<string, any>;
		expect(list.SaveOption).toBe('1');
		expect(list.Bundles.Bundle.Vouchers.Voucher.Entries.Entry.map((entry: { Amount: string }) => entry.Amount)).toEqual(['0.10', '0.20', '-0.30']);
	});

	it.each([
		[[line('1500', 1000), line('3000', -900)], 'The voucher does not balance: the debits exceed the credits by 100.00', 'Debits (positive amounts) add up to 1000.00 and credits (negative amounts) to 900.00'],
		[[line('1500', 10.5), line('3000', -10.55)], 'The voucher does not balance: the credits exceed the debits by 0.05', 'add up to 10.50 and credits (negative amounts) to 10.55'],
		[[line('1500', 10.005), line('3000', -10.005)], 'The amount of line 1 is not an amount with at most two decimals', 'It was 10.005'],
		[[line('1500', 100)], 'A voucher needs at least two lines, it has 1', 'Add a debit line'],
		[[line('1500', 100), line('={{ "x1" }}', -100)], 'Line 2 has no account number', 'Choose the account'],
	])('checks the lines before sending anything (%#)', async (lines, message, description) => {
		const run = await node('transaction', 'createVoucher', { ...SALE, lines: { line: lines } });
		expect(run.error?.message).toBe(message);
		expect(run.error?.description).toContain(description);
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(requestsFor('SaveBundleList')).toHaveLength(0);
	});

	it.each([
		[{ lines: { line: [line('1234', 100), line('3000', -100)] } }, 'Account 1234 does not exist (voucher 7001)'],
		[{ date: '2024-05-01', lines: { line: [line('1500', 100), line('3000', -100)] } }, 'The fiscal year 2024 is not set up'],
	])('says what the service refused, and sends the voucher only once (%#)', async (parameters, said) => {
		const run = await node('transaction', 'createVoucher', { ...SALE, ...parameters });
		expect(run.error?.message).toBe(`24SevenOffice did not carry out SaveBundleList (NotSaved): ${said}`);
		expect(run.error?.description).toContain('Nothing was saved');
		expect(requestsFor('SaveBundleList')).toHaveLength(1);
		expect(visibleText(run, '24SevenOffice')).not.toContain(tsoDemo.password);
	});

	it('with Continue On Fail, an unbalanced item becomes an error item and the others are posted', async () => {
		const run = await node(
			'transaction',
			'createVoucher',
			{ ...SALE, transactionNo: '={{ $json.no }}', lines: { line: [line('1500', '={{ $json.amount }}' as never), line('3000', -100)] } },
			[{ no: 7101, amount: 100 }, { no: 7102, amount: 99 }, { no: 7103, amount: 100 }],
			true,
		);
		const output = run.json('24SevenOffice');
		expect(output.map((item) => item.transactionNo ?? item.error)).toEqual([7101, 'The voucher does not balance: the credits exceed the debits by 1.00', 7103]);
		expect(run.output('24SevenOffice').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(requestsFor('SaveBundleList')).toHaveLength(2);
	});
});
