/** The business operations the request benchmark counts, each run once with a live session stored. */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Step } from '../engine/workflow';

export interface ResourceScenario {
	name: string;
	step: Step;
	/** Input items of the measured run. */
	items: number;
	/** The input item of index `index`; `{}` when not given. */
	input?: (index: number) => IDataObject;
	/** Run before counting, on the same credential: stores the session and the records the operation needs. */
	seed: { step: Step; items: number };
}

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
const DEMO1 = byId('DEMO1');
const twinfield = (resource: string, operation: string, parameters: INodeParameters = {}): Step => ({
	name: 'Twinfield',
	type: 'twinfield',
	parameters: { resource, operation, office: DEMO1, ...parameters },
	credential: 'demo',
});
const tso = (resource: string, operation: string, parameters: INodeParameters = {}): Step => ({
	name: '24SevenOffice',
	type: 'twentyFourSevenOffice',
	parameters: { resource, operation, ...parameters },
	credential: 'demo',
});
const twinfieldLogOn = { step: { name: 'Twinfield', type: 'twinfield', parameters: { resource: 'session', operation: 'logOn' }, credential: 'demo' }, items: 1 };
const tsoLogIn = { step: tso('session', 'ensureSession'), items: 1 };

/** The demo office holds 17 customers; Create adds the rest of 1,000. */
const DEMO1_CUSTOMERS = 17;
const journal = {
	daybookType: 'journal',
	date: '2026-02-15T00:00:00',
	lines: {
		line: [
			{ glAccount: byId('4000'), debitCredit: 'debit', amount: 250.5 },
			{ glAccount: byId('1100'), debitCredit: 'credit', amount: 250.5 },
		],
	},
};
const salesOrder = { customer: byId(2), status: 'Draft', rows: { row: [{ product: byId(1), quantity: 1, price: 950, discountRate: 0, vatRate: 25 }] } };
/** The demo company's sales orders are 101 to 103; the seed's 100 orders are 104 to 203. */
const FIRST_NEW_ORDER = 104;
const voucher = {
	date: '2026-11-20T00:00:00',
	transactionNo: 7001,
	saveOption: 'ledger',
	voucherType: 1,
	lines: { line: [{ account: byId('1500'), amount: 1250, customerId: 2 }, { account: byId('3000'), amount: -1000, taxCode: byId('3') }, { account: byId('2700'), amount: -250 }] },
};

export const RESOURCE_SCENARIOS: ResourceScenario[] = [
	{
		name: 'Twinfield Customer Get Many, Return All, office of 1,000 (1 hidden)',
		step: twinfield('customer', 'getMany', { returnAll: true }),
		items: 1,
		// Codes of their own: the next free code after 1999 would be 2000, which the DEB mask (1### to 1#####) refuses.
		seed: { step: twinfield('customer', 'create', { code: '={{ 10000 + $itemIndex }}', name: 'Benchmark customer' }), items: 1000 - DEMO1_CUSTOMERS },
	},
	{ name: 'Twinfield Customer Create', step: twinfield('customer', 'create', { code: '', name: 'Benchmark customer' }), items: 100, seed: twinfieldLogOn },
	{ name: 'Twinfield Supplier Create', step: twinfield('supplier', 'create', { code: '', name: 'Benchmark supplier' }), items: 100, seed: twinfieldLogOn },
	{
		name: 'Twinfield Sales Invoice Create',
		step: twinfield('salesInvoice', 'create', { invoiceType: byId('FACTUUR'), customer: byId('1001'), lines: { line: [{ article: byId('CONSULT'), quantity: 3 }] }, additionalFields: { invoiceDate: '2026-03-10' } }),
		items: 100,
		seed: twinfieldLogOn,
	},
	{ name: 'Twinfield Transaction Create (journal)', step: twinfield('transaction', 'create', journal), items: 100, seed: twinfieldLogOn },
	{
		name: 'Twinfield Transaction Get Many, general ledger, 2026',
		step: twinfield('transaction', 'getMany', { ledger: 'generalLedger', periodFrom: '2026/01', periodTo: '2026/12', returnAll: true }),
		items: 1,
		seed: twinfieldLogOn,
	},
	{ name: 'Twinfield VAT Code Get Many, Return All', step: twinfield('vatCode', 'getMany', { returnAll: true }), items: 1, seed: twinfieldLogOn },
	{ name: 'Twinfield Article Get Many, Return All', step: twinfield('article', 'getMany', { returnAll: true }), items: 1, seed: twinfieldLogOn },
	{ name: 'Twinfield General Ledger Account Get Many, Return All', step: twinfield('generalLedgerAccount', 'getMany', { returnAll: true }), items: 1, seed: twinfieldLogOn },
	{ name: '24SevenOffice Customer Create', step: tso('customer', 'create', { name: 'Benchmark AS' }), items: 100, seed: tsoLogIn },
	{ name: '24SevenOffice Product Create', step: tso('product', 'create', { name: 'Benchmark product', categoryId: '1' }), items: 100, seed: tsoLogIn },
	{ name: '24SevenOffice Contact Create', step: tso('contact', 'create', { firstName: 'Bench', lastName: 'Mark' }), items: 100, seed: tsoLogIn },
	{ name: '24SevenOffice Sales Order Create', step: tso('salesOrder', 'create', salesOrder), items: 100, seed: tsoLogIn },
	{
		name: '24SevenOffice Sales Order Update Status',
		step: tso('salesOrder', 'updateStatus', { orderId: byId('={{ $json.id }}'), status: 'Confirmed' }),
		items: 100,
		input: (index) => ({ id: FIRST_NEW_ORDER + index }),
		seed: { step: tso('salesOrder', 'create', salesOrder), items: 100 },
	},
	{ name: '24SevenOffice Customer Get Many, Return All', step: tso('customer', 'getMany', { returnAll: true }), items: 1, seed: tsoLogIn },
	{
		name: '24SevenOffice Transaction Get Many, one year',
		step: tso('transaction', 'getMany', { dateFrom: '2026-01-01T00:00:00', dateTo: '2026-12-31T00:00:00', returnAll: true }),
		items: 1,
		seed: tsoLogIn,
	},
	{ name: '24SevenOffice Create Voucher (3 lines)', step: tso('transaction', 'createVoucher', voucher), items: 1, seed: tsoLogIn },
	{ name: '24SevenOffice Account Get Many Accounts, Return All', step: tso('account', 'getManyAccounts', { returnAll: true }), items: 1, seed: tsoLogIn },
];
