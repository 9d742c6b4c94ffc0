/**
 * What gets put into n8n: the pack, staged the way npm would publish it, in
 * one of two layouts; credentials for the emulator's seeded accounts; and the
 * example workflows with the emulator's URLs and the node type prefix filled in.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { onCleanup, tempDir } = require('./processes');

const REPO = path.resolve(__dirname, '..', '..', '..');
const WORKFLOWS = path.join(__dirname, '..', 'workflows');

/** The wrong password of the failing-log-on workflows; no output may contain it. */
const WRONG_PASSWORD = 'e2e-wrong-password-4711';

// What the build stages for npm (dist/packages/<name>); the combined package unless named.
const COMBINED = require(path.join(REPO, 'package.json')).name;
const packLists = {};

function stagedPackageDir(name) {
	const dir = path.join(REPO, 'dist', 'packages', name);
	if (!fs.existsSync(path.join(dir, 'package.json'))) throw new Error(`${path.relative(REPO, dir)} is missing: run npm run build first`);
	return dir;
}

/** The files `npm pack` publishes for a package (not node_modules, not the tests). */
function packContents(name = COMBINED) {
	packLists[name] ??= JSON.parse(
		execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: stagedPackageDir(name), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
	)[0];
	return packLists[name];
}

/** Packs a package with `npm pack` and unpacks the tarball into `<parentDir>/<name>`, as npm installs it. */
function stagePack(parentDir, name = COMBINED) {
	const tarballs = path.join(tempDir(), 'tarballs');
	fs.mkdirSync(tarballs, { recursive: true });
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tarballs], { cwd: stagedPackageDir(name), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
	);
	const target = path.join(parentDir, name);
	fs.mkdirSync(target, { recursive: true });
	execFileSync('tar', ['-xzf', path.join(tarballs, packed.filename), '-C', target, '--strip-components=1']);
	return { dir: target, name, files: packed.entryCount };
}

/**
 * The two ways n8n loads a node pack. `community`: where n8n installs community
 * packages (<user folder>/.n8n/nodes/node_modules), read through package.json's
 * `n8n` block, type names `<package>.<node>`; only there does n8n find a node's
 * credential test (`testedBy`). `custom`: the N8N_CUSTOM_EXTENSIONS folder that
 * node developers use, which globs for *.node.js, type names `CUSTOM.<node>`.
 */
const LAYOUTS = {
	community: {
		prefix: () => packContents().name,
		credentialTests: true,
		stage: (userFolder) => (stagePack(path.join(userFolder, '.n8n', 'nodes', 'node_modules')), {}),
	},
	custom: {
		prefix: () => 'CUSTOM',
		credentialTests: false,
		stage: (userFolder) => {
			const dir = path.join(path.dirname(userFolder), 'extensions');
			stagePack(dir);
			return { N8N_CUSTOM_EXTENSIONS: dir };
		},
	},
};

/** The built emulator; `npm run build` compiles it into dist/test. */
function loadEmulator() {
	const entry = path.join(REPO, 'dist', 'test', 'emulator', 'index.js');
	if (!fs.existsSync(entry)) throw new Error(`${path.relative(REPO, entry)} is missing: run npm run build first`);
	return require(entry);
}

/**
 * Credentials in n8n's export shape; import:credentials encrypts plain `data` objects itself.
 * A new node in the editor gets the credential of its type that was updated
 * last, so the wrong-password one and those kept for special tests are dated
 * a day back and never chosen.
 */
function credentials(emulator, urls) {
	const { twinfieldDemo, twinfieldSmsUser, twinfieldOAuthClient, tsoDemo, tsoSpecial } = emulator;
	const twinfield = { user: twinfieldDemo.user, password: twinfieldDemo.password, organisation: twinfieldDemo.organisation, loginUrl: urls.twinfieldLoginUrl };
	const tso = { applicationId: tsoDemo.applicationId, username: tsoDemo.username, password: tsoDemo.password, identityId: tsoDemo.identityId };
	const dayBefore = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
	return [
		{ id: 'e2eTwinfieldDemo', name: 'Twinfield (emulator)', type: 'twinfieldApi', data: twinfield },
		{
			id: 'e2eTwinfieldBad',
			name: 'Twinfield (emulator, wrong password)',
			type: 'twinfieldApi',
			data: { ...twinfield, password: WRONG_PASSWORD },
			createdAt: dayBefore,
			updatedAt: dayBefore,
		},
		{ id: 'e2eTsoDemo', name: '24SevenOffice (emulator)', type: 'twentyFourSevenOfficeApi', data: { ...tso, apiUrl: urls.twentyFourSevenOfficeUrl } },
		{ id: 'e2eTwinfieldSms', name: 'Twinfield (emulator, SMS user)', type: 'twinfieldApi', data: { ...twinfield, user: twinfieldSmsUser.user }, createdAt: dayBefore, updatedAt: dayBefore },
		// Not connected yet: the OAuth test connects it through n8n's own flow.
		{
			id: 'e2eTwinfieldOAuth',
			name: 'Twinfield OAuth2 (emulator)',
			type: 'twinfieldOAuth2Api',
			data: {
				clientId: twinfieldOAuthClient.clientId,
				clientSecret: twinfieldOAuthClient.clientSecret,
				authUrl: `${urls.twinfieldLoginUrl}/auth/authentication/connect/authorize`,
				accessTokenUrl: `${urls.twinfieldLoginUrl}/auth/authentication/connect/token`,
				companyCode: 'DEMO1',
			},
		},
		// Own credentials for counting what the session stored with a credential saves; another user for HTTP Request alone.
		{
			id: 'e2eTsoStored',
			name: '24SevenOffice (emulator, stored session)',
			type: 'twentyFourSevenOfficeApi',
			data: { ...tso, apiUrl: urls.twentyFourSevenOfficeUrl },
			createdAt: dayBefore,
			updatedAt: dayBefore,
		},
		{
			id: 'e2eTsoHttp',
			name: '24SevenOffice (emulator, HTTP Request only)',
			type: 'twentyFourSevenOfficeApi',
			data: { ...tso, username: tsoSpecial.username, password: tsoSpecial.password, identityId: tsoSpecial.identityId, apiUrl: urls.twentyFourSevenOfficeUrl },
			createdAt: dayBefore,
			updatedAt: dayBefore,
		},
	];
}

/** Every workflow file with its placeholders filled: `__PACKAGE__`, `__TSO_API_URL__`. */
function workflows(urls, prefix) {
	const values = { __PACKAGE__: prefix, __TSO_API_URL__: urls.twentyFourSevenOfficeUrl };
	return fs
		.readdirSync(WORKFLOWS)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => {
			let text = fs.readFileSync(path.join(WORKFLOWS, file), 'utf8');
			for (const [key, value] of Object.entries(values)) text = text.replaceAll(key, value);
			return { file, workflow: JSON.parse(text) };
		});
}

/** Writes the import files under `dir`: credentials.json and workflows/<file>. */
function writeImports(dir, emulator, urls, prefix) {
	fs.mkdirSync(path.join(dir, 'workflows'), { recursive: true });
	const credentialsFile = path.join(dir, 'credentials.json');
	const imported = credentials(emulator, urls);
	fs.writeFileSync(credentialsFile, JSON.stringify(imported, null, 2));
	const list = workflows(urls, prefix);
	for (const { file, workflow } of list) fs.writeFileSync(path.join(dir, 'workflows', file), JSON.stringify(workflow, null, 2));
	return {
		credentialsFile,
		credentialCount: imported.length,
		workflowsDir: path.join(dir, 'workflows'),
		workflows: list.map(({ file, workflow }) => ({ file, id: workflow.id, name: workflow.name })),
	};
}

/** Starts the emulator until cleanup; returns its module, the running emulator and its URLs. */
async function startEmulated() {
	const emulator = loadEmulator();
	const server = await emulator.startEmulator();
	onCleanup(() => server.close());
	const urls = {
		twinfieldLoginUrl: server.twinfieldLoginUrl,
		twinfieldClusterUrl: server.twinfieldClusterUrl,
		twentyFourSevenOfficeUrl: server.twentyFourSevenOfficeUrl,
	};
	return { emulator, server, urls };
}

module.exports = { REPO, WRONG_PASSWORD, LAYOUTS, credentials, packContents, stagePack, startEmulated, writeImports };
