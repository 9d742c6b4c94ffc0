/**
 * The published packages, each packed by `npm pack` from what the build staged
 * in dist/packages: each holds only what n8n needs, has no runtime
 * dependencies, the shared metadata of package.json, its own README, docs links
 * that survive n8n's tracking query; every node and credential loads from the
 * unpacked tarball with nothing beside it but n8n-workflow (which n8n itself
 * provides), and n8n's own scanner passes it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PACKAGES, SERVICES, SHARED_FIELDS, STAGE_DIR, singleServicePackage } = require('../../packaging/packages');

const root = path.resolve(__dirname, '../..');
const rootManifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

type Package = { name: string; services: string[] };
const EXPECTED_TYPES: Record<string, string[]> = {
	'n8n-nodes-twinfield-24sevenoffice': [
		'twentyFourSevenOffice',
		'twentyFourSevenOfficeApi',
		'twentyFourSevenOfficeTrigger',
		'twinfield',
		'twinfieldApi',
		'twinfieldOAuth2Api',
		'twinfieldTrigger',
	],
	'n8n-nodes-twinfield': ['twinfield', 'twinfieldApi', 'twinfieldOAuth2Api', 'twinfieldTrigger'],
	'n8n-nodes-24sevenoffice': ['twentyFourSevenOffice', 'twentyFourSevenOfficeApi', 'twentyFourSevenOfficeTrigger'],
};

let workDir: string;
const unpacked: Record<string, string> = {};

beforeAll(() => {
	workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-test-'));
	for (const pkg of PACKAGES as Package[]) {
		const staged = path.join(root, STAGE_DIR, pkg.name);
		if (!fs.existsSync(staged)) throw new Error(`Run \`npm run build\` first: ${STAGE_DIR}/${pkg.name} is missing.`);
		const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', workDir], { cwd: staged, encoding: 'utf8' }));
		const dir = path.join(workDir, pkg.name);
		fs.mkdirSync(dir);
		execFileSync('tar', ['-xzf', path.join(workDir, packed.filename), '-C', dir, '--strip-components=1']);
		unpacked[pkg.name] = dir;
	}
}, 60_000);

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

function listFiles(dir: string, prefix = ''): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
	);
}

const manifestOf = (name: string) => JSON.parse(fs.readFileSync(path.join(unpacked[name], 'package.json'), 'utf8'));

test('the build stages three packages: both services, Twinfield alone, 24SevenOffice alone', () => {
	expect((PACKAGES as Package[]).map((pkg) => pkg.name)).toEqual(Object.keys(EXPECTED_TYPES));
});

describe.each(Object.keys(EXPECTED_TYPES))('%s', (name) => {
	test('holds only dist, README, LICENSE, package.json and index.js, with its own icons', () => {
		const files = listFiles(unpacked[name]);
		expect([...new Set(files.map((file) => file.split('/')[0]))].sort()).toEqual(['LICENSE', 'README.md', 'dist', 'index.js', 'package.json']);
		expect(files.filter((file) => file.startsWith('dist/test') || file.startsWith('dist/packages') || file.endsWith('.ts') || file.includes('node_modules'))).toEqual([]);
		const icons = files.filter((file) => file.startsWith('dist/icons/')).sort();
		const wanted = name === 'n8n-nodes-twinfield' ? ['twinfield'] : name === 'n8n-nodes-24sevenoffice' ? ['twentyFourSevenOffice'] : ['twentyFourSevenOffice', 'twinfield'];
		expect(icons).toEqual(wanted.flatMap((icon) => [`dist/icons/${icon}.dark.svg`, `dist/icons/${icon}.svg`]));
	});

	test("has no runtime dependencies and the root package.json's version and metadata", () => {
		const manifest = manifestOf(name);
		expect(manifest.name).toBe(name);
		expect(manifest.dependencies ?? {}).toEqual({});
		expect(manifest.devDependencies).toBeUndefined();
		expect(manifest.scripts).toBeUndefined();
		expect(manifest.keywords).toContain('n8n-community-node-package');
		for (const field of SHARED_FIELDS) expect([field, manifest[field]]).toEqual([field, rootManifest[field]]);
		// n8n's "Report issue" opens bugs.url, else the raw registry JSON.
		expect(manifest.bugs.url).toMatch(/^https:\/\/github\.com\/.+\/issues$/);
	});

	test('every node and credential loads from the unpacked tarball alone', () => {
		// Only n8n-workflow is made resolvable, as n8n provides it to community packages.
		const hostModules = path.join(workDir, `host_modules-${name}`);
		fs.mkdirSync(hostModules);
		fs.symlinkSync(path.join(root, 'node_modules/n8n-workflow'), path.join(hostModules, 'n8n-workflow'), 'dir');
		const script = `
			const path = require('node:path');
			const manifest = require('./package.json');
			const loaded = [];
			for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) {
				const exported = require(path.resolve(file));
				for (const Type of Object.values(exported)) {
					const instance = new Type();
					const description = instance.description ?? instance;
					loaded.push(description.name);
					const icon = description.icon;
					for (const ref of typeof icon === 'object' ? Object.values(icon) : [icon]) {
						const iconPath = path.resolve(path.dirname(file), String(ref).replace(/^file:/, ''));
						if (!require('node:fs').existsSync(iconPath)) throw new Error('missing icon ' + iconPath);
					}
				}
			}
			const xml = require('./dist/nodes/shared/soap/xml.js');
			if (xml.parseXml('<a>ok</a>').text !== 'ok') throw new Error('XML reader failed');
			console.log(JSON.stringify(loaded));
		`;
		const output = execFileSync(process.execPath, ['-e', script], {
			cwd: unpacked[name],
			env: { PATH: process.env.PATH, NODE_PATH: hostModules },
			encoding: 'utf8',
		});
		// Names of nodes and credentials this package must hold; a credential added to a service comes along.
		expect(JSON.parse(output)).toEqual(expect.arrayContaining(EXPECTED_TYPES[name]));
		const foreign = Object.values(EXPECTED_TYPES).flat().filter((type) => !EXPECTED_TYPES[name].includes(type));
		expect(JSON.parse(output).filter((type: string) => foreign.includes(type))).toEqual([]);
	});

	test("each node's docs link survives n8n's tracking query and its codex names the node type of this package", () => {
		const manifest = manifestOf(name);
		for (const nodeFile of manifest.n8n.nodes as string[]) {
			const codex = JSON.parse(fs.readFileSync(path.join(unpacked[name], nodeFile.replace(/\.js$/, '.json')), 'utf8'));
			expect(codex.node.startsWith(`${name}.`)).toBe(true);
			const serviceKey = Object.keys(SERVICES).find((key) => nodeFile.includes(`/nodes/${SERVICES[key].nodeDir}/`));
			// n8n's editor adds `?utm_source=…` to this URL, after any #anchor: so no anchor; the single-service package page documents the node alone.
			const [docs] = codex.resources.primaryDocumentation;
			expect(docs.url).toBe(`https://www.npmjs.com/package/${singleServicePackage(serviceKey).name}`);
		}
	});

	test('has its own README: its name, its services, install steps for n8n Cloud and self-hosted', () => {
		const readme = fs.readFileSync(path.join(unpacked[name], 'README.md'), 'utf8');
		const pkg = (PACKAGES as Package[]).find((candidate) => candidate.name === name) as Package;
		expect(readme.startsWith(`# ${name}\n`)).toBe(true);
		expect(readme).toContain('\n## Install\n');
		expect(readme).toContain('\n## Installing on n8n Cloud\n');
		expect(readme).not.toContain('\n## Publishing\n');
		for (const [key, service] of Object.entries(SERVICES) as [string, { title: string }][]) {
			expect([service.title, readme.includes(`\n## ${service.title}\n`)]).toEqual([service.title, pkg.services.includes(key)]);
			if (!pkg.services.includes(key)) expect(readme).not.toContain(service.title);
		}
		if (pkg.services.length === 1) {
			// The repository (named after the combined package) is linked for source and issues; no other mention.
			const repository = rootManifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
			expect(readme).toContain(`Source, changelog and issues: ${repository}\n`);
			expect(readme.replaceAll(repository, '')).not.toContain('n8n-nodes-twinfield-24sevenoffice');
		}
		// npm serves no file of the tarball: images point at the repository's copy at the release tag.
		for (const [, url] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) expect(url).toMatch(new RegExp(`^https://raw\\.githubusercontent\\.com/.+/v${rootManifest.version}/`));
		// Nor any other file: links to other pages point at the repository's file at the release tag, or stay on this page.
		for (const [, url] of readme.matchAll(/(?<!!)\[[^\]]*\]\(([^)]+)\)/g)) expect(url).toMatch(new RegExp(`^(#|https://(?!github\\.com/)|https://github\\.com/.+/blob/v${rootManifest.version}/)`));
	});
});

test("n8n's community-package scanner finds no errors in the sources or any tarball", () => {
	let output: string;
	try {
		// Not NODE_ENV=test as jest sets it: the nodes-base rules have a test mode of their own.
		const env = { ...process.env, NODE_ENV: 'production' };
		const dirs = Object.values(unpacked);
		output = execFileSync(process.execPath, [path.join(root, 'packaging/scan.mjs'), '--sources', root, ...dirs], { cwd: root, env, encoding: 'utf8' });
	} catch (error) {
		output = String((error as { stdout?: string }).stdout ?? error);
	}
	expect(output).toContain('sources: passed');
	for (const dir of Object.values(unpacked)) expect(output).toContain(`tarball ${dir}: passed`);
}, 180_000);
