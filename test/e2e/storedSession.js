/**
 * The 24SevenOffice session stored with the credential, counted in a real n8n:
 * repeated `n8n execute` runs share the session n8n keeps (encrypted) in the
 * credential, in the node and in n8n's HTTP Request node with the predefined
 * credential type. Prints the emulator's request counts.
 */
const { check } = require('./lib/check');

const RUNS = 20;

/** Requests to 24SevenOffice since the last reset, per operation, and Logins per user. */
function tally(server) {
	const counts = { ...(server.counts()['24sevenoffice'] ?? {}) };
	const loginsBy = {};
	for (const request of server.requests) {
		if (request.service === '24sevenoffice' && request.operation === 'Login') {
			const user = request.values?.Username ?? '?';
			loginsBy[user] = (loginsBy[user] ?? 0) + 1;
		}
	}
	return { counts, loginsBy };
}

function show(label, { counts, loginsBy }) {
	console.log(`    ${label}: ${JSON.stringify(counts)}; Logins by user ${JSON.stringify(loginsBy)}`);
}

async function tsoStoredSession(ctx) {
	// Forty-odd n8n starts: once is enough, in the layout users install.
	if (ctx.layout.name !== 'community') return;
	// Loaded here: executions.js loads this file.
	const { execute, itemsOf } = require('./executions');
	const { server, emulator } = ctx;
	const demo = emulator.tsoDemo.username;
	const httpUser = emulator.tsoSpecial.username;
	// Counts from zero, and a fresh hourly login allowance.
	server.reset();

	let allSucceeded = true;
	const sessions = new Set();
	for (let index = 0; index < RUNS; index++) {
		const { code, run, output } = await execute(ctx, 'tso-stored-session.json');
		if (code !== 0 || !run) {
			allSucceeded = false;
			check(`(f) run ${index + 1} of ${RUNS} succeeds`, false, output);
			break;
		}
		sessions.add(itemsOf(run, 'Ensure Session')[0]?.sessionId);
		const companies = [...itemsOf(run, 'Companies after Ensure Session'), ...itemsOf(run, 'Companies with HTTP Request only')];
		if (companies.length !== 2 || !companies.every((answer) => String(answer?.data).includes('<GetCompaniesResult>'))) {
			allSucceeded = false;
			check(`(f) run ${index + 1}: both HTTP Requests got companies`, false, JSON.stringify(companies, null, 2));
			break;
		}
	}
	const afterRuns = tally(server);
	show(`after ${RUNS} runs`, afterRuns);
	if (allSucceeded) {
		check(`(f) ${RUNS} manual runs starting with Ensure Session send 1 Login`, afterRuns.loginsBy[demo] === 1 && sessions.size === 1, JSON.stringify(afterRuns));
		check(
			`(f) HTTP Request with the predefined credential calls GetCompanies ${RUNS} times with 1 Login`,
			afterRuns.loginsBy[httpUser] === 1 && afterRuns.counts.GetCompanies === 2 * RUNS,
			JSON.stringify(afterRuns),
		);
	}

	// The service ends every session: the next run logs in once per credential and succeeds.
	server.expireSessions();
	const before = tally(server);
	const { code, run, output } = await execute(ctx, 'tso-stored-session.json');
	const afterExpiry = tally(server);
	show('the run after the sessions ended', afterExpiry);
	const newLogins = (user) => (afterExpiry.loginsBy[user] ?? 0) - (before.loginsBy[user] ?? 0);
	check(
		'(f) after the service ended the session, the next run logs in once and succeeds',
		code === 0 && run && newLogins(demo) === 1 && newLogins(httpUser) === 1 && itemsOf(run, 'Ensure Session')[0]?.reused === false,
		`${JSON.stringify(afterExpiry)}\n${output.slice(-2000)}`,
	);

}

/** (f) 10,000 items through Check Session, all carrying one session ID: one HasSession for the run. */
async function tsoCheckMany(ctx) {
	const { execute, itemsOf } = require('./executions');
	const before = ctx.server.requests.length;
	const { code, run, output } = await execute(ctx, 'tso-check-many.json');
	if (!check('(f) Check Session with 10,000 items: workflow succeeds', code === 0 && run, output.slice(-2000))) return;
	const [session] = itemsOf(run, 'Log In');
	const checked = itemsOf(run, 'Check Session');
	const sent = ctx.server.requests.slice(before);
	const count = (operation) => sent.filter((request) => request.operation === operation).length;
	console.log(`    requests: ${count('Login')} Login, ${count('HasSession')} HasSession for ${checked.length} items`);
	check(
		'(f) 10,000 items through Check Session with one session ID send 1 HasSession, and every item is answered',
		checked.length === 10_000 && count('HasSession') === 1 && count('Login') === 1 && checked.every((item) => item.authenticated === true && item.sessionId === session?.sessionId),
		JSON.stringify({ items: checked.length, first: checked[0], counts: { Login: count('Login'), HasSession: count('HasSession') } }),
	);
}

module.exports = { tsoStoredSession, tsoCheckMany };
