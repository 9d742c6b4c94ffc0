/**
 * The business resources in a real n8n: records created, booked and read back through the nodes' own fields (no XML, no JSON bodies), checked against values written by hand and the emulator's request counts.
 */
const fs = require('node:fs');
const path = require('node:path');

const { check, broken } = require('./lib/check');
const { execute, itemsOf } = require('./executions');

const WORKFLOWS = path.join(__dirname, 'workflows');

/** XML text as it travels escaped inside a SOAP string parameter. */
function unescapeXml(text) {
	return String(text).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * What a request asked for: the SOAP operation, and for Twinfield's ProcessXmlString
 * also what its message does, e.g. `ProcessXmlString read dimensions DEB` or
 * `ProcessXmlString dimension DEB` (a save).
 */
function requestKind(request) {
	const operation = request.operation ?? `${request.method} ${request.path}`;
	if (operation !== 'ProcessXmlString') return operation;
	const inner = unescapeXml(request.values?.xmlRequest ?? '');
	const root = /<([A-Za-z]+)[\s>/]/.exec(inner)?.[1] ?? '?';
	const type = /<type>([^<]*)<\/type>/.exec(inner)?.[1];
	const dimtype = /<dimtype>([^<]*)<\/dimtype>/.exec(inner)?.[1] ?? (root.startsWith('dimension') ? type : undefined);
	const parts = [operation, root];
	if (type && !root.startsWith('dimension')) parts.push(type);
	if (dimtype) parts.push(dimtype);
	return parts.join(' ');
}

/** The requests since `from`, counted per service and kind. */
function countSince(server, from) {
	const counts = {};
	for (const request of server.requests.slice(from)) {
		const service = request.service.startsWith('twinfield') ? 'twinfield' : request.service;
		const key = `${service} ${requestKind(request)}`;
		counts[key] = (counts[key] ?? 0) + 1;
	}
	return counts;
}

function printCounts(counts) {
	for (const [key, count] of Object.entries(counts).sort()) console.log(`      ${String(count).padStart(3)} × ${key}`);
}

/** Sum of `count` for the keys that match `pattern`. */
function tally(counts, pattern) {
	return Object.entries(counts)
		.filter(([key]) => pattern.test(key))
		.reduce((sum, [, count]) => sum + count, 0);
}

/** Two-decimal comparison of money, whatever type the node gave (number or text). */
const money = (value) => Math.round(Number(value) * 100) / 100;
const sameMoney = (value, expected) => value !== undefined && value !== null && value !== '' && money(value) === expected;

const show = (value) => JSON.stringify(value, null, 2);

/**
 * Runs one records workflow when its file is there; returns the run and the
 * requests it sent, or undefined (after a failed check) when it did not succeed.
 */
async function runRecordsWorkflow(ctx, file, label) {
	if (!fs.existsSync(path.join(WORKFLOWS, file))) {
		check(`${label}: workflows/${file} exists`, false);
		return undefined;
	}
	const from = ctx.server.requests.length;
	const { code, run, output } = await execute(ctx, file);
	const counts = countSince(ctx.server, from);
	console.log(`    requests of ${file}:`);
	printCounts(counts);
	const error = run?.data?.resultData?.error;
	if (!check(`${label}: workflow succeeds`, code === 0 && run && !error, error ? show(error) : output.slice(-4000))) return undefined;
	return { run, counts, items: (node) => itemsOf(run, node) };
}

/** Checks a node's items with `test`; shows the items when it fails. */
function expectItems(result, label, node, test) {
	const items = result.items(node);
	let ok = false;
	try {
		ok = items.length > 0 && test(items);
	} catch (error) {
		return check(label, false, `${error.message}\n${node}: ${show(items)}`);
	}
	return check(label, ok, `${node}: ${show(items)}`);
}

/**
 * What the Twinfield workflow puts in, and what follows by hand: an invoice of
 * 2 × 120.00 of article CONSULT at VH (21 % in 2026) is 240.00 excluding VAT,
 * 50.40 VAT, 290.40 including; a draft journal entry of 45.50 on the
 * customer (debit, on debtors 1300) against revenue 8000 (credit).
 */
const TW = { office: 'DEMO1', name: 'Records Test B.V.', excl: 240.0, vat: 50.4, incl: 290.4, journal: 45.5, date: '2026-06-30', period: '2026/06' };

/** The items of a node as one JSON text without the keys that change from run to run. */
const comparable = (item) => JSON.stringify(item, (key, value) => (['modified', 'inputDate', 'lineModified', 'touched', 'uid'].includes(key) ? undefined : value));

/**
 * Twinfield: create a customer; book a sales invoice and a draft journal entry
 * for it; list the open items; read everything back. One log-on at most, each
 * write sent once.
 */
async function twinfieldRecords(ctx) {
	const result = await runRecordsWorkflow(ctx, 'twinfield-records.json', 'Twinfield records');
	if (!result) return;
	const label = (text) => `Twinfield records: ${text}`;
	const [customer] = result.items('Create Customer');
	const code = customer?.code;
	expectItems(result, label('Create Customer puts out one new customer in DEMO1 with a numeric code and the name given'), 'Create Customer', (items) =>
		items.length === 1 && /^\d+$/.test(code) && customer.name === TW.name && customer.office === TW.office);
	const [invoice] = result.items('Create Invoice');
	expectItems(result, label('Create Invoice: a final invoice for the new customer, 240.00 excl, 50.40 VAT, 290.40 incl (2 × 120.00 at 21 %)'), 'Create Invoice', (items) =>
		items.length === 1 &&
		invoice.status === 'final' &&
		invoice.customer === code &&
		invoice.valueExcl === TW.excl &&
		invoice.vatValue === TW.vat &&
		invoice.valueInc === TW.incl &&
		/^\d+$/.test(String(invoice.invoiceNumber)) &&
		invoice.invoiceDate === TW.date);
	expectItems(result, label('Create Invoice: its line is 2 × CONSULT at 120.00, VH, 240.00 + 50.40'), 'Create Invoice', () => {
		const [line, more] = invoice.lines;
		return !more && line.article === 'CONSULT' && line.quantity === 2 && line.unitsPriceExcl === 120 && line.vatCode === 'VH' && line.valueExcl === TW.excl && line.vatValue === TW.vat;
	});
	expectItems(result, label('Create Invoice: the final invoice was posted as a sales transaction (VRK)'), 'Create Invoice', () => invoice.transaction?.code === 'VRK' && /^\d+$/.test(String(invoice.transaction.number)));
	const [journal] = result.items('Create Journal Entry');
	expectItems(result, label('Create Journal Entry: a provisional MEMO transaction of 2026/06 with a number'), 'Create Journal Entry', (items) =>
		items.length === 1 && journal.daybook === 'MEMO' && journal.status === 'provisional' && journal.number > 0 && journal.date === TW.date && journal.period === TW.period);
	expectItems(result, label('Create Journal Entry: 45.50 debit on 1300 for the customer, 45.50 credit on 8000'), 'Create Journal Entry', () => {
		const details = journal.lines.filter((line) => line.type === 'detail');
		const debit = details.find((line) => line.debitCredit === 'debit');
		const credit = details.find((line) => line.debitCredit === 'credit');
		return details.length === 2 && debit.glAccount === '1300' && debit.customer === code && debit.value === TW.journal && debit.valueSigned === TW.journal &&
			credit.glAccount === '8000' && credit.value === TW.journal && credit.valueSigned === -TW.journal;
	});
	expectItems(result, label('List Open Items: two open lines on the customer, the final invoice (290.40) and the draft entry (45.50), 335.90 in all'), 'List Open Items', (items) => {
		const invoiceLine = items.find((item) => item.daybook === 'VRK');
		const journalLine = items.find((item) => item.daybook === 'MEMO');
		const open = items.reduce((sum, item) => sum + item.openValueSigned, 0);
		return items.length === 2 && items.every((item) => item.customer === code && item.matchStatus === 'available' && item.glAccount === '1300') &&
			invoiceLine.number === Number(invoice.transaction.number) && invoiceLine.status === 'final' && invoiceLine.invoiceNumber === String(invoice.invoiceNumber) && invoiceLine.openValueSigned === TW.incl &&
			journalLine.number === journal.number && journalLine.status === 'provisional' && journalLine.openValueSigned === TW.journal &&
			money(open) === 335.9;
	});
	expectItems(result, label("Get Invoice Transaction reads the invoice's posting: 290.40 debit on the customer, 240.00 revenue and 50.40 VAT credit"), 'Get Invoice Transaction', ([posting]) => {
		const side = (type) => posting.lines.filter((line) => line.type === type).map((line) => [line.glAccount, line.customer, line.valueSigned]);
		return posting.daybook === 'VRK' && posting.status === 'final' && posting.number === Number(invoice.transaction.number) &&
			JSON.stringify(side('total')) === JSON.stringify([['1300', code, TW.incl]]) &&
			JSON.stringify(side('detail')) === JSON.stringify([['8000', null, -TW.excl]]) &&
			JSON.stringify(side('vat').map(([, , value]) => value)) === JSON.stringify([-TW.vat]);
	});
	expectItems(result, label('Get Customer reads back the customer as Create put it out'), 'Get Customer', ([read]) => read.code === code && read.name === TW.name && read.office === TW.office);
	expectItems(result, label('Get Invoice reads back the invoice as Create put it out'), 'Get Invoice', ([read]) => comparable(read) === comparable(invoice));
	expectItems(result, label('Get Journal Entry reads back the journal entry as Create put it out'), 'Get Journal Entry', ([read]) => comparable(read) === comparable(journal));

	const counts = result.counts;
	const once = (pattern) => tally(counts, pattern) === 1;
	check(label('at most one Logon'), tally(counts, /^twinfield Logon$/) <= 1, show(counts));
	check(label('each write sent once: the customer, the invoice, the journal entry'), once(/^twinfield ProcessXmlString dimensions? DEB$/) && once(/^twinfield ProcessXmlString salesinvoices?$/) && once(/^twinfield ProcessXmlString transactions?$/), show(counts));
	check(
		label('one request per read: the customer, the invoice, two transactions, one browse of the open items'),
		once(/^twinfield ProcessXmlString read dimensions DEB$/) && once(/^twinfield ProcessXmlString read salesinvoice$/) && tally(counts, /^twinfield ProcessXmlString read transaction$/) === 2 && once(/^twinfield ProcessXmlString columns$/),
		show(counts),
	);
}

/**
 * What the 24SevenOffice workflow puts in, and what follows by hand: 2 × 120.00
 * at 25 % VAT is 240.00 excluding VAT, 60.00 VAT, 300.00 including; the
 * voucher takes the 300.00 into the bank (1920, debit) from the customer's
 * receivable (1500, credit).
 */
const TSO = { customer: 'Records Test AS', organizationNumber: '987654321', product: 'Rådgivning, records', productNo: 'R-900', excl: 240.0, vat: 60.0, incl: 300.0, voucherNo: 7001, date: '2026-06-30' };

/** 24SevenOffice: customer and product, an order for them invoiced and read back, a balanced voucher. */
async function tsoRecords(ctx) {
	const result = await runRecordsWorkflow(ctx, 'tso-records.json', '24SevenOffice records');
	if (!result) return;
	const label = (text) => `24SevenOffice records: ${text}`;
	const [customer] = result.items('Create Customer');
	const customerId = customer?.Id;
	expectItems(result, label('Create Customer puts out the new customer with a numeric Id, its name and organisation number'), 'Create Customer', (items) =>
		items.length === 1 && Number.isInteger(customerId) && customerId > 0 && customer.Name === TSO.customer && customer.OrganizationNumber === TSO.organizationNumber);
	const [product] = result.items('Create Product');
	const productId = product?.Id;
	expectItems(result, label('Create Product puts out the new product with a numeric Id, its name, number, price 120 and 25 % VAT'), 'Create Product', (items) =>
		items.length === 1 && Number.isInteger(productId) && productId > 0 && product.Name === TSO.product && product.No === TSO.productNo && product.Price === 120 && product.TaxRate === 25);
	const [order] = result.items('Create Order');
	expectItems(result, label('Create Order: an order for the customer, 2 × the product at 120.00: 240.00 + 60.00 VAT = 300.00'), 'Create Order', (items) =>
		items.length === 1 && order.orderId > 0 && order.customerId === customerId && order.status === 'Web' && order.invoiceId === undefined &&
		order.totalExcludingVat === TSO.excl && order.totalVat === TSO.vat && order.totalIncludingVat === TSO.incl &&
		order.rows.length === 1 && order.rows[0].productId === productId && order.rows[0].quantity === 2 && order.rows[0].price === 120 && order.rows[0].vatRate === 25);
	const [invoiced] = result.items('Invoice Order');
	expectItems(result, label('Invoice Order: the same order, now Invoiced with an invoice ID, dated 2026-06-30, totals unchanged'), 'Invoice Order', (items) =>
		items.length === 1 && invoiced.orderId === order.orderId && invoiced.status === 'Invoiced' && invoiced.invoiceId > 0 && String(invoiced.dateInvoiced).startsWith(TSO.date) &&
		invoiced.totalIncludingVat === TSO.incl && invoiced.totalVat === TSO.vat);
	expectItems(result, label('Get Order reads back the invoiced order as Invoice Order put it out'), 'Get Order', ([read]) => JSON.stringify(read) === JSON.stringify(invoiced));
	expectItems(result, label('Create Voucher: voucher 7001 posted to the ledger, 300.00 debit and 300.00 credit in two lines'), 'Create Voucher', ([voucher]) =>
		voucher.transactionNo === TSO.voucherNo && voucher.postedTo === 'ledger' && voucher.lineCount === 2 && voucher.totalDebit === TSO.incl && voucher.totalCredit === TSO.incl);
	expectItems(result, label("Get Voucher Lines reads back the voucher's two lines: +300.00 on 1920, -300.00 on 1500 for the customer and the invoice"), 'Get Voucher Lines', (items) => {
		const bank = items.find((item) => item.accountNo === 1920);
		const receivable = items.find((item) => item.accountNo === 1500);
		return items.length === 2 && items.every((item) => item.transactionNo === TSO.voucherNo && String(item.date).startsWith(TSO.date)) &&
			bank && bank.amount === TSO.incl && receivable && receivable.amount === -TSO.incl && receivable.customerId === customerId && receivable.invoiceNo === String(invoiced.invoiceId);
	});

	const counts = result.counts;
	check(label('at most one Login'), tally(counts, /^24sevenoffice Login$/) <= 1, show(counts));
	const once = (operation) => tally(counts, new RegExp(`^24sevenoffice ${operation}$`)) === 1;
	check(label('each write sent once: SaveCompanies, SaveProducts, SaveBundleList; SaveInvoices twice (create, invoice)'),
		once('SaveCompanies') && once('SaveProducts') && once('SaveBundleList') && tally(counts, /^24sevenoffice SaveInvoices$/) === 2, show(counts));
	// Create and Update Status read the saved order back (one GetInvoices each), Get reads it once.
	check(label('reads: one GetTransactions, three GetInvoices'), once('GetTransactions') && tally(counts, /^24sevenoffice GetInvoices$/) === 3, show(counts));
}

/** Both records workflows; a failure of one does not stop the other. */
async function runRecords(ctx) {
	for (const test of [twinfieldRecords, tsoRecords]) {
		try {
			await test(ctx);
		} catch (error) {
			broken(test.name, error);
		}
	}
}

module.exports = { runRecords, requestKind, countSince };
