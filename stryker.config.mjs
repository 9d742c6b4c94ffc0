// StrykerJS configuration: mutation testing of the SOAP layer and each service's transport and answer readers (npm run test:mutation).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	packageManager: 'npm',
	testRunner: 'jest',
	plugins: ['@stryker-mutator/jest-runner', './test/mutation/samplePlaces.mjs'],
	// Sampled runs (npm run test:mutation:sample) test the sampled places' own mutants only.
	ignorers: process.env.MUTATION_SAMPLE ? ['sample-places'] : [],
	jest: {
		projectType: 'custom',
		configFile: 'jest.mutation.config.js',
		// Jest's related-test search sees only the files under its roots, so it lost the
		// way from the engine tests through the node files; coverage per test picks instead.
		enableFindRelatedTests: false,
	},
	coverageAnalysis: 'perTest',
	ignoreStatic: true,
	// Two cores: one test process each.
	concurrency: 2,
	// The tests start local HTTP servers and n8n's engine; a loaded machine needs slack.
	timeoutMS: 5000,
	mutate: [
		'nodes/shared/soap/**/*.ts',
		'nodes/Twinfield/transport/**/*.ts',
		'nodes/Twinfield/helpers/**/*.ts',
		'nodes/TwentyFourSevenOffice/transport/**/*.ts',
		'nodes/TwentyFourSevenOffice/helpers/**/*.ts',
	],
	ignorePatterns: ['dist', 'coverage', '.e2e', 'reports', '*.tgz'],
	reporters: ['clear-text', 'progress', 'json'],
	jsonReporter: { fileName: process.env.MUTATION_REPORT ?? 'reports/mutation/mutation.json' },
};
