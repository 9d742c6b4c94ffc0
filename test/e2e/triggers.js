/**
 * The trigger nodes in a real `n8n start` (`npm run test:triggers`): active workflows polling the emulator every minute; counts executions, items and requests.
 */
/*
 * n8n refuses poll times under a minute ("The polling interval is too short"),
 * so the workflows poll every minute, at second 0. The timeline:
 *   activation (its own poll notes the moment) → tick 1: quiet, nothing from
 *   the seeded history → changes → tick 2: each new record once → changes →
 *   tick 3: each change once → tick 4: quiet.
 * Changes are made between ticks, at second 45 of a minute: Twinfield
 * customers saved in the emulator directly (as a user of Twinfield's web
 * pages), 24SevenOffice customers and products through SaveCompanies and
 * SaveProducts and vouchers through SaveBundleList on a session of the test's
 * own (as another program would).
 */
const fs = require('node:fs');
const path = require('node:path');

const { install } = require('./install');
const { check } = require('./lib/check');
const { credentials, LAYOUTS, packContents, startEmulated } = require('./lib/fixtures');
const { n8nEnv, runCli, startServer, userFolderOf } = require('./lib/n8n');
const { tempDir } = require('./lib/processes');
const { runChecks } = require('./lib/runChecks');
const { logIn } = require('./served');

const TSO = 'http://24sevenOffice.com/webservices';
const TWINFIELD_CUSTOMER = '1500';
const EVERY_MINUTE = { item: [{ mode: 'everyMinute' }] };

/** One active workflow: the trigger alone, polling every minute. */
function triggerWorkflow(id, name, type, parameters, credential) {
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [{ id: `${id}-trigger`, name: 'Trigger', type, typeVersion: 1, position: [0, 0], parameters: { pollTimes: EVERY_MINUTE, ...parameters }, credentials: credential }],
		connections: {},
	};
}

function triggerWorkflows(prefix) {
	const twinfield = { twinfieldApi: { id: 'e2eTwinfieldDemo', name: 'Twinfield (emulator)' } };
	const tso = { twentyFourSevenOfficeApi: { id: 'e2eTsoDemo', name: '24SevenOffice (emulator)' } };
	return [
		triggerWorkflow('e2eTrigTwCustomer', 'Twinfield customers', `${prefix}.twinfieldTrigger`, { authentication: 'password', event: 'customer', office: { __rl: true, mode: 'id', value: 'DEMO1' } }, twinfield),
		triggerWorkflow('e2eTrigTsoCustomer', '24SevenOffice customers', `${prefix}.twentyFourSevenOfficeTrigger`, { event: 'customer' }, tso),
		triggerWorkflow('e2eTrigTsoProduct', '24SevenOffice products', `${prefix}.twentyFourSevenOfficeTrigger`, { event: 'product' }, tso),
		triggerWorkflow('e2eTrigTsoTransaction', '24SevenOffice ledger entries', `${prefix}.twentyFourSevenOfficeTrigger`, { event: 'transaction' }, tso),
	];
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until second `second` of the next minute (n8n polls at second 0). */
async function untilSecond(second) {
	const now = Date.now();
	const minute = Math.floor(now / 60_000) * 60_000;
	let target = minute + second * 1000;
	if (target <= now) target += 60_000;
	await sleep(target - now);
}

/** Waits past the next poll tick: second 45 of the minute after the next second 0 (a loaded machine saves executions late). */
async function pastNextTick() {
	const now = Date.now();
	const nextTick = Math.ceil((now + 1) / 60_000) * 60_000;
	await sleep(nextTick + 45_000 - now);
}

async function postSoap(url, action, body, cookie) {
	const envelope = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${body}</soap:Body></soap:Envelope>`;
	const headers = { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${action}"` };
	if (cookie) headers.Cookie = `ASP.NET_SessionId=${cookie}`;
	const response = await fetch(url, { method: 'POST', headers, body: envelope });
	return response.text();
}

/** Another program writing to the same 24SevenOffice books, on its own session. */
async function tsoWriter(urls, emulator) {
	const { tsoDemo } = emulator;
	const credential = `<ApplicationId>${tsoDemo.applicationId}</ApplicationId><IdentityId>${tsoDemo.identityId}</IdentityId><Username>${tsoDemo.username}</Username><Password>${tsoDemo.password}</Password>`;
	const answer = await postSoap(`${urls.twentyFourSevenOfficeUrl}/authenticate/v001/authenticate.asmx`, `${TSO}/Login`, `<Login xmlns="${TSO}"><credential>${credential}</credential></Login>`);
	const sessionId = /<LoginResult>([^<]+)<\/LoginResult>/.exec(answer)?.[1];
	if (!sessionId) throw new Error(`the test's own 24SevenOffice login failed: ${answer.slice(0, 500)}`);
	const save = async (kind, fields) => {
		const [operation, servicePath, list] =
			kind === 'Company' ? ['SaveCompanies', '/CRM/Company/V001/CompanyService.asmx', 'companies'] : ['SaveProducts', '/Logistics/Product/V001/ProductService.asmx', 'products'];
		const record = Object.entries(fields).map(([name, value]) => `<${name}>${value}</${name}>`).join('');
		const saved = await postSoap(`${urls.twentyFourSevenOfficeUrl}${servicePath}`, `${TSO}/${operation}`, `<${operation} xmlns="${TSO}"><${list}><${kind}>${record}</${kind}></${list}></${operation}>`, sessionId);
		const id = /<Id>(\d+)<\/Id>/.exec(saved)?.[1];
		if (saved.includes('APIException') || !id) throw new Error(`${operation} did not save: ${saved.slice(0, 500)}`);
		return Number(id);
	};
	let voucherNo = 70000;
	/** Posts one voucher of two balanced entries on accounts 1920 and 3000. */
	const postVoucher = async (amount) => {
		voucherNo++;
		const entry = (account, value) => `<Entry><AccountNo>${account}</AccountNo><Date>2026-06-30T00:00:00</Date><Amount>${value.toFixed(2)}</Amount><Comment>Voucher ${voucherNo}</Comment></Entry>`;
		const body = `<SaveBundleList xmlns="${TSO}"><BundleList><AllowDifference>false</AllowDifference><SaveOption>1</SaveOption><Bundles><Bundle><YearId>2026</YearId><Sort>2</Sort><Name>trigger test</Name><Vouchers><Voucher><TransactionNo>${voucherNo}</TransactionNo><Sort>2</Sort><Entries>${entry(1920, amount)}${entry(3000, -amount)}</Entries></Voucher></Vouchers></Bundle></Bundles></BundleList></SaveBundleList>`;
		const answer = await postSoap(`${urls.twentyFourSevenOfficeUrl}/Economy/Account/V004/Accountservice.asmx`, `${TSO}/SaveBundleList`, body, sessionId);
		if (!answer.includes('<Type>Ok</Type>')) throw new Error(`voucher not posted: ${answer.slice(0, 500)}`);
	};
	return { sessionId, save, postVoucher };
}

/** A Twinfield user saving a customer in Twinfield's own pages: straight into the emulator's books, no request. */
function twinfieldSaver() {
	const dir = path.join(__dirname, '..', '..', 'dist', 'test', 'emulator');
	const { saveDimension } = require(path.join(dir, 'twinfieldDimensions.js'));
	const { findOffice } = require(path.join(dir, 'twinfieldData.js'));
	const { parseXml } = require(path.join(dir, 'xml.js'));
	return (code, name) => {
		const answer = saveDimension(parseXml(`<dimension status="active"><office>DEMO1</office><type>DEB</type><code>${code}</code><name>${name}</name></dimension>`), ['DEMO1', 'DEMO2'], findOffice);
		if (answer.attrs?.result !== '1') throw new Error(`Twinfield customer not saved: ${JSON.stringify(answer)}`);
	};
}

/** Every execution of a workflow, oldest first, with the items its trigger put out. */
async function executionsOf(client, n8n, workflowId) {
	const { parse } = require(path.join(n8n.dir, 'node_modules', 'flatted'));
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const listed = await (await client.get(`rest/executions?filter=${filter}&limit=100`)).json();
	const summaries = (listed.data?.results ?? []).slice().sort((a, b) => Number(a.id) - Number(b.id));
	const executions = [];
	for (const { id, status, mode } of summaries) {
		const full = (await (await client.get(`rest/executions/${id}`)).json()).data;
		const runData = parse(full.data).resultData?.runData ?? {};
		const items = (runData.Trigger?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
		executions.push({ id, status, mode, items });
	}
	return executions;
}

async function activate(client, workflowId) {
	const workflow = (await (await client.get(`rest/workflows/${workflowId}`)).json()).data;
	const response = await client.post(`/rest/workflows/${workflowId}/activate`, { versionId: workflow.versionId });
	const body = await response.text();
	check(`workflow ${workflow.name} is activated through the REST API`, response.ok && JSON.parse(body).data?.active === true, `${response.status} ${body.slice(0, 1500)}`);
}

/** The items each workflow put out so far, one list per execution. */
async function snapshot(client, n8n, workflows) {
	const result = {};
	for (const workflow of workflows) result[workflow.id] = await executionsOf(client, n8n, workflow.id);
	return result;
}

/** Checks that since `before` each workflow ran `expected[id]` more times (undefined: none), one execution per tick, with these items. */
function checkArrivals(label, before, after, expected, workflows) {
	for (const workflow of workflows) {
		const added = after[workflow.id].slice(before[workflow.id].length);
		const want = expected[workflow.id];
		if (!want) {
			check(`${label}: ${workflow.name}: no execution`, added.length === 0, JSON.stringify(added, null, 2));
			continue;
		}
		const ok = added.length === 1 && added[0].status === 'success' && added[0].mode === 'trigger' && added[0].items.length === want.length && want.every((fields, index) => Object.entries(fields).every(([key, value]) => added[0].items[index][key] === value));
		check(`${label}: ${workflow.name}: one execution with ${want.length} item(s) ${JSON.stringify(want)}`, ok, JSON.stringify(added, null, 2));
	}
}

async function main() {
	const n8n = install();
	const pack = packContents();
	console.log(`  ${pack.name}@${pack.version}; temp folder ${tempDir()}`);
	const { emulator, server, urls } = await startEmulated();
	server.reset();
	const root = path.join(tempDir(), 'triggers');
	const env = n8nEnv(n8n, root, LAYOUTS.community.stage(userFolderOf(root)));
	const workflows = triggerWorkflows(pack.name);

	const imports = path.join(root, 'imports');
	fs.mkdirSync(path.join(imports, 'workflows'), { recursive: true });
	fs.writeFileSync(path.join(imports, 'credentials.json'), JSON.stringify(credentials(emulator, urls)));
	for (const workflow of workflows) fs.writeFileSync(path.join(imports, 'workflows', `${workflow.id}.json`), JSON.stringify(workflow));
	const creds = await runCli(n8n, env, ['import:credentials', `--input=${path.join(imports, 'credentials.json')}`]);
	check('n8n import:credentials', creds.code === 0, creds.output);
	const flows = await runCli(n8n, env, ['import:workflow', '--separate', `--input=${path.join(imports, 'workflows')}`]);
	check(`n8n import:workflow imports the ${workflows.length} trigger workflows`, flows.code === 0, flows.output);

	const served = await startServer(n8n, env);
	const client = await logIn(served.url);
	const twinfieldSave = twinfieldSaver();
	const writer = await tsoWriter(urls, emulator);
	const [tw, tsoCustomers, tsoProducts, tsoEntries] = workflows.map((workflow) => workflow.id);

	// Activate early in a minute, so the activation's poll and the first tick are apart.
	await untilSecond(5);
	for (const workflow of workflows) await activate(client, workflow.id);
	let before = await snapshot(client, n8n, workflows);
	check('activation runs no execution', Object.values(before).every((list) => list.length === 0), JSON.stringify(before));

	await pastNextTick();
	let after = await snapshot(client, n8n, workflows);
	checkArrivals('tick 1 (nothing changed since activation)', before, after, {}, workflows);
	const fromTick2 = server.requests.length;

	twinfieldSave(TWINFIELD_CUSTOMER, 'Trigger Test BV');
	const customerId = await writer.save('Company', { Name: 'Trigger Test AS', Type: 'Business' });
	const productId = await writer.save('Product', { Name: 'Trigger Test Product', CategoryId: 1 });
	await writer.postVoucher(250);
	before = after;
	await pastNextTick();
	after = await snapshot(client, n8n, workflows);
	checkArrivals('tick 2 (one new record each)', before, after, {
		[tw]: [{ code: TWINFIELD_CUSTOMER, name: 'Trigger Test BV', event: 'changed' }],
		[tsoCustomers]: [{ Id: customerId, Name: 'Trigger Test AS', event: 'created' }],
		[tsoProducts]: [{ Id: productId, Name: 'Trigger Test Product', event: 'changed' }],
		[tsoEntries]: [
			{ accountNo: 1920, amount: 250, event: 'created' },
			{ accountNo: 3000, amount: -250, event: 'created' },
		],
	}, workflows);

	twinfieldSave(TWINFIELD_CUSTOMER, 'Trigger Test BV (renamed)');
	await writer.save('Company', { Id: customerId, Name: 'Trigger Test AS (renamed)' });
	await writer.save('Product', { Id: productId, Name: 'Trigger Test Product (renamed)' });
	await writer.postVoucher(75);
	before = after;
	await pastNextTick();
	after = await snapshot(client, n8n, workflows);
	checkArrivals('tick 3 (one change each)', before, after, {
		[tw]: [{ code: TWINFIELD_CUSTOMER, name: 'Trigger Test BV (renamed)', event: 'changed' }],
		[tsoCustomers]: [{ Id: customerId, Name: 'Trigger Test AS (renamed)', event: 'updated' }],
		[tsoProducts]: [{ Id: productId, Name: 'Trigger Test Product (renamed)', event: 'changed' }],
		[tsoEntries]: [
			{ accountNo: 1920, amount: 75, event: 'created' },
			{ accountNo: 3000, amount: -75, event: 'created' },
		],
	}, workflows);

	before = after;
	await pastNextTick();
	// The requests of the four polls, before a fifth tick can come.
	const requests = server.requests.slice();
	after = await snapshot(client, n8n, workflows);
	checkArrivals('tick 4 (quiet)', before, after, {}, workflows);
	await served.stop();

	// The requests the triggers sent: everything but the saves on the test's own 24SevenOffice session (its log-in is counted).
	const own = (request) => String(request.headers.cookie ?? '').includes(writer.sessionId);
	const triggerRequests = requests.slice(fromTick2).filter((request) => !own(request));
	const logIns = requests.filter((request) => /^Log(on|in)$/.test(request.operation ?? '')).map((request) => `${request.service} ${request.operation}`);
	// The test's own 24SevenOffice log-in and one of the triggers for all three workflows; one Twinfield log-on.
	check("log-ins over the whole run: Twinfield 1, 24SevenOffice 2 (one the test's own)", JSON.stringify(logIns.sort()) === JSON.stringify(['24sevenoffice Login', '24sevenoffice Login', 'twinfield-login Logon']), logIns.join(', '));
	const counts = {};
	for (const request of triggerRequests) {
		const key = `${request.service} ${request.operation ?? request.path}`;
		counts[key] = (counts[key] ?? 0) + 1;
	}
	console.log(`  requests the triggers sent in polls 2 to 4: ${JSON.stringify(counts)}`);
	// In order, each with the number of the session it carried (0: none), never the session itself.
	const sessions = [];
	const sessionNumber = (request) => {
		const cookie = String(request.headers.cookie ?? '');
		if (!cookie) return 0;
		if (!sessions.includes(cookie)) sessions.push(cookie);
		return sessions.indexOf(cookie) + 1;
	};
	console.log(`  24SevenOffice requests in order: ${triggerRequests.filter((request) => request.service === '24sevenoffice').map((request) => `${request.operation}#${sessionNumber(request)}`).join(' ')}`);
	// Hand-written from docs/triggers.md: 24SevenOffice one GetCompanies / GetProducts / GetTransactions a poll
	// (none looking back across a year); Twinfield one search a poll and one read per customer modified within
	// five minutes before the newest change seen (polls 2, 3 and 4).
	// Polls 2 to 4 (the first sent the log-ins); the saves and the test's own log-in are not counted here.
	const expected = {
		'twinfield-cluster Search': 3,
		'twinfield-cluster ProcessXmlString': 3,
		'24sevenoffice GetCompanies': 3,
		'24sevenoffice GetProducts': 3,
		'24sevenoffice GetTransactions': 3,
	};
	check(`requests: ${JSON.stringify(expected)}`, JSON.stringify(Object.entries(counts).sort()) === JSON.stringify(Object.entries(expected).sort()), JSON.stringify(counts));
}

runChecks('trigger e2e', main);
