/**
 * Twinfield Sales Invoice → Get and Create, run by n8n's engine against the emulator: totals checked against
 * amounts worked out by hand, batches counted in requests, refusals named by field and line.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { twinfieldDemo } from '../emulator';
import { emulatedSalesTransactions } from '../emulator/twinfieldInvoices';
import type { CredentialStore } from './credentialsHelper';
import { twinfieldCredential, twinfieldOAuthCredential, useEmulator, visibleText } from './harness';
import { runWorkflow } from './runWorkflow';
import { chain, type Step } from './workflow';

const emulator = useEmulator();

const store = (): CredentialStore => ({ twinfieldApi: { test: twinfieldCredential(emulator(), twinfieldDemo) } });
const code = (value: string) => ({ __rl: true, mode: 'id', value });

function step(parameters: INodeParameters, continueOnFail = false): Step {
	return { name: 'Twinfield', type: 'twinfield', parameters: { resource: 'salesInvoice', office: code('DEMO1'), ...parameters }, credential: 'test', continueOnFail };
}

async function run(parameters: INodeParameters, items: IDataObject[] = [{}], continueOnFail = false) {
	return await runWorkflow(chain(items, step(parameters, continueOnFail)), store());
}

const count = (operation: string) => emulator().requests.filter((request) => request.operation === operation).length;

/** The seeded final invoice FACTUUR 1: 10 h consultancy at 95.00 (VH 21 %) and 2 handbooks at 24.95 (VL 9 %). */
const SEEDED = {
	office: 'DEMO1',
	invoiceType: 'FACTUUR',
	invoiceNumber: '1',
	status: 'final',
	customer: '1000',
	invoiceDate: '2026-01-05',
	dueDate: '2026-02-04',
	period: '2026/01',
	currency: 'EUR',
	bank: 'BNK',
	paymentMethod: 'bank',
	headerText: 'January work',
	footerText: '',
	valueExcl: 999.9,
	vatValue: 203.99,
	valueInc: 1203.89,
	transaction: { code: 'VRK', number: '202600005' },
	lines: [
		{ id: 1, article: 'CONSULT', subArticle: '0', description: 'Consultancy', quantity: 10, units: 1, unitsPriceExcl: 95, vatCode: 'VH', valueExcl: 950, vatValue: 199.5, valueInc: 1149.5, generalLedgerAccount: '8000', costCentre: '' },
		{ id: 2, article: 'BOOK', subArticle: '0', description: 'Handbook', quantity: 2, units: 1, unitsPriceExcl: 24.95, vatCode: 'VL', valueExcl: 49.9, vatValue: 4.49, valueInc: 54.39, generalLedgerAccount: '8000', costCentre: '' },
	],
	vatLines: [
		{ vatCode: 'VH', vatValue: 199.5 },
		{ vatCode: 'VL', vatValue: 4.49 },
	],
};

describe('Twinfield Sales Invoice → Get', () => {
	it('reads an invoice by type and number into typed JSON: dates, amounts, totals and its transaction', async () => {
		const result = await run({ operation: 'get', invoiceType: code('FACTUUR'), invoiceNumber: '1' });
		expect(result.error).toBeUndefined();
		expect(result.json('Twinfield')).toEqual([SEEDED]);
		expect(count('ProcessXmlString')).toBe(1);
		const read = emulator().requests.find((request) => request.operation === 'ProcessXmlString');
		expect(read?.values?.xmlRequest).toBe('<read><type>salesinvoice</type><office>DEMO1</office><code>FACTUUR</code><invoicenumber>1</invoicenumber></read>');
	});

	it('says which invoice does not exist, per item under Continue On Fail', async () => {
		const items = [{ number: '99' }, { number: '1' }];
		const result = await run({ operation: 'get', invoiceType: code('FACTUUR'), invoiceNumber: '={{ $json.number }}' }, items, true);
		expect(result.error).toBeUndefined();
		const [missing, found] = result.output('Twinfield');
		expect(missing.json.error).toBe('Twinfield refused the read of sales invoice FACTUUR 99 in office DEMO1: Invoice 99 of type FACTUUR does not exist.');
		expect(missing.pairedItem).toEqual({ item: 0 });
		expect(found.json.invoiceNumber).toBe('1');
		expect(found.pairedItem).toEqual({ item: 1 });
	});
});

const processXmlBodies = () => emulator().requests.filter((request) => request.operation === 'ProcessXmlString').map((request) => String(request.values?.xmlRequest));

function create(parameters: INodeParameters = {}) {
	return {
		operation: 'create',
		invoiceType: code('FACTUUR'),
		customer: code('1001'),
		lines: { line: [{ article: code('CONSULT'), quantity: 3 }] },
		additionalFields: { invoiceDate: '2026-03-10' },
		...parameters,
	};
}

describe('Twinfield Sales Invoice → Create', () => {
	it('saves a concept with the lines defined in the node and puts out its number and totals', async () => {
		const result = await run(
			create({
				lines: {
					line: [
						{ article: code('CONSULT'), quantity: 3 },
						{ article: code('BOOK'), quantity: 1.5, units: '2', price: '10.10', description: 'Pocket edition', generalLedgerAccount: code('8020'), costCentre: 'K100' },
					],
				},
				additionalFields: { invoiceDate: '2026-03-10', headerText: 'March' },
			}),
		);
		expect(result.error).toBeUndefined();
		// 3 × 95.00 = 285.00 + 21 % = 59.85; 1.5 × 2 × 10.10 = 30.30 + 9 % = 2.727 → 2.73.
		const [invoice] = result.json('Twinfield');
		expect(invoice).toMatchObject({
			office: 'DEMO1',
			invoiceType: 'FACTUUR',
			invoiceNumber: '2',
			status: 'concept',
			customer: '1001',
			invoiceDate: '2026-03-10',
			dueDate: '2026-04-09',
			period: '2026/03',
			headerText: 'March',
			valueExcl: 315.3,
			vatValue: 62.58,
			valueInc: 377.88,
			transaction: null,
			vatLines: [
				{ vatCode: 'VH', vatValue: 59.85 },
				{ vatCode: 'VL', vatValue: 2.73 },
			],
		});
		expect((invoice.lines as IDataObject[])[1]).toEqual({
			id: 2,
			article: 'BOOK',
			subArticle: '0',
			description: 'Pocket edition',
			quantity: 1.5,
			units: 2,
			unitsPriceExcl: 10.1,
			vatCode: 'VL',
			valueExcl: 30.3,
			vatValue: 2.73,
			valueInc: 33.03,
			generalLedgerAccount: '8020',
			costCentre: 'K100',
		});
		expect(invoice.warnings).toBeUndefined();
		expect(processXmlBodies()).toEqual([
			'<salesinvoices><salesinvoice raisewarning="false"><header><office>DEMO1</office><invoicetype>FACTUUR</invoicetype><invoicedate>20260310</invoicedate>' +
				'<customer>1001</customer><status>concept</status><headertext>March</headertext></header><lines>' +
				'<line id="1"><article>CONSULT</article><quantity>3</quantity></line>' +
				'<line id="2"><article>BOOK</article><quantity>1.5</quantity><units>2</units><unitspriceexcl>10.1</unitspriceexcl><description>Pocket edition</description><dim1>8020</dim1><dim2>K100</dim2></line>' +
				'</lines></salesinvoice></salesinvoices>',
		]);
		// What Get reads back is what Create put out.
		const read = await run({ operation: 'get', invoiceType: code('FACTUUR'), invoiceNumber: '2' });
		expect(read.json('Twinfield')).toEqual([invoice]);
	});

	it('makes a final invoice, which is posted as a sales transaction', async () => {
		const result = await run(create({ status: 'final' }));
		expect(result.json('Twinfield')[0]).toMatchObject({ status: 'final', valueInc: 344.85, transaction: { code: 'VRK', number: '202600006' } });
		expect(emulatedSalesTransactions.map((transaction) => [transaction.number, transaction.invoiceNumber])).toEqual([['202600006', 2]]);
	});

	it('sends 100 invoices in 4 requests of 25 and pairs each saved invoice with its item', async () => {
		const items = Array.from({ length: 100 }, (_unused, index) => ({ hours: index + 1 }));
		const result = await run(create({ lines: { line: [{ article: code('HOURS'), subArticle: 'STD', quantity: '={{ $json.hours }}' }] } }), items);
		expect(result.error).toBeUndefined();
		const output = result.output('Twinfield');
		expect(output).toHaveLength(100);
		output.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.invoiceNumber).toBe(String(index + 2));
			// (index + 1) hours at 60.00, 21 % VAT.
			expect(item.json.valueExcl).toBe((index + 1) * 60);
			expect(item.json.valueInc).toBe(Math.round((index + 1) * 60 * 121) / 100);
		});
		expect(processXmlBodies().map((body) => body.split('<salesinvoice ').length - 1)).toEqual([25, 25, 25, 25]);
		expect(count('Logon')).toBe(1);
		// Four saves of 3 fair-use credits each.
		expect(emulator().twinfieldCreditsSpent()).toBe(12);
	});

	it('with Continue On Fail, names the field and line of each refused invoice and saves the others', async () => {
		const items = [
			{ customer: '1000', lines: [{ article: 'CONSULT', quantity: 1 }] },
			{ customer: '9999', lines: [{ article: 'CONSULT', quantity: 1 }] },
			{ customer: '1000', lines: [] },
			{ customer: '1000', lines: [{ article: 'CONSULT', quantity: 1 }, { article: 'BOOK', quantity: 1, vatCode: 'IH' }] },
			{ customer: '1002', lines: [{ article: 'HOURS', subArticle: 'WKD', quantity: 2, price: 80 }] },
		];
		const parameters = create({ customer: code('={{ $json.customer }}'), linesInput: 'json', linesJson: '={{ JSON.stringify($json.lines) }}' });
		const result = await run(parameters, items, true);
		expect(result.error).toBeUndefined();
		const output = result.output('Twinfield');
		expect(output.map((item) => item.pairedItem)).toEqual([0, 1, 2, 3, 4].map((item) => ({ item })));
		const [first, unknownCustomer, noLines, purchaseVat, last] = output.map((item) => item.json);
		expect(first).toMatchObject({ invoiceNumber: '2', customer: '1000', valueInc: 114.95 });
		expect(unknownCustomer.error).toBe('Twinfield refused the sales invoice for customer 9999: The customer dimension does not exist. (Customer)');
		expect(noLines.error).toBe('The invoice has no lines');
		expect(purchaseVat.error).toBe('Twinfield refused the sales invoice for customer 1000: VAT code IH is of type purchase; a sales invoice needs a sales VAT code. (line 2, VAT Code)');
		expect(last).toMatchObject({ invoiceNumber: '3', customer: '1002', valueExcl: 160, valueInc: 193.6 });
		// One request, without the item the node refused itself.
		expect(processXmlBodies()).toHaveLength(1);
		expect(processXmlBodies()[0].split('<salesinvoice ').length - 1).toBe(4);
	});

	it('without Continue On Fail, stops with the first failed item', async () => {
		const result = await run(create({ customer: code('={{ $json.customer }}') }), [{ customer: '1000' }, { customer: '9999' }]);
		expect(result.error?.message).toBe('Twinfield refused the sales invoice for customer 9999: The customer dimension does not exist. (Customer)');
		expect(result.error?.context?.itemIndex).toBe(1);
	});

	it('keeps Twinfield’s warnings on the saved invoice', async () => {
		const result = await run(create({ additionalFields: { invoiceDate: '2025-12-30' } }));
		expect(result.error).toBeUndefined();
		expect(result.json('Twinfield')[0]).toMatchObject({
			invoiceDate: '2025-12-30',
			warnings: [{ type: 'warning', field: 'Invoice Date', message: 'The invoice date lies in 2025, a year that is closed.' }],
		});
	});

	it('sends a batch once: a server error fails every item of it and nothing is sent again', async () => {
		emulator().inject({ kind: 'serverError', service: 'twinfield', operation: 'ProcessXmlString' });
		const result = await run(create(), [{}, {}], true);
		expect(result.error).toBeUndefined();
		const output = result.json('Twinfield');
		expect(output).toHaveLength(2);
		expect(output.every((item) => typeof item.error === 'string' && item.error !== '')).toBe(true);
		expect(processXmlBodies()).toHaveLength(1);
	});
});

describe('Twinfield invoicing with OAuth 2 and secrets', () => {
	it('names the chosen office as the company of each call: finder, reads and the batch save', async () => {
		const oauth = (parameters: INodeParameters): Step => ({
			name: 'Twinfield',
			type: 'twinfield',
			credential: 'oauth',
			credentialType: 'twinfieldOAuth2Api',
			typeVersion: 1.1,
			parameters: { authentication: 'oAuth2', office: code('DEMO2'), ...parameters },
		});
		const credentials = { twinfieldOAuth2Api: { oauth: twinfieldOAuthCredential(emulator()) } };
		const vat = await runWorkflow(chain([{}], oauth({ resource: 'vatCode', operation: 'getMany', returnAll: true })), credentials);
		expect(vat.json('Twinfield').map((record) => [record.office, record.code])).toEqual([['DEMO2', 'VH']]);
		const created = await runWorkflow(chain([{}], oauth({ resource: 'salesInvoice', ...create({ customer: code('1000'), lines: { line: [{ article: code('X'), quantity: 1 }] } }) })), credentials);
		// DEMO2 has no articles: Twinfield refuses the line, and says so for that office.
		expect(created.error?.message).toBe('Twinfield refused the sales invoice for customer 1000: Article X was not found. (line 1, Article)');
		const calls = emulator().requests.filter((request) => ['Search', 'ProcessXmlString'].includes(request.operation ?? ''));
		expect(calls).toHaveLength(3);
		for (const call of calls) expect(call.body).toContain('<CompanyCode>DEMO2</CompanyCode>');
	});

	it('shows no session ID or password in a refusal', async () => {
		const result = await run(create({ customer: code('9999') }));
		const kept = emulator().requests.find((request) => request.operation === 'ProcessXmlString')?.body.match(/<SessionID>([^<]+)<\/SessionID>/)?.[1];
		expect(kept).toBeTruthy();
		const shown = visibleText(result, 'Twinfield');
		expect(shown).toContain('The customer dimension does not exist.');
		expect(shown).not.toContain(String(kept));
		expect(shown).not.toContain(twinfieldDemo.password);
	});
});
