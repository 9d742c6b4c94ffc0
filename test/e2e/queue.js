/**
 * The pack in n8n's queue mode (`npm run test:queue`): Redis and PostgreSQL,
 * one main instance and two workers (concurrency 5 each), each with the pack
 * installed as a community package; 200 executions started at once through a
 * webhook, each calling Twinfield with the password credential and with the
 * OAuth 2 credential, and 24SevenOffice; the emulator ends every session and
 * token once, mid-way. Counts log-ons per credential and failed executions.
 */
const fs = require('node:fs');
const path = require('node:path');

const { install } = require('./install');
const { check } = require('./lib/check');
const { credentials, LAYOUTS, packContents, startEmulated } = require('./lib/fixtures');
const { n8nEnv, runCli, startServer, userFolderOf } = require('./lib/n8n');
const { freePort, start, stop, tempDir } = require('./lib/processes');
const { runChecks } = require('./lib/runChecks');
const { startQueueServices } = require('./lib/queueServices');
const { logIn } = require('./served');

const EXECUTIONS = Number(process.env.QUEUE_EXECUTIONS ?? 200);
const WORKERS = 2;
const CONCURRENCY = 5;
const WEBHOOK_PATH = 'queue-mode-calls';
const WORKFLOW_ID = 'e2eQueueCalls';

const OFFICES = '<list><type>offices</type></list>';

/** Webhook → Twinfield (password) → Twinfield (OAuth 2) → 24SevenOffice, answering with the last node's item. */
function queueWorkflow(prefix) {
	const node = (name, type, typeVersion, x, parameters, extra = {}) => ({ id: `queue-${name.replace(/\W/g, '-')}`, name, type, typeVersion, position: [x, 0], parameters, ...extra });
	const nodes = [
		node('Webhook', 'n8n-nodes-base.webhook', 2, 0, { httpMethod: 'POST', path: WEBHOOK_PATH, responseMode: 'lastNode', options: {} }, { webhookId: '5b6f3c2e-8d41-4a7e-9f0b-2c3d4e5f6a7b' }),
		node('Twinfield password', `${prefix}.twinfield`, 1.1, 220, { authentication: 'password', resource: 'xml', operation: 'processXml', message: OFFICES, options: {} }, {
			credentials: { twinfieldApi: { id: 'e2eTwinfieldDemo', name: 'Twinfield (emulator)' } },
			executeOnce: true,
		}),
		node('Twinfield OAuth2', `${prefix}.twinfield`, 1.1, 440, { authentication: 'oAuth2', resource: 'xml', operation: 'processXml', message: OFFICES, options: {} }, {
			credentials: { twinfieldOAuth2Api: { id: 'e2eTwinfieldOAuth', name: 'Twinfield OAuth2 (emulator)' } },
			executeOnce: true,
		}),
		node(
			'24SevenOffice',
			`${prefix}.twentyFourSevenOffice`,
			1,
			660,
			{
				resource: 'service',
				operation: 'callService',
				service: 'CompanyService',
				serviceOperation: 'GetCompanies',
				parameters: JSON.stringify({ searchParams: { CompanyName: 'Fjord' }, returnProperties: ['Id', 'Name'] }),
				splitResult: true,
				options: {},
			},
			{ credentials: { twentyFourSevenOfficeApi: { id: 'e2eTsoDemo', name: '24SevenOffice (emulator)' } }, executeOnce: true },
		),
	];
	const connections = {};
	for (let index = 0; index < nodes.length - 1; index++) connections[nodes[index].name] = { main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]] };
	return { id: WORKFLOW_ID, name: 'Queue mode: one call per credential', active: false, settings: { executionOrder: 'v1' }, nodes, connections };
}

/** The demo credentials, with the OAuth 2 one already connected (tokens from the emulator's OAuth server). */
function queueCredentials(emulated) {
	const list = credentials(emulated.emulator, emulated.urls);
	const tokens = emulated.server.twinfieldOAuth.issueTokens();
	return list.map((credential) =>
		credential.id === 'e2eTwinfieldOAuth' ? { ...credential, data: { ...credential.data, oauthTokenData: { ...tokens, n8n_expires_at: String(Date.now() + tokens.expires_in * 1000) } } } : credential,
	);
}

/** One n8n process of the queue: its own user folder with the pack installed, the shared database, Redis and key. */
function processEnv(n8n, root, name, queueEnv) {
	const dir = path.join(root, name);
	return n8nEnv(n8n, dir, { ...LAYOUTS.community.stage(userFolderOf(dir)), ...queueEnv, N8N_LOG_LEVEL: 'warn' });
}

async function startWorker(n8n, env, name, log) {
	const child = start(n8n.nodeBin, [n8n.n8nBin, 'worker', `--concurrency=${CONCURRENCY}`], {
		env: { ...env, QUEUE_HEALTH_CHECK_PORT: String(await freePort()), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1', N8N_RUNNERS_BROKER_PORT: String(await freePort()), N8N_LOG_LEVEL: 'info' },
	});
	let output = '';
	await new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`${name} was not ready within 120 s:\n${output.slice(-2000)}`)), 120_000);
		for (const stream of [child.stdout, child.stderr]) {
			stream.setEncoding('utf8');
			stream.on('data', (chunk) => {
				output += chunk;
				for (const line of chunk.split('\n')) if (/error|fail/i.test(line)) log(`${name}: ${line}`);
				if (/worker is now ready/.test(output)) {
					clearTimeout(timer);
					resolve();
				}
			});
		}
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`${name} exited with ${code}:\n${output.slice(-2000)}`));
		});
	});
	return { child, output: () => output, stop: () => stop(child) };
}

/** Requests to the emulator from `from` on: log-ons per credential and what else counts. */
function tally(server, from = 0) {
	const requests = server.requests.slice(from);
	const count = (test) => requests.filter(test).length;
	return {
		twinfieldLogons: count((request) => request.operation === 'Logon'),
		tsoLogins: count((request) => request.operation === 'Login'),
		oauthRefreshes: count((request) => request.path.endsWith('/connect/token') && request.body.includes('grant_type=refresh_token')),
		// Password calls carry a SessionID, OAuth 2 calls an AccessToken; each execution needs one of each to succeed.
		processXmlPassword: count((request) => request.operation === 'ProcessXmlString' && request.body.includes('SessionID>')),
		processXmlOAuth: count((request) => request.operation === 'ProcessXmlString' && request.body.includes('AccessToken>')),
		getCompanies: count((request) => request.operation === 'GetCompanies'),
	};
}

async function fire(url, index) {
	try {
		const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ run: index }), signal: AbortSignal.timeout(300_000) });
		const text = await response.text();
		return { ok: response.ok, status: response.status, text };
	} catch (error) {
		return { ok: false, status: 0, text: String(error) };
	}
}

const STATUSES = ['success', 'error', 'crashed', 'canceled', 'running', 'waiting', 'new'];

/** How many executions of the workflow n8n recorded per status, and the first few that did not succeed. */
async function executionsByStatus(client) {
	const counts = {};
	const unsuccessful = [];
	for (const status of STATUSES) {
		const query = new URLSearchParams({ filter: JSON.stringify({ workflowId: WORKFLOW_ID, status: [status] }), limit: '3' });
		const response = await client.get(`rest/executions?${query}`);
		const body = await response.json();
		if (typeof body.data?.count !== 'number') throw new Error(`GET rest/executions answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
		if (body.data.count) counts[status] = body.data.count;
		if (status !== 'success') unsuccessful.push(...body.data.results);
	}
	return { counts, unsuccessful };
}

/** What a failed execution says: the sentences in its stored data (n8n stores it flattened, strings apart). */
async function whyFailed(client, id) {
	const body = await (await client.get(`rest/executions/${id}`)).json();
	const raw = String(body.data?.data ?? '');
	let strings;
	try {
		strings = JSON.parse(raw).filter((entry) => typeof entry === 'string');
	} catch {
		strings = [raw];
	}
	return `execution ${id} (${body.data?.status}): ${strings.filter((text) => / /.test(text) && text.length > 15).slice(0, 8).join(' | ')}`;
}

async function main() {
	const n8n = install();
	const pack = packContents();
	const emulated = await startEmulated();
	const { server } = emulated;
	console.log(`== queue mode: ${pack.name}@${pack.version}, ${EXECUTIONS} executions, ${WORKERS} workers × concurrency ${CONCURRENCY}`);
	const services = await startQueueServices();
	console.log(`  Redis on ${services.redis.port}, PostgreSQL on ${services.postgres.port}`);

	const root = path.join(tempDir(), 'queue');
	const mainEnv = processEnv(n8n, root, 'main', services.env);
	const imports = path.join(root, 'imports');
	fs.mkdirSync(imports, { recursive: true });
	fs.writeFileSync(path.join(imports, 'credentials.json'), JSON.stringify(queueCredentials(emulated), null, 2));
	fs.writeFileSync(path.join(imports, 'workflow.json'), JSON.stringify(queueWorkflow(pack.name), null, 2));
	const setup = Date.now();
	for (const args of [
		['import:credentials', `--input=${path.join(imports, 'credentials.json')}`],
		['import:workflow', `--input=${path.join(imports, 'workflow.json')}`],
		['publish:workflow', `--id=${WORKFLOW_ID}`],
	]) {
		const result = await runCli(n8n, mainEnv, args);
		if (!check(`n8n ${args[0]} on PostgreSQL`, result.code === 0, result.output)) throw new Error(`${args[0]} failed`);
	}

	const problems = [];
	const mainServer = await startServer(n8n, { ...mainEnv, N8N_LOG_LEVEL: 'info' }, { log: (line) => /error|fail/i.test(line) && problems.push(`main: ${line}`) });
	const workers = [];
	for (let index = 1; index <= WORKERS; index++) workers.push(await startWorker(n8n, processEnv(n8n, root, `worker${index}`, services.env), `worker ${index}`, (line) => problems.push(line)));
	console.log(`  main and ${WORKERS} workers ready after ${((Date.now() - setup) / 1000).toFixed(0)} s`);

	// Counts from zero: no session, no token refresh yet (the OAuth tokens were issued when importing).
	const base = server.requests.length;
	const url = `${mainServer.url}/webhook/${WEBHOOK_PATH}`;
	let answered = 0;
	let endedAt;
	const runStarted = Date.now();
	const results = await Promise.all(
		Array.from({ length: EXECUTIONS }, (_, index) =>
			fire(url, index).then((result) => {
				answered++;
				// Mid-way, the services end every session and every access token, once.
				if (answered === EXECUTIONS / 2 && endedAt === undefined) {
					endedAt = server.requests.length;
					server.expireSessions();
					server.twinfieldOAuth.expireAccessTokens();
				}
				return result;
			}),
		),
	);
	const seconds = (Date.now() - runStarted) / 1000;
	const before = tally({ requests: server.requests.slice(base, endedAt) });
	const after = tally({ requests: server.requests.slice(endedAt ?? server.requests.length) });
	const failedAnswers = results.filter((result) => !result.ok);
	console.log(`  ${EXECUTIONS} webhook calls answered in ${seconds.toFixed(1)} s; ${failedAnswers.length} failed`);
	console.log(`  before the forced end: ${JSON.stringify(before)}`);
	console.log(`  after the forced end:  ${JSON.stringify(after)}`);

	const client = await logIn(mainServer.url);
	const { counts: byStatus, unsuccessful } = await executionsByStatus(client);
	console.log(`  executions by status: ${JSON.stringify(byStatus)}`);
	for (const execution of unsuccessful.slice(0, 3)) console.log(`  not successful: ${await whyFailed(client, execution.id)}`);

	check(`all ${EXECUTIONS} webhook calls answered 200 with the 24SevenOffice company`, failedAnswers.length === 0 && results.every((result) => result.text.includes('Fjord')), failedAnswers.slice(0, 5).map((result) => `${result.status} ${result.text.slice(0, 500)}`).join('\n'));
	check(`n8n recorded ${EXECUTIONS} successful executions and 0 failed`, byStatus.success === EXECUTIONS && !byStatus.error && !byStatus.crashed, JSON.stringify(byStatus));
	const total = (key) => before[key] + after[key];
	check(
		'every execution called each service: ProcessXml with the session, ProcessXml with the token, GetCompanies',
		total('processXmlPassword') >= EXECUTIONS && total('processXmlOAuth') >= EXECUTIONS && total('getCompanies') >= EXECUTIONS,
		JSON.stringify({ before, after }),
	);
	// A call the service refused (session ended, token expired) did not run and was sent again: the surplus over one per execution.
	console.log(
		`  calls refused and sent again: Twinfield password ${total('processXmlPassword') - EXECUTIONS}, Twinfield OAuth 2 ${total('processXmlOAuth') - EXECUTIONS}, 24SevenOffice ${total('getCompanies') - EXECUTIONS}` +
			` (at most ${WORKERS * CONCURRENCY} executions were in flight when the sessions ended)`,
	);
	// One log-on per credential and session lifetime would be 1; workers start side by side, so at most one each.
	check(`Twinfield password: at most one Logon per worker before the forced end (${before.twinfieldLogons})`, before.twinfieldLogons >= 1 && before.twinfieldLogons <= WORKERS, JSON.stringify(before));
	check(`Twinfield password: at most one Logon per worker after the forced end (${after.twinfieldLogons})`, after.twinfieldLogons >= 1 && after.twinfieldLogons <= WORKERS, JSON.stringify(after));
	check(`24SevenOffice: at most one Login per worker before the forced end (${before.tsoLogins})`, before.tsoLogins >= 1 && before.tsoLogins <= WORKERS, JSON.stringify(before));
	check(`24SevenOffice: at most one Login per worker after the forced end (${after.tsoLogins})`, after.tsoLogins >= 1 && after.tsoLogins <= WORKERS, JSON.stringify(after));
	check(`Twinfield OAuth 2: no refresh before the forced end, at most one per worker after it (${after.oauthRefreshes})`, before.oauthRefreshes === 0 && after.oauthRefreshes >= 1 && after.oauthRefreshes <= WORKERS, JSON.stringify({ before, after }));
	const packageProblems = problems.filter((line) => /twinfield|24sevenoffice|twentyFourSevenOffice/i.test(line));
	check('no n8n process logged an error about the pack', packageProblems.length === 0, packageProblems.slice(0, 20).join('\n'));

	await Promise.all([mainServer.stop(), ...workers.map((worker) => worker.stop())]);
}

runChecks('queue mode setup', main);
