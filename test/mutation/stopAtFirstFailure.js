// Jest test environment for mutation runs: once a test fails for the active mutant, the tests and describe blocks after it are skipped.
//
// A failing test is all StrykerJS needs to call a mutant killed, but it turns
// jest's bail off, so every covering test would still run. Without an active
// mutant (the unmutated run that measures coverage) nothing is skipped.
const { TestEnvironment } = require('jest-environment-node');

const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';
const FAILED_MUTANT = Symbol.for('mutation.failedMutant');

class StopAtFirstFailure extends TestEnvironment {
	async handleTestEvent(event) {
		const mutant = process.env[ACTIVE_MUTANT];
		if (mutant === undefined) return;
		const failed = (event.name === 'test_done' && event.test.errors.length > 0) || event.name === 'hook_failure';
		if (failed) globalThis[FAILED_MUTANT] = mutant;
		else if (globalThis[FAILED_MUTANT] !== mutant) return;
		// The block's beforeAll has not run yet, so none of its afterAll is owed either.
		else if (event.name === 'run_describe_start') event.describeBlock.mode = 'skip';
		else if (event.name === 'test_start') event.test.mode = 'skip';
	}
}

module.exports = StopAtFirstFailure;
module.exports.FAILED_MUTANT = FAILED_MUTANT;
