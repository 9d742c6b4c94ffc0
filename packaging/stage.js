/**
 * Stages each package of packages.js from the compiled build in dist/ into
 * dist/packages/<name>/, laid out as npm will publish it: its own package.json
 * and README.md, LICENSE, index.js, and under dist/ only the compiled files its
 * nodes and credentials need. Nothing is copied from the sources: the build
 * output is the one input.
 */
const fs = require('node:fs');
const path = require('node:path');

const { PACKAGES, SERVICES, SHARED_FIELDS, STAGE_DIR } = require('./packages');
const { packageReadme, readSources } = require('./readme');

// What n8n provides to community packages at run time; everything else must be in the package.
const HOST_MODULES = new Set(['n8n-workflow']);

function listFiles(dir) {
	return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map((file) => path.join(dir, String(file))) : [];
}

/** The compiled node and credential files of one service, as paths relative to the root. */
function entryFiles(root, service) {
	const nodes = listFiles(path.join(root, 'dist/nodes', service.nodeDir)).filter((file) => file.endsWith('.node.js'));
	const credentials = fs
		.readdirSync(path.join(root, 'dist/credentials'))
		.filter((file) => file.startsWith(service.credentialPrefix) && file.endsWith('.credentials.js'))
		.map((file) => path.join(root, 'dist/credentials', file));
	if (nodes.length === 0) throw new Error(`No compiled node in dist/nodes/${service.nodeDir}: run the build`);
	return { nodes: nodes.map((file) => path.relative(root, file)).sort(), credentials: credentials.map((file) => path.relative(root, file)).sort() };
}

/** Fails when a credential belongs to no service or to two: the prefix is how a credential finds its package. */
function checkCredentialOwners(root) {
	for (const file of fs.readdirSync(path.join(root, 'dist/credentials')).filter((name) => name.endsWith('.credentials.js'))) {
		const owners = Object.values(SERVICES).filter((service) => file.startsWith(service.credentialPrefix));
		if (owners.length !== 1) {
			throw new Error(`credentials/${file.replace(/\.js$/, '.ts')} must start with exactly one service's prefix (${Object.values(SERVICES).map((s) => s.credentialPrefix).join(', ')}); it matches ${owners.length}`);
		}
	}
}

function resolveRequire(fromFile, request) {
	const base = path.resolve(path.dirname(fromFile), request);
	for (const candidate of [base, `${base}.js`, `${base}.json`, path.join(base, 'index.js')]) {
		if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
	}
	throw new Error(`${fromFile} requires ${request}, which the build did not produce`);
}

/**
 * Every file the entry files need: relative requires followed to the end, the
 * icons named as `file:…svg` and a node's codex (`X.node.json`). Fails on a runtime dependency n8n does not provide.
 */
function closure(root, entries) {
	const found = new Set();
	const queue = entries.map((file) => path.join(root, file));
	while (queue.length > 0) {
		const file = queue.pop();
		if (found.has(file)) continue;
		found.add(file);
		if (!file.endsWith('.js')) continue;
		const code = fs.readFileSync(file, 'utf8');
		for (const [, request] of code.matchAll(/require\(["']([^"']+)["']\)/g)) {
			if (request.startsWith('.')) queue.push(resolveRequire(file, request));
			else if (!HOST_MODULES.has(request) && !request.startsWith('node:')) {
				throw new Error(`${path.relative(root, file)} requires "${request}" at run time; packages may only use n8n-workflow`);
			}
		}
		for (const [, icon] of code.matchAll(/["'`]file:([^"'`]+\.svg)["'`]/g)) queue.push(path.resolve(path.dirname(file), icon));
		const codex = file.replace(/\.js$/, '.json');
		if (fs.existsSync(codex) && !found.has(codex)) queue.push(codex);
	}
	return [...found].map((file) => path.relative(root, file)).sort();
}

/** The package's manifest: the shared fields from the root package.json, the rest its own. */
function manifest(rootManifest, pkg, entries) {
	const shared = Object.fromEntries(SHARED_FIELDS.filter((field) => rootManifest[field] !== undefined).map((field) => [field, rootManifest[field]]));
	const keywords = ['n8n-community-node-package', 'n8n', ...pkg.services.flatMap((key) => SERVICES[key].keywords), 'soap'];
	return {
		name: pkg.name,
		version: shared.version,
		description: pkg.description,
		keywords,
		...shared,
		main: 'index.js',
		files: ['dist', 'index.js'],
		n8n: { n8nNodesApiVersion: 1, credentials: entries.credentials, nodes: entries.nodes },
	};
}

/** A node's codex names its node type, which is `<package>.<node>`. */
function codexFor(text, packageName) {
	const codex = JSON.parse(text);
	if (typeof codex.node === 'string') codex.node = `${packageName}.${codex.node.split('.').pop()}`;
	return `${JSON.stringify(codex, null, '\t')}\n`;
}

function stagePackage(root, rootManifest, pkg, sources) {
	const target = path.join(root, STAGE_DIR, pkg.name);
	const entries = { nodes: [], credentials: [] };
	for (const key of pkg.services) {
		const own = entryFiles(root, SERVICES[key]);
		entries.nodes.push(...own.nodes);
		entries.credentials.push(...own.credentials);
	}
	for (const file of closure(root, [...entries.nodes, ...entries.credentials])) {
		const to = path.join(target, file);
		fs.mkdirSync(path.dirname(to), { recursive: true });
		if (file.endsWith('.node.json')) fs.writeFileSync(to, codexFor(fs.readFileSync(path.join(root, file), 'utf8'), pkg.name));
		else fs.copyFileSync(path.join(root, file), to);
	}
	for (const file of ['LICENSE', 'index.js']) fs.copyFileSync(path.join(root, file), path.join(target, file));
	fs.writeFileSync(path.join(target, 'package.json'), `${JSON.stringify(manifest(rootManifest, pkg, entries), null, 2)}\n`);
	fs.writeFileSync(path.join(target, 'README.md'), packageReadme(sources, pkg, rootManifest));
	return target;
}

/** Stages every package; returns their folders. */
function stagePackages(root) {
	const rootManifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	checkCredentialOwners(root);
	fs.rmSync(path.join(root, STAGE_DIR), { recursive: true, force: true });
	const sources = readSources(root);
	return PACKAGES.map((pkg) => stagePackage(root, rootManifest, pkg, sources));
}

module.exports = { stagePackages, closure, entryFiles };
