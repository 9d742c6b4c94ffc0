// Ends a jest run with the fuzz counts, the product's and the emulator's tests counted apart, and last one plain line, "N passed, M failed", that any CI can read.
const path = require('node:path');

const EMULATOR = `${path.sep}test${path.sep}emulator${path.sep}`;
const FUZZ = `${path.sep}test${path.sep}fuzz${path.sep}`;

class SummaryReporter {
	onRunComplete(_contexts, results) {
		const parts = { product: { passed: 0, failed: 0 }, emulator: { passed: 0, failed: 0 } };
		let fuzzRan = false;
		for (const file of results.testResults) {
			const part = file.testFilePath.includes(EMULATOR) ? parts.emulator : parts.product;
			part.passed += file.numPassingTests;
			part.failed += file.numFailingTests + (file.testExecError ? 1 : 0);
			if (file.testFilePath.includes(FUZZ)) fuzzRan = true;
		}
		const skipped = results.numPendingTests + results.numTodoTests;
		const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
		const lines = [''];
		if (fuzzRan) lines.push(require('./fuzz/counts.js').describe());
		lines.push(`product: ${parts.product.passed} passed, ${parts.product.failed} failed; emulator: ${parts.emulator.passed} passed, ${parts.emulator.failed} failed`);
		lines.push(`${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
		console.log(lines.join('\n'));
	}
}

module.exports = SummaryReporter;
