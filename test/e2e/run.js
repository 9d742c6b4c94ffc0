/**
 * End-to-end test in a real n8n (`npm run test:e2e`, after `npm run build`):
 * installs the pinned n8n once into a cache, starts the SOAP emulator, and for
 * each way n8n loads a pack (see LAYOUTS) stages the built pack, runs the
 * example workflows with n8n's CLI and checks what `n8n start` serves; in the
 * community layout, also each single-service package installed alone.
 * Ends with `N passed, M failed`; exits 1 on any failure.
 *
 * E2E_LAYOUTS=community (or custom) runs one layout only. E2E_ONLY=records
 * runs only the business-resource workflows (records.js), for a run of minutes.
 */
const path = require('node:path');

const { importAll, runExecutions } = require('./executions');
const { install } = require('./install');
const { broken, scope } = require('./lib/check');
const { LAYOUTS, packContents, startEmulated, writeImports } = require('./lib/fixtures');
const { n8nEnv, userFolderOf } = require('./lib/n8n');
const { tempDir } = require('./lib/processes');
const { runChecks } = require('./lib/runChecks');
const { checkSingleServicePackages } = require('./packages');
const { checkServed } = require('./served');
const { runOAuthWorkflows } = require('./oauth');
const { runRecords } = require('./records');

const ONLY = (process.env.E2E_ONLY || '').trim();
if (ONLY && ONLY !== 'records') throw new Error(`E2E_ONLY=${ONLY} is unknown; known: records`);

function step(message) {
	console.log(`\n== ${message}`);
}

async function startEmulator() {
	const emulated = await startEmulated();
	console.log(`  emulator: Twinfield ${emulated.urls.twinfieldLoginUrl}, 24SevenOffice ${emulated.urls.twentyFourSevenOfficeUrl}`);
	return emulated;
}

/** One layout: its own user folder and database, so nothing carries over between layouts. */
async function runLayout(name, n8n, emulated) {
	if (!LAYOUTS[name]) throw new Error(`Unknown layout ${name}; known: ${Object.keys(LAYOUTS).join(', ')}`);
	const layout = { name, ...LAYOUTS[name] };
	scope(name);
	// Fresh sessions and login throttle: 24SevenOffice allows 5 logins an hour per user.
	emulated.server.reset();
	const root = path.join(tempDir(), name);
	const prefix = layout.prefix();
	step(`${name} layout: node types ${prefix}.*`);
	const env = n8nEnv(n8n, root, layout.stage(userFolderOf(root)));
	const ctx = { ...emulated, install: n8n, env, layout, prefix, imports: writeImports(path.join(root, 'imports'), emulated.emulator, emulated.urls, prefix) };

	if (ONLY === 'records') {
		await importAll(ctx);
		console.log('  business-resource workflows through `n8n execute`:');
		await runRecords(ctx);
		return;
	}
	console.log('  workflows through `n8n execute`:');
	await runExecutions(ctx);
	console.log('  business-resource workflows through `n8n execute`:');
	await runRecords(ctx);
	console.log('  what `n8n start` serves:');
	try {
		await checkServed(ctx);
	} catch (error) {
		broken('n8n start serves the pack', error);
	}
	console.log('  Twinfield OAuth2 workflows through `n8n execute`:');
	await runOAuthWorkflows(ctx);
	if (name !== 'community') return;
	console.log('  the single-service packages, each alone:');
	try {
		await checkSingleServicePackages(ctx);
	} catch (error) {
		broken('n8n start serves the single-service packages', error);
	}
}

async function main() {
	step('n8n');
	const n8n = install();
	step('pack and emulator');
	const pack = packContents();
	console.log(`  ${pack.name}@${pack.version}: ${pack.entryCount} files, staged from the build in dist/; temp folder ${tempDir()}`);
	const emulated = await startEmulator();

	const layouts = (process.env.E2E_LAYOUTS || 'community,custom').split(',').map((name) => name.trim());
	for (const name of layouts) await runLayout(name, n8n, emulated);

	scope('');
}

runChecks('e2e setup', main);
