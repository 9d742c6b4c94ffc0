/**
 * How the build decides what goes into a package: a service's credentials are
 * found by file-name prefix (so a new one needs no change to the build), a
 * credential no service claims stops the build, and only files the entry
 * points require travel along.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stagePackages, entryFiles } = require('../../packaging/stage');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SERVICES, STAGE_DIR } = require('../../packaging/packages');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { tagUnderCheck, changelogReleases } = require('../../packaging/releaseCheck');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageReadme, headingAnchors } = require('../../packaging/readme');

let root: string;

function write(file: string, text: string) {
	fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
	fs.writeFileSync(path.join(root, file), text);
}

/** A miniature build output: one node per service, shared code, credentials, icons. */
beforeEach(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'packaging-'));
	write('package.json', JSON.stringify({ name: 'n8n-nodes-twinfield-24sevenoffice', version: '9.9.9', license: 'MIT', bugs: { url: 'https://example.com/issues' } }));
	write('README.md', '# n8n-nodes-twinfield-24sevenoffice\n\nIntro:\n\n- **Twinfield** — one\n- **24SevenOffice** — two\n\n## Install\n\nx\n\n## Twinfield\n\nt\n\n## 24SevenOffice\n\no\n\n## Publishing\n\np\n');
	write('docs/twinfield.md', '# Twinfield\n\nThe Twinfield node.\n\n## Twinfield credential\n\nt\n');
	write('docs/24sevenoffice.md', '# 24SevenOffice\n\nThe 24SevenOffice node.\n\n## 24SevenOffice credential\n\no\n');
	write('LICENSE', 'MIT');
	write('index.js', 'module.exports = {};');
	write('dist/nodes/shared/util.js', 'exports.x = 1;');
	write('dist/nodes/shared/unused.js', 'exports.y = 2;');
	write('dist/nodes/Twinfield/Twinfield.node.js', 'require("n8n-workflow"); require("../shared/util"); const icon = "file:../../icons/twinfield.svg";');
	write('dist/nodes/Twinfield/Twinfield.node.json', JSON.stringify({ node: 'n8n-nodes-twinfield-24sevenoffice.twinfield' }));
	write('dist/nodes/TwentyFourSevenOffice/TwentyFourSevenOffice.node.js', 'require("../shared/util");');
	write('dist/credentials/TwinfieldApi.credentials.js', 'const icon = "file:../icons/twinfield.svg";');
	write('dist/credentials/TwentyFourSevenOfficeApi.credentials.js', '');
	write('dist/icons/twinfield.svg', '<svg/>');
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

test("a new credential is picked up by its file name's service prefix", () => {
	write('dist/credentials/TwinfieldOAuth2Api.credentials.js', 'require("../nodes/shared/util");');
	expect(entryFiles(root, SERVICES.twinfield).credentials).toEqual(['dist/credentials/TwinfieldApi.credentials.js', 'dist/credentials/TwinfieldOAuth2Api.credentials.js']);
	stagePackages(root);
	const manifest = JSON.parse(fs.readFileSync(path.join(root, STAGE_DIR, 'n8n-nodes-twinfield/package.json'), 'utf8'));
	expect(manifest.n8n.credentials).toEqual(['dist/credentials/TwinfieldApi.credentials.js', 'dist/credentials/TwinfieldOAuth2Api.credentials.js']);
	expect(fs.existsSync(path.join(root, STAGE_DIR, 'n8n-nodes-24sevenoffice/dist/credentials/TwinfieldOAuth2Api.credentials.js'))).toBe(false);
});

test('a credential that no service claims stops the build', () => {
	write('dist/credentials/OtherApi.credentials.js', '');
	expect(() => stagePackages(root)).toThrow(/OtherApi\.credentials\.ts must start with exactly one service's prefix/);
});

test('a runtime dependency other than n8n-workflow stops the build', () => {
	write('dist/nodes/shared/util.js', 'require("axios");');
	expect(() => stagePackages(root)).toThrow(/requires "axios" at run time/);
});

test('only the required files, the named icons and the codex travel; the codex names the package', () => {
	stagePackages(root);
	const dir = path.join(root, STAGE_DIR, 'n8n-nodes-twinfield');
	const files = fs.readdirSync(dir, { recursive: true }).map(String).sort();
	expect(files.filter((file) => file.startsWith('dist/') && file.includes('.'))).toEqual([
		'dist/credentials/TwinfieldApi.credentials.js',
		'dist/icons/twinfield.svg',
		'dist/nodes/Twinfield/Twinfield.node.js',
		'dist/nodes/Twinfield/Twinfield.node.json',
		'dist/nodes/shared/util.js',
	]);
	expect(JSON.parse(fs.readFileSync(path.join(dir, 'dist/nodes/Twinfield/Twinfield.node.json'), 'utf8')).node).toBe('n8n-nodes-twinfield.twinfield');
	const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
	expect(manifest).toMatchObject({ name: 'n8n-nodes-twinfield', version: '9.9.9', bugs: { url: 'https://example.com/issues' } });
	const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
	expect(readme).toContain('# n8n-nodes-twinfield\n');
	expect(readme).toContain('## Twinfield');
	expect(readme).not.toMatch(/24SevenOffice|Publishing/);
});

test("a single-service README is its service's page under the install steps, with links made absolute", () => {
	const manifest = { name: 'n8n-nodes-twinfield-24sevenoffice', version: '1.2.3', repository: { url: 'git+https://github.com/owner/n8n-nodes-twinfield-24sevenoffice.git' } };
	const readme =
		'# n8n-nodes-twinfield-24sevenoffice\n\nBoth.\n\n![both](shots/both.png)\n\n## Install\n\nnpm install n8n-nodes-twinfield-24sevenoffice\n\n## Installing on n8n Cloud\n\n- Twinfield: `n8n-nodes-twinfield`\n- 24SevenOffice: `n8n-nodes-24sevenoffice`\n\n## Quick start\n\nq\n\n## Publishing\n\np\n';
	const page =
		'# Twinfield\n\nThe node. [Errors](errors.md#security), [here](#session), [self](twinfield.md#session), [web](https://example.com/x).\n\n## Session\n\n![shot](../shots/one.png)\n\n```bash\n# not a heading\n[not](a-link.md)\n```\n';
	const pkg = { name: 'n8n-nodes-twinfield', services: ['twinfield'] };
	const text = packageReadme({ readme, pages: { twinfield: page } }, pkg, manifest);
	const blob = 'https://github.com/owner/n8n-nodes-twinfield-24sevenoffice/blob/v1.2.3/';
	expect(text.startsWith('# n8n-nodes-twinfield\n\nThe node.')).toBe(true);
	expect(text).toContain(`[Errors](${blob}docs/errors.md#security), [here](#session), [self](#session), [web](https://example.com/x)`);
	expect(text).toContain('![shot](https://raw.githubusercontent.com/owner/n8n-nodes-twinfield-24sevenoffice/v1.2.3/shots/one.png)');
	expect(text).toContain('```bash\n# not a heading\n[not](a-link.md)\n```');
	expect(text).toContain('npm install n8n-nodes-twinfield\n');
	expect(text).not.toMatch(/24SevenOffice|Quick start|Publishing|both\.png/);
	expect(headingAnchors(text)).toEqual(['n8n-nodes-twinfield', 'install', 'installing-on-n8n-cloud', 'twinfield', 'session']);
	expect(text).toMatch(/\n## Twinfield\n\n### Session\n/);
	expect(text.trimEnd().endsWith('Source, changelog and issues: https://github.com/owner/n8n-nodes-twinfield-24sevenoffice')).toBe(true);

	const combined = packageReadme({ readme, pages: { twinfield: page } }, { name: manifest.name, services: ['twinfield', 'twentyFourSevenOffice'] }, manifest);
	expect(combined).toContain('![both](https://raw.githubusercontent.com/owner/n8n-nodes-twinfield-24sevenoffice/v1.2.3/shots/both.png)');
	expect(combined).toContain('## Quick start');
	expect(combined).not.toContain('## Publishing');
});

test('a missing service page stops the build', () => {
	fs.rmSync(path.join(root, 'docs/24sevenoffice.md'));
	expect(() => stagePackages(root)).toThrow(/docs\/24sevenoffice\.md is missing/);
});

test('release:check reads the tag from --tag or a tag GITHUB_REF, and the changelog newest first', () => {
	expect(tagUnderCheck(['--tag', 'v1.2.3'], {})).toBe('v1.2.3');
	expect(tagUnderCheck([], { GITHUB_REF: 'refs/tags/v0.2.0' })).toBe('v0.2.0');
	expect(tagUnderCheck([], { GITHUB_REF: 'refs/heads/main' })).toBeUndefined();
	const releases = changelogReleases('# Changelog\n\n## [0.2.0]\n\n- new\n\n## [0.1.0]\n\n- old\n');
	expect(releases.map((release: { version: string }) => release.version)).toEqual(['0.2.0', '0.1.0']);
	expect(releases[0].body).toContain('- new');
});
