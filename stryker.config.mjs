// StrykerJS configuration: mutation testing of the SOAP layer and each service's transport and answer readers (npm run test:mutation).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	packageManager: 'npm',
	testRunner: 'jest',
	jest: {
		projectType: 'custom',
		configFile: 'jest.mutation.config.js',
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
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
};
