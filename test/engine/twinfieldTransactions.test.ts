/**
 * Twinfield Transaction → Create, Get and Get Many run by n8n's workflow engine
 * against the emulator: what goes out is read back with fast-xml-parser, what
 * comes out is compared with values written by hand from the seeded books.
 */
import { XMLParser } from 'fast-xml-parser';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { twinfieldDemo } from '../emulator';
import type { CredentialStore } from './credentialsHelper';
import { twinfieldCredential, twinfieldOAuthCredential, useEmulator, visibleText } from './harness';
import { runWorkflow } from './runWorkflow';
import { chain, type Step } from './workflow';

const emulator = useEmulator();
const store = (): CredentialStore => ({ twinfieldApi: { test: twinfieldCredential(emulator(), twinfieldDemo) } });
const count = (operation: string) => emulator().requests.filter((request) => request.operation === operation).length;
const sentMessages = () => emulator().requests.filter((request) => request.operation === 'ProcessXmlString').map((request) => request.values?.xmlRequest ?? '');
const reference = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['transaction', 'line', 'column'].includes(name) });

function step(operation: string, parameters: INodeParameters, continueOnFail = false): Step {
	return { name: 'Twinfield', type: 'twinfield', parameters: { resource: 'transaction', operation, office: 'DEMO1', ...parameters }, credential: 'test', continueOnFail };
}

async function run(operation: string, parameters: INodeParameters, items: IDataObject[] = [{}], continueOnFail = false) {
	return await runWorkflow(chain(items, step(operation, parameters, continueOnFail)), store());
}

const code = (value: string) => ({ __rl: true, mode: 'id', value });
type LineSpec = [account: string, side: 'debit' | 'credit', amount: number | string, extra?: IDataObject];
const lines = (...specs: LineSpec[]) => ({ line: specs.map(([account, side, amount, extra = {}]) => ({ glAccount: code(account), debitCredit: side, amount, ...extra })) });

const JOURNAL = { daybookType: 'journal', date: '2026-02-15T00:00:00', lines: lines(['4000', 'debit', 250.5, { description: 'Printer paper & ink' }], ['1100', 'credit', 250.5]) };
const SALE = {
	daybookType: 'sales',
	date: '2026-03-10',
	invoiceNumber: 'F2026-010',
	lines: lines(['1300', 'debit', 121, { customer: code('1000') }], ['8000', 'credit', 100, { vatCode: 'VH', costCentre: 'K100', project: 'P0001' }]),
};

const NO_DIMENSIONS = { customer: null, supplier: null, costCentre: null, project: null };

describe('Twinfield Transaction → Create', () => {
	it('books a journal entry provisional by default and outputs it as Twinfield saved it, typed', async () => {
		const result = await run('create', JOURNAL);
		expect(result.error).toBeUndefined();
		const [saved] = result.json('Twinfield');
		// MEMO 202600001 is seeded, so Twinfield gives the next number of the daybook and year.
		expect(saved).toMatchObject({ office: 'DEMO1', daybook: 'MEMO', number: 202600002, status: 'provisional', period: '2026/02', date: '2026-02-15', currency: 'EUR', invoiceNumber: null, dueDate: null });
		expect(saved.modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
		expect(saved.lines).toEqual([
			{ line: 1, type: 'detail', glAccount: '4000', glAccountName: 'Kantoorkosten', ...NO_DIMENSIONS, debitCredit: 'debit', value: 250.5, valueSigned: 250.5, vatCode: null, description: 'Printer paper & ink', invoiceNumber: null, matchStatus: 'notmatchable', openValueSigned: null },
			{ line: 2, type: 'detail', glAccount: '1100', glAccountName: 'Bank', ...NO_DIMENSIONS, debitCredit: 'credit', value: 250.5, valueSigned: -250.5, vatCode: null, description: null, invoiceNumber: null, matchStatus: 'notmatchable', openValueSigned: null },
		]);
		expect([count('Logon'), count('ProcessXmlString')]).toEqual([1, 1]);
		const sent = reference.parse(sentMessages()[0]);
		const transaction = sent.transactions.transaction[0];
		expect(transaction['@destiny']).toBe('temporary');
		expect(transaction['@raisewarning']).toBeUndefined();
		expect(transaction.header).toEqual({ office: 'DEMO1', code: 'MEMO', date: '20260215', currency: 'EUR' });
		expect(transaction.lines.line).toEqual([
			{ '@type': 'detail', '@id': '1', dim1: '4000', debitcredit: 'debit', value: '250.50', description: 'Printer paper & ink' },
			{ '@type': 'detail', '@id': '2', dim1: '1100', debitcredit: 'credit', value: '250.50' },
		]);
	});

	it('books a sales invoice: the customer line is the total, Twinfield adds the VAT line and the due date of the payment term', async () => {
		const result = await run('create', { ...SALE, saveAs: 'final' });
		expect(result.error).toBeUndefined();
		const [saved] = result.json('Twinfield');
		expect(saved).toMatchObject({ daybook: 'VRK', number: 202600005, status: 'final', period: '2026/03', date: '2026-03-10', invoiceNumber: 'F2026-010', dueDate: '2026-03-24' });
		expect(saved.lines).toEqual([
			{ line: 1, type: 'total', glAccount: '1300', glAccountName: 'Debiteuren', ...NO_DIMENSIONS, customer: '1000', debitCredit: 'debit', value: 121, valueSigned: 121, vatCode: null, description: null, invoiceNumber: 'F2026-010', matchStatus: 'available', openValueSigned: 121 },
			{ line: 2, type: 'detail', glAccount: '8000', glAccountName: 'Omzet', ...NO_DIMENSIONS, costCentre: 'K100', project: 'P0001', debitCredit: 'credit', value: 100, valueSigned: -100, vatCode: 'VH', description: null, invoiceNumber: null, matchStatus: 'notmatchable', openValueSigned: null },
			{ line: 3, type: 'vat', glAccount: '1520', glAccountName: 'Af te dragen btw', ...NO_DIMENSIONS, debitCredit: 'credit', value: 21, valueSigned: -21, vatCode: 'VH', description: null, invoiceNumber: null, matchStatus: 'notmatchable', openValueSigned: null },
		]);
		const transaction = reference.parse(sentMessages()[0]).transactions.transaction[0];
		expect([transaction['@destiny'], transaction['@autobalancevat']]).toEqual(['final', 'true']);
		expect(transaction.header.invoicenumber).toBe('F2026-010');
		expect(transaction.lines.line.map((line: IDataObject) => [line['@type'], line.dim1, line.dim2, line.dim3])).toEqual([
			['total', '1300', '1000', undefined],
			['detail', '8000', 'K100', 'P0001'],
		]);
	});

	it('sends 30 items in two calls of 25 and 5 and pairs every saved transaction with its item', async () => {
		const items = Array.from({ length: 30 }, (_unused, index) => ({ amount: 10 + index }));
		const parameters = { ...JOURNAL, lines: lines(['4000', 'debit', '={{ $json.amount }}'], ['1100', 'credit', '={{ $json.amount }}']) };
		const result = await run('create', parameters, items);
		expect(result.error).toBeUndefined();
		const output = result.output('Twinfield');
		expect(output.map((item) => [item.json.number, (item.json.lines as IDataObject[])[0].value, item.pairedItem])).toEqual(
			items.map((item, index) => [202600002 + index, item.amount, { item: index }]),
		);
		expect(count('ProcessXmlString')).toBe(2);
		expect(sentMessages().map((message) => reference.parse(message).transactions.transaction.length)).toEqual([25, 5]);
		// A save costs 3 fair-use credits per request: 6, where one request per item would cost 90.
		expect(emulator().twinfieldCreditsSpent()).toBe(6);
	});

	it('books with an OAuth 2 token too: 3 items in one request', async () => {
		const oauth: Step = { ...step('create', JOURNAL), typeVersion: 1.1, credentialType: 'twinfieldOAuth2Api', credential: 'oauth' };
		const result = await runWorkflow(chain([{}, {}, {}], oauth), { twinfieldOAuth2Api: { oauth: twinfieldOAuthCredential(emulator()) } });
		expect(result.error).toBeUndefined();
		expect(result.json('Twinfield').map((item) => item.number)).toEqual([202600002, 202600003, 202600004]);
		expect(emulator().requests.map((request) => request.operation)).toEqual(['ProcessXmlString']);
		expect(emulator().requests.find((request) => request.operation === 'ProcessXmlString')?.body).toContain('<CompanyCode>DEMO1</CompanyCode>');
	});

	it('refuses an unbalanced transaction before sending, naming the difference', async () => {
		const result = await run('create', { ...JOURNAL, lines: lines(['4000', 'debit', 121], ['1100', 'credit', 100]) });
		expect(result.error?.message).toBe('The transaction does not balance: debit 121.00, credit 100.00, a difference of 21.00 on the debit side');
		expect(result.error?.context?.itemIndex).toBe(0);
		expect(count('ProcessXmlString')).toBe(0);
	});

	it('leaves the balance of lines with VAT codes to Twinfield, and reports its refusal', async () => {
		const unbalanced = { ...SALE, lines: lines(['1300', 'debit', 130, { customer: code('1000') }], ['8000', 'credit', 100, { vatCode: 'VH' }]) };
		const result = await run('create', unbalanced);
		expect(result.error?.message).toBe(
			'Twinfield refused the transaction: The transaction is not balanced: debit 130.00, credit 121.00, difference 9.00. (lines)',
		);
		expect(count('ProcessXmlString')).toBe(1);
	});

	it('with Continue On Fail, an unknown dimension fails its own item only; the others of the batch are saved', async () => {
		const items = [{ account: '4000' }, { account: '4999' }, { account: '4000' }];
		const parameters = { ...JOURNAL, lines: lines(['={{ $json.account }}', 'debit', 10], ['1100', 'credit', 10]) };
		const result = await run('create', parameters, items, true);
		expect(result.error).toBeUndefined();
		const output = result.output('Twinfield');
		expect(output.map((item) => [item.json.number ?? item.json.error, item.pairedItem])).toEqual([
			[202600002, { item: 0 }],
			['Twinfield refused the transaction: Dimension 4999 does not exist in administration DEMO1. (lines/line[1]/dim1)', { item: 1 }],
			[202600003, { item: 2 }],
		]);
		expect(count('ProcessXmlString')).toBe(1);
	});

	it('without Continue On Fail, the first failed item stops the node with its index', async () => {
		const items = [{ account: '4000' }, { account: '4999' }];
		const parameters = { ...JOURNAL, lines: lines(['={{ $json.account }}', 'debit', 10], ['1100', 'credit', 10]) };
		const result = await run('create', parameters, items);
		expect(result.error?.message).toMatch(/^Twinfield refused the transaction: Dimension 4999 does not exist/);
		expect(result.error?.context?.itemIndex).toBe(1);
		const sessionId = /<SessionID>([^<]+)<\/SessionID>/.exec(emulator().requests.find((request) => request.operation === 'ProcessXmlString')?.body ?? '')?.[1];
		expect(sessionId).toBeTruthy();
		const shown = visibleText(result, 'Twinfield');
		for (const secret of [sessionId ?? '', twinfieldDemo.password]) expect(shown).not.toContain(secret);
	});

	it('reports a closed period and a customer Twinfield does not know', async () => {
		const closed = await run('create', { ...JOURNAL, date: '2026-01-20' });
		expect(closed.error?.message).toBe('Twinfield refused the transaction: Period 2026/01 is closed. (header/date)');
		const unknown = await run('create', { ...SALE, lines: lines(['1300', 'debit', 121, { customer: code('1999') }], ['8000', 'credit', 100, { vatCode: 'VH' }]) });
		expect(unknown.error?.message).toBe('Twinfield refused the transaction: Dimension 1999 does not exist in administration DEMO1. (lines/line[1]/dim2)');
	});

	it('a warning stops the save unless Save Despite Warnings is on; then the warnings come with the output', async () => {
		const stopped = await run('create', { ...JOURNAL, date: '2025-06-30' });
		expect(stopped.error?.message).toBe(
			'Twinfield did not save the transaction because of a warning: The date lies in 2025, a year that is closed; the transaction is booked in the first open period. (header/date)',
		);
		const saved = await run('create', { ...JOURNAL, date: '2025-06-30', options: { allowWarnings: true } });
		expect(saved.error).toBeUndefined();
		const [item] = saved.json('Twinfield');
		expect([item.number, item.period, item.date]).toEqual([202600002, '2026/02', '2025-06-30']);
		expect(item.warnings).toEqual([
			{ type: 'warning', element: 'transaction/header/date', message: 'The date lies in 2025, a year that is closed; the transaction is booked in the first open period.' },
		]);
		expect(reference.parse(sentMessages()[1]).transactions.transaction[0]['@raisewarning']).toBe('false');
	});

	it('checks the input before sending: one line, two dimensions on a line, no customer line in a sale, a bad period', async () => {
		const cases: Array<[INodeParameters, RegExp]> = [
			[{ ...JOURNAL, lines: lines(['4000', 'debit', 10]) }, /^The transaction has 1 line; Twinfield needs at least two$/],
			[{ ...JOURNAL, lines: lines(['1300', 'debit', 10, { customer: code('1000'), costCentre: 'K100' }], ['8000', 'credit', 10]) }, /^Line 1 has both Customer and Cost Centre$/],
			[{ ...SALE, lines: lines(['1300', 'debit', 10], ['8000', 'credit', 10]) }, /^A sales transaction needs exactly one line with a customer; this one has 0$/],
			[{ ...JOURNAL, options: { period: '2026/13' } }, /^The period "2026\/13" is not a period$/],
			[{ ...JOURNAL, lines: lines(['4000', 'debit', 10.005], ['1100', 'credit', 10.005]) }, /^Line 1 has the amount 10.005 with more than two decimals$/],
		];
		for (const [parameters, message] of cases) {
			const result = await run('create', parameters);
			expect(result.error?.message).toMatch(message);
		}
		expect(count('ProcessXmlString')).toBe(0);
	});
});

describe('Twinfield Transaction → Get', () => {
	it('reads a seeded sales invoice with its lines, typed', async () => {
		const result = await run('get', { daybookCode: 'VRK', number: '202600003' });
		expect(result.error).toBeUndefined();
		expect(result.json('Twinfield')).toEqual([
			{
				office: 'DEMO1',
				daybook: 'VRK',
				daybookName: 'Verkoopboek',
				number: 202600003,
				status: 'final',
				period: '2026/02',
				date: '2026-02-05',
				currency: 'EUR',
				invoiceNumber: 'F2026-003',
				dueDate: '2026-03-07',
				origin: 'import',
				user: 'DEMO',
				inputDate: '2026-02-05T11:00:00Z',
				modified: '2026-02-05T11:00:00Z',
				lines: [
					{ line: 1, type: 'total', glAccount: '1300', glAccountName: 'Debiteuren', ...NO_DIMENSIONS, customer: '1000', debitCredit: 'debit', value: 363, valueSigned: 363, vatCode: null, description: null, invoiceNumber: 'F2026-003', matchStatus: 'available', openValueSigned: 363 },
					{ line: 2, type: 'detail', glAccount: '8000', glAccountName: 'Omzet', ...NO_DIMENSIONS, debitCredit: 'credit', value: 300, valueSigned: -300, vatCode: 'VH', description: null, invoiceNumber: null, matchStatus: 'notmatchable', openValueSigned: null },
					{ line: 3, type: 'vat', glAccount: '1520', glAccountName: 'Af te dragen btw', ...NO_DIMENSIONS, debitCredit: 'credit', value: 63, valueSigned: -63, vatCode: 'VH', description: null, invoiceNumber: null, matchStatus: 'notmatchable', openValueSigned: null },
				],
			},
		]);
		expect(reference.parse(sentMessages()[0])).toEqual({ read: { type: 'transaction', office: 'DEMO1', code: 'VRK', number: '202600003' } });
	});

	it('reads back what Create saved, the same shape', async () => {
		const created = (await run('create', SALE)).json('Twinfield')[0];
		const read = (await run('get', { daybookCode: 'VRK', number: String(created.number) })).json('Twinfield')[0];
		expect(read).toEqual(created);
	});

	it('names a transaction that does not exist; Continue On Fail goes on with the next item', async () => {
		const items = [{ number: '202600099' }, { number: '202600001' }];
		const result = await run('get', { daybookCode: 'VRK', number: '={{ $json.number }}' }, items, true);
		const output = result.output('Twinfield');
		expect(output[0].json.error).toBe('Twinfield could not read transaction VRK 202600099 in office DEMO1: Transaction VRK 202600099 does not exist.');
		expect(output[1].json).toMatchObject({ number: 202600001, invoiceNumber: 'F2026-001' });
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(count('ProcessXmlString')).toBe(2);
	});
});

describe('Twinfield Transaction → Get Many', () => {
	it('lists the general ledger lines of a period range, one item per line, typed', async () => {
		const result = await run('getMany', { ledger: 'generalLedger', periodFrom: '2026/02', periodTo: '2026/02', returnAll: true });
		expect(result.error).toBeUndefined();
		const rows = result.json('Twinfield');
		// In 2026/02: purchase INK 202600001 (3 lines), journal MEMO 202600001 (2), sale VRK 202600003 (3).
		expect(rows.map((row) => `${row.daybook} ${row.number}/${row.line} ${row.glAccount} ${row.valueSigned}`)).toEqual([
			'INK 202600001/1 1600 -605',
			'INK 202600001/2 4000 500',
			'INK 202600001/3 1510 105',
			'MEMO 202600001/1 4000 250',
			'MEMO 202600001/2 1100 -250',
			'VRK 202600003/1 1300 363',
			'VRK 202600003/2 8000 -300',
			'VRK 202600003/3 1520 -63',
		]);
		expect(rows[0]).toEqual({
			office: 'DEMO1',
			daybook: 'INK',
			number: 202600001,
			line: 1,
			status: 'final',
			period: '2026/02',
			date: '2026-02-12',
			currency: 'EUR',
			glAccount: '1600',
			glAccountName: 'Crediteuren',
			...NO_DIMENSIONS,
			supplier: '2000',
			debitCredit: 'credit',
			value: 605,
			valueSigned: -605,
			vatCode: null,
			description: null,
			invoiceNumber: 'PC-7781',
			dueDate: null,
			matchStatus: null,
			openValueSigned: null,
			modified: '2026-02-13T08:00:00Z',
			lineModified: null,
		});
		const columns = reference.parse(sentMessages()[0]).columns;
		expect(columns['@code']).toBe('030_2');
		const filters = columns.column.filter((column: IDataObject) => column.operator !== 'none');
		expect(filters).toEqual([
			{ field: 'fin.trs.head.office', visible: 'true', ask: 'true', operator: 'equal', from: 'DEMO1', to: '' },
			{ field: 'fin.trs.head.yearperiod', visible: 'true', ask: 'true', operator: 'between', from: '2026/02', to: '2026/02' },
		]);
		expect(count('ProcessXmlString')).toBe(1);
	});

	it("lists a customer's open items with open amount and due date", async () => {
		const result = await run('getMany', { ledger: 'customers', periodFrom: '2026/01', periodTo: '2026/12', openOnly: true, returnAll: true });
		expect(result.json('Twinfield').map((row) => [row.number, row.customer, row.openValueSigned, row.dueDate, row.matchStatus])).toEqual([
			[202600002, '1001', 484.5, '2026-02-19', 'available'],
			[202600003, '1000', 363, '2026-03-07', 'available'],
			[202600004, '1003', -121, '2026-04-01', 'available'],
		]);
		const one = await run('getMany', { ledger: 'customers', periodFrom: '2026/01', periodTo: '2026/12', openOnly: true, customer: code('1000'), returnAll: true });
		expect(one.json('Twinfield').map((row) => row.number)).toEqual([202600003]);
		const sent = reference.parse(sentMessages()[1]).columns;
		expect(sent['@code']).toBe('100');
		expect(sent.column.filter((column: IDataObject) => column.operator === 'equal').map((column: IDataObject) => [column.field, column.from])).toEqual([
			['fin.trs.head.office', 'DEMO1'],
			['fin.trs.line.dim2', '1000'],
			['fin.trs.line.matchstatus', 'available'],
		]);
	});

	it('lists supplier lines from browse 200 and stops at the Limit', async () => {
		const suppliers = await run('getMany', { ledger: 'suppliers', periodFrom: '2026/01', periodTo: '2026/12', returnAll: true });
		expect(suppliers.json('Twinfield').map((row) => [row.daybook, row.supplier, row.openValueSigned])).toEqual([['INK', '2000', -605]]);
		const limited = await run('getMany', { ledger: 'generalLedger', periodFrom: '2026/01', periodTo: '2026/12', limit: 4 });
		expect(limited.json('Twinfield')).toHaveLength(4);
		expect(count('ProcessXmlString')).toBe(2);
	});

	it('finds only the transactions changed since a moment: a new one, not the seeded ones', async () => {
		const before = new Date(Date.now() - 2000).toISOString();
		await run('create', JOURNAL);
		const result = await run('getMany', { ledger: 'generalLedger', periodFrom: '2026/01', periodTo: '2026/12', returnAll: true, filters: { modifiedSince: before } });
		expect(result.json('Twinfield').map((row) => `${row.daybook} ${row.number}/${row.line} ${row.status}`)).toEqual(['MEMO 202600002/1 provisional', 'MEMO 202600002/2 provisional']);
	});

	it("with Continue On Fail, an office Twinfield refuses fails that item and the next item's lines come out", async () => {
		const items = [{ office: 'DEMO9' }, { office: 'DEMO2' }];
		const result = await run('getMany', { office: '={{ $json.office }}', ledger: 'customers', periodFrom: '2026/01', periodTo: '2026/12', returnAll: true }, items, true);
		const output = result.output('Twinfield');
		expect(output.map((item) => [item.json.error ?? `${item.json.office} ${item.json.number} ${item.json.customer}`, item.pairedItem])).toEqual([
			['Twinfield could not list the transaction lines of office DEMO9: You have no access to administration DEMO9.', { item: 0 }],
			['DEMO2 202600001 1000', { item: 1 }],
		]);
	});

	it('refuses periods that are not YYYY/PP before sending', async () => {
		const result = await run('getMany', { ledger: 'generalLedger', periodFrom: '2026', periodTo: '2026/12' });
		expect(result.error?.message).toBe('The period "2026" is not a period');
		expect(count('ProcessXmlString')).toBe(0);
	});
});
