/**
 * The published package: `npm pack` holds only what n8n needs, has no runtime
 * dependencies, every node and credential loads from the unpacked tarball with
 * nothing beside it but n8n-workflow (which n8n itself provides), and n8n's own
 * scanner passes it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
let workDir: string;
let packageDir: string;

beforeAll(() => {
	if (!fs.existsSync(path.join(root, 'dist/nodes'))) throw new Error('Run `npm run build` first: the tarball is made from dist/.');
	workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-test-'));
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', workDir], { cwd: root, encoding: 'utf8' }));
	execFileSync('tar', ['-xzf', path.join(workDir, packed.filename), '-C', workDir]);
	packageDir = path.join(workDir, 'package');
}, 60_000);

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

function listFiles(dir: string, prefix = ''): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
	);
}

test('the tarball holds only dist, README, LICENSE, package.json and index.js', () => {
	const files = listFiles(packageDir);
	const topLevel = [...new Set(files.map((file) => file.split('/')[0]))].sort();
	expect(topLevel).toEqual(['LICENSE', 'README.md', 'dist', 'index.js', 'package.json']);
	expect(files.filter((file) => file.startsWith('dist/test') || file.endsWith('.ts') || file.includes('node_modules'))).toEqual([]);
	expect(files).toEqual(expect.arrayContaining(['dist/icons/twinfield.svg', 'dist/icons/twinfield.dark.svg', 'dist/vendor/fast-xml-parser.js']));
});

test('the package has no runtime dependencies', () => {
	const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
	expect(manifest.dependencies ?? {}).toEqual({});
	expect(manifest.peerDependencies).toEqual({ 'n8n-workflow': '*' });
	expect(manifest.keywords).toContain('n8n-community-node-package');
});

test('every node and credential loads from the unpacked tarball alone', () => {
	// Only n8n-workflow is made resolvable, as n8n provides it to community packages.
	const hostModules = path.join(workDir, 'host_modules');
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
		const xml = require('./dist/nodes/shared/xml.js');
		if (xml.parseXml('<a>ok</a>').text !== 'ok') throw new Error('vendored parser failed');
		console.log(JSON.stringify(loaded));
	`;
	const output = execFileSync(process.execPath, ['-e', script], {
		cwd: packageDir,
		env: { PATH: process.env.PATH, NODE_PATH: hostModules },
		encoding: 'utf8',
	});
	expect(JSON.parse(output).sort()).toEqual(['twentyFourSevenOffice', 'twentyFourSevenOfficeApi', 'twinfield', 'twinfieldApi', 'twinfieldOAuth2Api']);
});

test("n8n's community-package scanner finds no errors in the sources or the tarball", () => {
	let output: string;
	try {
		// Not NODE_ENV=test as jest sets it: the nodes-base rules have a test mode of their own.
		const env = { ...process.env, NODE_ENV: 'production' };
		output = execFileSync(process.execPath, [path.join(__dirname, 'scan.mjs'), root, packageDir], { cwd: root, env, encoding: 'utf8' });
	} catch (error) {
		output = String((error as { stdout?: string }).stdout ?? error);
	}
	expect(output).toContain('sources: passed');
	expect(output).toContain('tarball: passed');
}, 120_000);
