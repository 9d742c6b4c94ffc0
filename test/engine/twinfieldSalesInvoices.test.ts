/**
 * Twinfield Sales Invoice → Get and Create, run by n8n's engine against the emulator: totals checked against
 * amounts worked out by hand, batches counted in requests, refusals named by field and line.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { twinfieldDemo } from '../emulator';
import type { CredentialStore } from './credentialsHelper';
import { twinfieldCredential, useEmulator } from './harness';
import { runWorkflow } from './runWorkflow';
import { chain, type Step } from './workflow';

const emulator = useEmulator();

const store = (): CredentialStore => ({ twinfieldApi: { test: twinfieldCredential(emulator(), twinfieldDemo) } });
const code = (value: string) => ({ __rl: true, mode: 'code', value });

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
		const result = await run({ operation: 'get', invoiceType: 'FACTUUR', invoiceNumber: '1' });
		expect(result.error).toBeUndefined();
		expect(result.json('Twinfield')).toEqual([SEEDED]);
		expect(count('ProcessXmlString')).toBe(1);
		const read = emulator().requests.find((request) => request.operation === 'ProcessXmlString');
		expect(read?.values?.xmlRequest).toBe('<read><type>salesinvoice</type><office>DEMO1</office><code>FACTUUR</code><invoicenumber>1</invoicenumber></read>');
	});

	it('says which invoice does not exist, per item under Continue On Fail', async () => {
		const items = [{ number: '99' }, { number: '1' }];
		const result = await run({ operation: 'get', invoiceType: 'FACTUUR', invoiceNumber: '={{ $json.number }}' }, items, true);
		expect(result.error).toBeUndefined();
		const [missing, found] = result.output('Twinfield');
		expect(missing.json.error).toBe('Twinfield refused the read of sales invoice FACTUUR 99 in office DEMO1: Invoice 99 of type FACTUUR does not exist.');
		expect(missing.pairedItem).toEqual({ item: 0 });
		expect(found.json.invoiceNumber).toBe('1');
		expect(found.pairedItem).toEqual({ item: 1 });
	});
});
