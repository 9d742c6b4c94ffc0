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
	const message = unescapeXml(request.values?.xmlRequest ?? request.body);
	const inner = message.slice(message.indexOf('xmlRequest>') + 'xmlRequest>'.length);
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

/** What the Twinfield workflow puts in: a customer, an invoice of 2 × 120.00 at 21 % VAT, a journal entry of 290.40 against the customer. */
const TWINFIELD = { office: 'DEMO1', customerCode: '1100', customerName: 'Records Test B.V.', quantity: 2, price: 120.0, excl: 240.0, vat: 50.4, incl: 290.4, journal: 290.4 };

/**
 * Twinfield: create a customer; book a sales invoice and a draft journal entry
 * for it; list the open items; read everything back. One log-on at most, each
 * write sent once.
 */
async function twinfieldRecords(ctx) {
	const result = await runRecordsWorkflow(ctx, 'twinfield-records.json', 'Twinfield records');
	if (!result) return;
	const t = TWINFIELD;
	expectItems(result, 'Twinfield records: Create Customer puts out the new customer with its code and name', 'Create Customer', ([customer]) => customer.code === t.customerCode && customer.name === t.customerName);
	expectItems(result, 'Twinfield records: Create Invoice puts out 240.00 excl, 50.40 VAT, 290.40 incl for 2 × 120.00 at 21 %', 'Create Invoice', ([invoice]) =>
		sameMoney(invoice.totals?.valueExcl ?? invoice.totalExcl, t.excl) && sameMoney(invoice.totals?.valueInc ?? invoice.totalIncl, t.incl));
	// (the checks of the other nodes follow the workflow's nodes)
	const counts = result.counts;
	check('Twinfield records: at most one Logon', tally(counts, /^twinfield Logon$/) <= 1, show(counts));
}

/** 24SevenOffice: customer and product, an order for them invoiced and read back, a balanced voucher. */
async function tsoRecords(ctx) {
	const result = await runRecordsWorkflow(ctx, 'tso-records.json', '24SevenOffice records');
	if (!result) return;
	const counts = result.counts;
	check('24SevenOffice records: at most one Login', tally(counts, /^24sevenoffice Login$/) <= 1, show(counts));
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
