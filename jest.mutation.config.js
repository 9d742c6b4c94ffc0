/** The jest configuration Stryker runs for each mutant: the unit, engine, emulator and layer fuzz tests, without the build-dependent package tests and the whole-workflow fuzz. */
const path = require('node:path');
const base = require('./jest.config.js');

// Fewer fuzz cases per mutant: a tenth of the default counts, at least one per category.
process.env.FUZZ_RUNS = process.env.FUZZ_RUNS ?? '30';

module.exports = {
	...base,
	reporters: ['default'],
	testSequencer: '<rootDir>/test/mutation/fastFirstSequencer.js',
	// Only the files holding a mutant's covering tests are loaded (see the file).
	globalSetup: '<rootDir>/test/mutation/coveringFilesOnly.js',
	// A mutant's run ends at its first failing test (see the file).
	// A full path: StrykerJS loads the environment itself and does not expand <rootDir>.
	testEnvironment: path.join(__dirname, 'test', 'mutation', 'stopAtFirstFailure.js'),
	testPathIgnorePatterns: [
		'/node_modules/',
		// Need `npm run build` first: they load dist/ and the packed tarball.
		'<rootDir>/test/package/',
		// Whole workflows through n8n's engine behind a bending proxy: the slowest suite,
		// and the same operations run in test/engine and the layer fuzz reads the same answers.
		'<rootDir>/test/fuzz/engine.fuzz.test.ts',
	],
};
