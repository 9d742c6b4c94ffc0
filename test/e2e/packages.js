/**
 * The single-service packages, the ones n8n can verify: each installed alone,
 * from the tarball `npm pack` makes, where n8n installs community packages;
 * then one `n8n start` per package: its node types (with the AI-tool variant)
 * and nothing of the other service, icons, the node's docs link, its
 * credential types, and the editor's Save + Test of a credential. The example
 * workflows run with the combined package in the layouts of run.js; these
 * packages hold the same compiled files, so loading and a credential test
 * that calls the emulator show each one works in n8n.
 */
const path = require('node:path');

const { check } = require('./lib/check');
const { WRONG_PASSWORD, credentials, stagePack } = require('./lib/fixtures');
const { n8nEnv, startServer, userFolderOf } = require('./lib/n8n');
const { tempDir } = require('./lib/processes');
const { checkIcon, checkLoggedNoProblem, logIn } = require('./served');

const REJECTED = 'Twinfield rejected the user name, password or organisation';

/** What each package must serve; `credentialTests`: [credential id from fixtures, status, message]. */
const SINGLE_SERVICE = {
	'n8n-nodes-twinfield': {
		node: 'twinfield',
		credential: 'twinfieldApi',
		foreign: ['twentyFourSevenOffice', 'twentyFourSevenOfficeApi'],
		credentialTests: [
			['e2eTwinfieldDemo', 'OK', 'Logged on to Twinfield'],
			['e2eTwinfieldBad', 'Error', REJECTED],
		],
	},
	'n8n-nodes-24sevenoffice': {
		node: 'twentyFourSevenOffice',
		credential: 'twentyFourSevenOfficeApi',
		foreign: ['twinfield', 'twinfieldApi'],
		credentialTests: [['e2eTsoDemo', 'OK', '']],
	},
};

/** As the editor does: save the credential, then test it by id. */
async function saveAndTest(client, credential) {
	const saved = await client.post('/rest/credentials', { name: credential.name, type: credential.type, data: credential.data });
	const savedText = await saved.text();
	if (!saved.ok) throw new Error(`saving the credential answered ${saved.status}: ${savedText}`);
	const { id } = JSON.parse(savedText).data;
	const response = await client.post('/rest/credentials/test', { credentials: { id, name: credential.name, type: credential.type, data: credential.data } });
	const text = await response.text();
	let result;
	try {
		result = JSON.parse(text).data;
	} catch {
		result = undefined;
	}
	return { response, text, result };
}

async function checkPackage(ctx, name, expected) {
	const root = path.join(tempDir(), name);
	const staged = stagePack(path.join(userFolderOf(root), '.n8n', 'nodes', 'node_modules'), name);
	console.log(`  ${name}: ${staged.files} files from its tarball`);
	const env = n8nEnv(ctx.install, root);
	const server = await startServer(ctx.install, { ...env, N8N_LOG_LEVEL: 'warn' });
	try {
		const client = await logIn(server.url);
		const nodes = await (await client.get('types/nodes.json')).json();
		for (const type of [`${name}.${expected.node}`, `${name}.${expected.node}Tool`]) {
			const node = nodes.find((description) => description.name === type);
			if (!check(`${type} is loaded`, node)) continue;
			check(`${type} asks for the ${expected.credential} credential`, node.credentials?.some((entry) => entry.name === expected.credential), JSON.stringify(node.credentials));
			await checkIcon(client, type, node.iconUrl);
			// n8n's editor appends ?utm_source=… to this URL, so it must work without an #anchor.
			const docs = node.codex?.resources?.primaryDocumentation?.[0]?.url;
			check(`${type}: docs link is the package's page, without #anchor`, docs === `https://www.npmjs.com/package/${name}`, JSON.stringify(node.codex));
		}
		const ours = nodes.filter((description) => description.name.startsWith(`${name}.`)).map((description) => description.name.slice(name.length + 1));
		check(`${name} serves nothing of the other service`, !ours.some((type) => expected.foreign.some((foreign) => type.startsWith(foreign))), ours.join(', '));

		const credentialTypes = await (await client.get('types/credentials.json')).json();
		const credentialType = credentialTypes.find((description) => description.name === expected.credential);
		if (check(`credential type ${expected.credential} is loaded`, credentialType)) await checkIcon(client, expected.credential, credentialType.iconUrl);
		check(`${name}: no credential type of the other service`, !credentialTypes.some((description) => expected.foreign.includes(description.name)));

		const demo = credentials(ctx.emulator, ctx.urls);
		for (const [id, status, message] of expected.credentialTests) {
			const { response, text, result } = await saveAndTest(client, demo.find((credential) => credential.id === id));
			check(
				`${name}: credential test of ${id} says ${status}${message ? ` (${message})` : ''}`,
				response.ok && result?.status === status && String(result?.message ?? '').includes(message) && !text.includes(WRONG_PASSWORD),
				`${response.status} ${text}`,
			);
		}
		checkLoggedNoProblem(server, name);
	} finally {
		await server.stop();
	}
}

/** Runs the checks for every single-service package; ctx holds the n8n install and the running emulator. */
async function checkSingleServicePackages(ctx) {
	for (const [name, expected] of Object.entries(SINGLE_SERVICE)) {
		// Fresh sessions and log-in throttle for each package's credential tests.
		ctx.server.reset();
		await checkPackage(ctx, name, expected);
	}
}

module.exports = { checkSingleServicePackages, SINGLE_SERVICE };
