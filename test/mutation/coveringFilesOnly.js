// Jest global set-up for mutation runs: keeps only the test files that hold a test the mutant's name pattern selects.
//
// StrykerJS runs each mutant's covering tests by name (`testNamePattern`), yet
// jest still loads every other test file and skips its tests, about 20 s a
// mutant here. The sequencer hands its list over (`globalThis`), and this hook,
// which jest runs after sorting and before scheduling, sees the pattern and
// cuts the list down using the index that `run.js` wrote of each file's tests.
const fs = require('node:fs');
const path = require('node:path');

const SORTED_TESTS = Symbol.for('mutation.sortedTests');

function readIndex() {
	const file = process.env.MUTATION_TEST_INDEX;
	if (!file || !fs.existsSync(file)) return undefined;
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

module.exports = async function coveringFilesOnly(globalConfig) {
	// Each jest run is one mutant: forget which mutant failed in the run before (stopAtFirstFailure.js).
	delete globalThis[Symbol.for('mutation.failedMutant')];
	const tests = globalThis[SORTED_TESTS];
	const pattern = globalConfig.testNamePattern;
	if (!tests || !pattern) return;
	const index = readIndex();
	if (!index) return;
	const wanted = new RegExp(pattern, 'i');
	const keep = (test) => {
		const names = index[path.relative(globalConfig.rootDir, test.path).split(path.sep).join('/')];
		// A file the index does not know (added since) is kept: better slow than blind.
		return names === undefined || names.some((name) => wanted.test(name));
	};
	for (let at = tests.length - 1; at >= 0; at -= 1) if (!keep(tests[at])) tests.splice(at, 1);
};

module.exports.SORTED_TESTS = SORTED_TESTS;
