/** Runs an end-to-end script's checks: its time, its failures and one `N passed, M failed` line, then the clean-up and the exit code. */
const { broken, summary } = require('./check');
const { exitOnSignals, finish } = require('./processes');

/** Runs `checks`, counting anything it throws as a failed check named `name`, and exits 0 only when every check passed. */
function runChecks(name, checks) {
	const started = Date.now();
	exitOnSignals();
	checks()
		.catch((error) => broken(name, error))
		.then(async () => {
			const { failed, failures, line } = summary();
			console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
			if (failed) console.log(`Failed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
			console.log(line);
			await finish();
			process.exit(failed === 0 ? 0 : 1);
		});
}

module.exports = { runChecks };
