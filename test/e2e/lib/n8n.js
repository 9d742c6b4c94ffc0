/**
 * How the tests run the installed n8n: one isolated environment per session
 * (user folder, database, temp and npm cache inside the session's temp folder,
 * everything on 127.0.0.1, no telemetry), the CLI, and `n8n start`.
 */
const fs = require('node:fs');
const path = require('node:path');

const { node24Env } = require('../install');
const { freePort, start, stop, tempDir } = require('./processes');

let cliRuns = 0;

/** Settings that keep n8n quiet, local and contained: no telemetry, no outside calls, 127.0.0.1 only. */
const QUIET = {
	DB_TYPE: 'sqlite',
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_HIRING_BANNER_ENABLED: 'false',
	// Only turns off installing from the UI; packages already in .n8n/nodes still load.
	N8N_COMMUNITY_PACKAGES_ENABLED: 'false',
	N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	N8N_PUBLIC_API_DISABLED: 'true',
	// Its refresh task calls api.n8n.io at start-up.
	N8N_DISABLED_MODULES: 'mcp-registry',
	// Plain http on 127.0.0.1: a Secure cookie would not come back.
	N8N_SECURE_COOKIE: 'false',
	N8N_LISTEN_ADDRESS: '127.0.0.1',
	N8N_HOST: '127.0.0.1',
	N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
	// Only to encrypt the throwaway credentials of this session.
	N8N_ENCRYPTION_KEY: 'e2e-throwaway-key-not-a-secret',
};

/** Where a session's n8n keeps its database, settings and community packages. */
function userFolderOf(root) {
	return path.join(root, 'user');
}

/**
 * The environment for every n8n process of a session: user folder, temp, npm
 * cache and home inside `root`. Inherited N8N_* and DB_* variables are dropped
 * so a developer's own n8n settings cannot leak in.
 */
function n8nEnv(install, root, extra = {}) {
	const dirs = { user: userFolderOf(root), tmp: path.join(root, 'tmp'), npmCache: path.join(root, 'npm-cache'), home: path.join(root, 'home') };
	for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
	const base = node24Env(install.nodeDir);
	for (const key of Object.keys(base)) if (/^(N8N_|DB_)/.test(key)) delete base[key];
	return {
		...base,
		...QUIET,
		HOME: dirs.home,
		TMPDIR: dirs.tmp,
		npm_config_cache: dirs.npmCache,
		N8N_USER_FOLDER: dirs.user,
		N8N_LOG_LEVEL: 'info',
		...extra,
	};
}

/**
 * Runs `n8n <args>` to the end; resolves with its exit code and output. Its
 * standard output goes to a file: n8n exits right after printing a run, and a
 * pipe would lose what was not read yet (a run of 10,000 items is megabytes).
 */
async function runCli(install, env, args, timeoutMs = 180_000) {
	const outFile = path.join(tempDir(), `cli-${process.pid}-${++cliRuns}.out`);
	const out = fs.openSync(outFile, 'w');
	const child = start(install.nodeBin, [install.n8nBin, ...args], {
		env: { ...env, N8N_RUNNERS_BROKER_PORT: String(await freePort()), N8N_PORT: String(await freePort()) },
		stdio: ['ignore', out, 'pipe'],
	});
	fs.closeSync(out);
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const timer = setTimeout(() => void stop(child), timeoutMs);
	const code = await new Promise((resolve) => child.on('exit', (exitCode, signal) => resolve(exitCode ?? signal)));
	clearTimeout(timer);
	await stop(child); // its task runner too
	const stdout = fs.readFileSync(outFile, 'utf8');
	fs.rmSync(outFile, { force: true });
	return { code, stdout, stderr, output: `${stdout}\n${stderr}` };
}

/**
 * `n8n execute` logs the run as pretty JSON among other lines: take the lines
 * from the first `{` alone on its line to the first `}` alone on its line.
 */
function parseRun(stdout) {
	const lines = stdout.split('\n');
	const first = lines.indexOf('{');
	const last = lines.indexOf('}', first);
	if (first < 0 || last < 0) return undefined;
	return JSON.parse(lines.slice(first, last + 1).join('\n'));
}

/**
 * /healthz answers while n8n still migrates and loads nodes ("n8n is starting
 * up"); the REST settings come as JSON only once it is ready for the editor.
 */
async function waitForReady(url, child, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`n8n exited with code ${child.exitCode} before it was ready`);
		try {
			const response = await fetch(url);
			if (response.ok && (response.headers.get('content-type') ?? '').includes('json')) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`n8n was not ready at ${url} within ${timeoutMs / 1000} s`);
}

/** `n8n start` on `port` (default: a free one); resolves when it is ready. `log` gets its output lines. */
async function startServer(install, env, { port, log = () => {} } = {}) {
	port ??= await freePort();
	const child = start(install.nodeBin, [install.n8nBin, 'start'], {
		env: { ...env, N8N_PORT: String(port), N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
	});
	let output = '';
	for (const stream of [child.stdout, child.stderr]) {
		stream.setEncoding('utf8');
		stream.on('data', (chunk) => {
			output += chunk;
			for (const line of chunk.split('\n')) if (line.trim()) log(line);
		});
	}
	const url = `http://127.0.0.1:${port}`;
	try {
		await waitForReady(`${url}/rest/settings`, child, 120_000);
	} catch (error) {
		await stop(child);
		throw new Error(`${error.message}; its last output:\n${output.slice(-3000)}`);
	}
	return { url, port, child, output: () => output, stop: () => stop(child) };
}

module.exports = { userFolderOf, n8nEnv, runCli, parseRun, startServer };
