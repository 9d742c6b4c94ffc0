/** A tiny tally of named checks, so the run ends with one `N passed, M failed` line. */
const results = [];
let label = '';

/** Prefixes the names of the following checks, e.g. with the layout under test. */
function scope(name) {
	label = name ? `[${name}] ` : '';
}

/** Records one check; `detail` is printed only when it fails. */
function check(name, ok, detail = '') {
	results.push({ name: label + name, ok: Boolean(ok) });
	console.log(`${ok ? '  ok  ' : '  FAIL'} ${name}`);
	if (!ok && detail) console.log(indent(String(detail)));
	return Boolean(ok);
}

/** Records a failed check for something that threw before it could be checked. */
function broken(name, error) {
	return check(name, false, error && error.stack ? error.stack : error);
}

function indent(text, max = 4000) {
	const clipped = text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text;
	return clipped
		.split('\n')
		.map((line) => `         ${line}`)
		.join('\n');
}

function summary() {
	const passed = results.filter((result) => result.ok).length;
	const failed = results.length - passed;
	const failures = results.filter((result) => !result.ok).map((result) => result.name);
	return { passed, failed, failures, line: `${passed} passed, ${failed} failed` };
}

module.exports = { check, broken, scope, summary };
