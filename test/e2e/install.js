/**
 * Installs the pinned n8n (test/e2e/n8n) into a cache folder outside the repo,
 * keyed by the lockfile's hash, so every run uses the same tree and a warm run
 * installs nothing. Needs only the npm registry and a C++ toolchain.
 *
 *   node test/e2e/install.js      prints the install folder when done
 *
 * Steps: (1) Node.js 24 from the lockfile's node-<platform>-<arch> package,
 * because n8n 2.x needs it and the host may run an older Node; (2) `npm ci
 * --omit=dev --ignore-scripts` with that Node first on PATH (one optional Kafka
 * client's install script downloads from outside the registry); (3) build the
 * two native modules n8n needs here, sqlite3 and isolated-vm, from source
 * against Node 24's headers.
 */
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const PIN_DIR = path.join(__dirname, 'n8n');
const NATIVE_MODULES = ['sqlite3', 'isolated-vm'];
const MARKER = '.installed';

function log(message) {
	console.log(`[e2e install] ${message}`);
}

function cacheRoot() {
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'n8n-nodes-twinfield-24sevenoffice');
}

function lockHash() {
	return crypto.createHash('sha256').update(fs.readFileSync(path.join(PIN_DIR, 'package-lock.json'))).digest('hex').slice(0, 16);
}

/** Where the install for the current lockfile lives, and the paths inside it that the tests use. */
function installPaths() {
	const dir = path.join(cacheRoot(), `n8n-${lockHash()}`);
	const nodePackage = `node-${process.platform}-${process.arch}`;
	const nodeDir = path.join(dir, 'node_modules', nodePackage);
	return {
		dir,
		nodePackage,
		nodeDir,
		nodeBin: path.join(nodeDir, 'bin', 'node'),
		n8nBin: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		complete: fs.existsSync(path.join(dir, MARKER)),
	};
}

// npm settings a caller may need to reach the registry; kept from the environment.
const KEPT_NPM_SETTINGS = /^npm_config_(registry|.*:registry|cafile|ca|cert|key|strict_ssl|proxy|https_proxy|noproxy|cache|userconfig|globalconfig|fetch_.*)$/i;

/**
 * The environment without the npm settings that `npm run` exports to its
 * scripts: the project's .npmrc sets ignore-scripts, which would silently skip
 * the native builds, and nodedir would point them at the host's Node headers.
 */
function cleanEnv() {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^npm_(config|package|lifecycle)_/i.test(key) && !KEPT_NPM_SETTINGS.test(key)) delete env[key];
	}
	return env;
}

/** Environment that puts Node 24 first and makes native builds use its headers. */
function node24Env(nodeDir, extra = {}) {
	return {
		...cleanEnv(),
		PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH}`,
		npm_config_nodedir: nodeDir,
		...extra,
	};
}

function run(command, args, options) {
	const started = Date.now();
	log(`$ ${command} ${args.join(' ')}   (in ${options.cwd})`);
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
	}
	log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function npmCommand() {
	return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}

/**
 * Installs only the Node 24 package, from a one-entry lockfile cut out of the
 * real one, so it is pinned by the same integrity hash.
 */
function bootstrapNode(paths, lock) {
	const entry = lock.packages[`node_modules/${paths.nodePackage}`];
	if (!entry) throw new Error(`The lockfile has no ${paths.nodePackage}: Node.js 24 is not pinned for this platform`);
	const dir = path.join(paths.dir, 'bootstrap');
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	const dependencies = { [paths.nodePackage]: entry.version };
	const manifest = { name: 'e2e-node-bootstrap', version: '0.0.0', private: true, dependencies };
	const miniLock = {
		name: manifest.name,
		version: manifest.version,
		lockfileVersion: 3,
		requires: true,
		packages: { '': { name: manifest.name, version: manifest.version, dependencies }, [`node_modules/${paths.nodePackage}`]: { ...entry, optional: undefined } },
	};
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
	fs.writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(miniLock, null, 2));
	run(npmCommand(), ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, env: cleanEnv() });
	return path.join(dir, 'node_modules', paths.nodePackage);
}

/**
 * A Node.js 24 binary for tools that need a newer Node than the host's (StrykerJS):
 * the one of a finished install, an earlier bootstrap's, or a fresh bootstrap.
 */
function node24Binary() {
	const paths = installPaths();
	const bootstrapBin = path.join(paths.dir, 'bootstrap', 'node_modules', paths.nodePackage, 'bin', 'node');
	for (const candidate of [paths.nodeBin, bootstrapBin]) if (fs.existsSync(candidate)) return candidate;
	fs.mkdirSync(paths.dir, { recursive: true });
	const lock = JSON.parse(fs.readFileSync(path.join(PIN_DIR, 'package-lock.json'), 'utf8'));
	return path.join(bootstrapNode(paths, lock), 'bin', 'node');
}

function install() {
	const paths = installPaths();
	if (paths.complete) {
		log(`n8n already installed in ${paths.dir}`);
		return paths;
	}
	const started = Date.now();
	log(`installing n8n from ${path.relative(process.cwd(), PIN_DIR) || PIN_DIR} into ${paths.dir}`);
	fs.mkdirSync(paths.dir, { recursive: true });
	for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(PIN_DIR, file), path.join(paths.dir, file));
	const lock = JSON.parse(fs.readFileSync(path.join(PIN_DIR, 'package-lock.json'), 'utf8'));

	log('step 1/3: Node.js 24');
	const bootstrapNodeDir = bootstrapNode(paths, lock);

	log('step 2/3: npm ci (a few minutes and about 3 GB on a cold cache)');
	run(npmCommand(), ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
		cwd: paths.dir,
		env: node24Env(bootstrapNodeDir),
	});
	fs.rmSync(path.join(paths.dir, 'bootstrap'), { recursive: true, force: true });

	log(`step 3/3: build ${NATIVE_MODULES.join(' and ')} for Node.js 24`);
	// build_from_source: sqlite3 would otherwise try to fetch a prebuilt binary from GitHub first
	// (npm warns 'Unknown env config "build-from-source"'; the setting still reaches the build).
	run(npmCommand(), ['rebuild', '--ignore-scripts=false', ...NATIVE_MODULES], {
		cwd: paths.dir,
		env: node24Env(paths.nodeDir, { npm_config_build_from_source: 'true' }),
	});

	const check = spawnSync(paths.nodeBin, ['-e', NATIVE_MODULES.map((name) => `require(${JSON.stringify(name)})`).join(';')], {
		cwd: paths.dir,
		encoding: 'utf8',
	});
	if (check.status !== 0) throw new Error(`The native modules do not load in Node.js 24:\n${check.stderr}`);

	fs.writeFileSync(path.join(paths.dir, MARKER), `${new Date().toISOString()}\n`);
	log(`n8n installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
	return { ...paths, complete: true };
}

module.exports = { install, installPaths, node24Binary, node24Env };

if (require.main === module) {
	try {
		const { dir } = install();
		console.log(dir);
	} catch (error) {
		console.error(`[e2e install] ${error.message}`);
		process.exit(1);
	}
}
