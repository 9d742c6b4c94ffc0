/**
 * `npm run n8n`: a real n8n editor on 127.0.0.1 with the built pack installed
 * the way users install it, the SOAP emulator running, demo credentials and
 * the example workflows imported, and an owner account to log in with.
 * Ctrl-C stops n8n and the emulator and removes all temp data.
 *
 *   node test/e2e/editor.js [--port 5678]
 */
const net = require('node:net');
const path = require('node:path');

const { install } = require('./install');
const { LAYOUTS, startEmulated, writeImports } = require('./lib/fixtures');
const { n8nEnv, runCli, startServer, userFolderOf } = require('./lib/n8n');
const { exitOnSignals, finish, finishing, freePort, tempDir } = require('./lib/processes');
const { logIn, OWNER } = require('./served');

// test/e2e/workflows/demo.json: Twinfield Process XML → Search, 24SevenOffice Call Service → Edit Fields.
const DEMO_WORKFLOW = 'e2eDemo01';
const OAUTH_CREDENTIAL = 'e2eTwinfieldOAuth';

function portIsFree(port) {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** --port N, else n8n's usual 5678 when it is free, else any free port. */
async function choosePort(argv) {
	const flag = argv.indexOf('--port');
	if (flag >= 0) return Number(argv[flag + 1]);
	return (await portIsFree(5678)) ? 5678 : await freePort();
}

async function cli(n8n, env, args) {
	const result = await runCli(n8n, env, args);
	if (result.code !== 0) throw new Error(`n8n ${args[0]} failed:\n${result.output}`);
}

/** Connects the demo OAuth2 credential as the editor's Connect button does (the emulator consents at once), so its dropdowns and runs work. */
async function connectOAuth(client) {
	const auth = await client.get(`rest/oauth2-credential/auth?id=${OAUTH_CREDENTIAL}`);
	if (!auth.ok) throw new Error(`n8n gave no authorization URL: ${auth.status} ${await auth.text()}`);
	const consent = await fetch((await auth.json()).data, { redirect: 'manual' });
	const callback = await client.get((consent.headers.get('location') ?? '').replace(/^https?:\/\/[^/]+\//, ''));
	if (!callback.ok) throw new Error(`n8n's OAuth callback answered ${callback.status}`);
	await callback.text();
}

/** Starts everything; resolves with what a user (or a screenshot) needs. */
async function startEditor({ port, log = console.log } = {}) {
	const n8n = install();
	const root = tempDir();
	const { emulator, urls } = await startEmulated();

	// The community layout: what users get from "Install community node", and the credential Test button works.
	const layout = LAYOUTS.community;
	port ??= await freePort();
	const url = `http://127.0.0.1:${port}`;
	const env = n8nEnv(n8n, root, { ...layout.stage(userFolderOf(root)), N8N_LOG_LEVEL: 'error', N8N_EDITOR_BASE_URL: url });
	const imports = writeImports(path.join(root, 'imports'), emulator, urls, layout.prefix());
	log('Importing demo credentials and workflows…');
	await cli(n8n, env, ['import:credentials', `--input=${imports.credentialsFile}`]);
	await cli(n8n, env, ['import:workflow', '--separate', `--input=${imports.workflowsDir}`]);

	log('Starting n8n…');
	const server = await startServer(n8n, env, { port, log: (line) => log(`  n8n: ${line}`) });
	const client = await logIn(server.url);
	await connectOAuth(client);
	return { url: server.url, server, client, owner: OWNER, urls, emulator, workflows: imports.workflows, demoWorkflowUrl: `${server.url}/workflow/${DEMO_WORKFLOW}` };
}

async function main() {
	exitOnSignals(0);
	const editor = await startEditor({ port: await choosePort(process.argv.slice(2)) });
	const { twinfieldDemo, tsoDemo } = editor.emulator;
	console.log(
		[
			'',
			`n8n is running at ${editor.url}`,
			`  log in as      ${editor.owner.email}`,
			`  password       ${editor.owner.password}`,
			`  demo workflow  ${editor.demoWorkflowUrl}`,
			'',
			'Workflows:',
			...editor.workflows.map((workflow) => `  ${editor.url}/workflow/${workflow.id}  ${workflow.name}`),
			'',
			'Emulated services. The imported credentials point here; for a credential made by hand, enter:',
			'  Twinfield API',
			`    User            ${twinfieldDemo.user}`,
			`    Password        ${twinfieldDemo.password}`,
			`    Organisation    ${twinfieldDemo.organisation}`,
			`    Log-On URL      ${editor.urls.twinfieldLoginUrl}`,
			'  24SevenOffice API',
			`    Application ID  ${tsoDemo.applicationId}`,
			`    Username        ${tsoDemo.username}`,
			`    Password        ${tsoDemo.password}`,
			"    Identity ID     leave empty (the user's default identity)",
			`    API URL         ${editor.urls.twentyFourSevenOfficeUrl}`,
			'',
			'Like the real service, the emulated 24SevenOffice quarantines a user for an hour after a few log-ins',
			'within an hour. To lift that (it also ends every emulated session of both services):',
			`  curl -X POST ${editor.urls.twentyFourSevenOfficeUrl}/_emulator/reset`,
			'',
			'Press Ctrl-C to stop n8n and the emulator.',
		].join('\n'),
	);
	editor.server.child.once('exit', (code) => {
		if (finishing()) return;
		console.error(`n8n exited unexpectedly (${code})`);
		void finish().then(() => process.exit(1));
	});
}

module.exports = { startEditor };

if (require.main === module) {
	main().catch(async (error) => {
		console.error(error.message);
		await finish();
		process.exit(1);
	});
}
