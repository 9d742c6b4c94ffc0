// What the mutation scripts share: StrykerJS under Node.js 22 or newer, and the index of test names per file that coveringFilesOnly.js reads.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const REPORTS = path.join(ROOT, 'reports', 'mutation');
const STRYKER = path.join(ROOT, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const JEST = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');

/** This Node if new enough for StrykerJS 10, else the pinned Node.js 24 of the end-to-end tests. */
function nodeForStryker() {
	if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
	console.log(`[mutation] Node.js ${process.versions.node} is too old for StrykerJS 10; using the pinned Node.js 24 (fetched once from the npm registry)`);
	return require('../e2e/install').node24Binary();
}

/** Runs the mutation test set once, unmutated, and writes { 'test/…/x.test.ts': [full test names] }; returns its path. */
function writeTestIndex() {
	if (process.env.MUTATION_TEST_INDEX) return process.env.MUTATION_TEST_INDEX;
	fs.mkdirSync(REPORTS, { recursive: true });
	const results = path.join(REPORTS, 'test-results.json');
	console.log('[mutation] running the tests once to index their names per file');
	const run = spawnSync(process.execPath, [JEST, '-c', 'jest.mutation.config.js', '--json', `--outputFile=${results}`], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	if (run.status !== 0) throw new Error('the tests fail without mutants; fix them before a mutation run');
	const index = {};
	for (const file of JSON.parse(fs.readFileSync(results, 'utf8')).testResults) {
		const relative = path.relative(ROOT, file.name).split(path.sep).join('/');
		index[relative] = file.assertionResults.map((test) => test.fullName);
	}
	const indexFile = path.join(REPORTS, 'test-index.json');
	fs.writeFileSync(indexFile, JSON.stringify(index));
	return indexFile;
}

/** Runs `stryker run` with these arguments; `report` is where its JSON report goes, `sample` a sample file to keep to. Returns the exit code. */
function runStryker(args, { testIndex, report, sample } = {}) {
	const env = { ...process.env, MUTATION_TEST_INDEX: testIndex ?? writeTestIndex() };
	if (report) env.MUTATION_REPORT = report;
	if (sample) env.MUTATION_SAMPLE = sample;
	const result = spawnSync(nodeForStryker(), [STRYKER, 'run', ...args], { cwd: ROOT, stdio: 'inherit', env });
	return result.status ?? 1;
}

module.exports = { ROOT, REPORTS, nodeForStryker, writeTestIndex, runStryker };
