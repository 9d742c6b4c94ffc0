/**
 * How the tests run the installed n8n: one isolated environment per session
 * (user folder, database, temp and npm cache inside the session's temp folder,
 * everything on 127.0.0.1, no telemetry), the CLI, and `n8n start`.
 */
const fs = require('node:fs');
const path = require('node:path');

const { node24Env } = require('../install');
const { freePort, start, stop } = require('./processes');

/** Settings that keep n8n quiet, local and contained (see /work/shared/N8N-NOTES.md). */
const QUIET = {
	DB_TYPE: 'sqlite',
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_HIRING_BANNER_ENABLED: 'false',
	N8N_COMMUNITY_PACKAGES_ENABLED: 'false',
	N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	N8N_PUBLIC_API_DISABLED: 'true',
	// Plain http on 127.0.0.1: a Secure cookie would not come back.
	N8N_SECURE_COOKIE: 'false',
	N8N_LISTEN_ADDRESS: '127.0.0.1',
	N8N_HOST: '127.0.0.1',
	N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
	// Only to encrypt the throwaway credentials of this session.
	N8N_ENCRYPTION_KEY: 'e2e-throwaway-key-not-a-secret',
};

/**
 * The environment for every n8n process of a session. Inherited N8N_* and DB_*
 * variables are dropped so a developer's own n8n settings cannot leak in.
 */
function n8nEnv(install, root, extensionsDir, extra = {}) {
	const dirs = { user: 'user', tmp: 'tmp', npmCache: 'npm-cache', home: 'home' };
	for (const [key, name] of Object.entries(dirs)) {
		dirs[key] = path.join(root, name);
		fs.mkdirSync(dirs[key], { recursive: true });
	}
	const base = node24Env(install.nodeDir);
	for (const key of Object.keys(base)) if (/^(N8N_|DB_)/.test(key)) delete base[key];
	return {
		...base,
		...QUIET,
		HOME: dirs.home,
		TMPDIR: dirs.tmp,
		npm_config_cache: dirs.npmCache,
		N8N_USER_FOLDER: dirs.user,
		N8N_CUSTOM_EXTENSIONS: extensionsDir,
		N8N_LOG_LEVEL: 'info',
		...extra,
	};
}

/** Runs `n8n <args>` to the end; resolves with its exit code and output. */
async function runCli(install, env, args, timeoutMs = 180_000) {
	const child = start(install.nodeBin, [install.n8nBin, ...args], {
		env: { ...env, N8N_RUNNERS_BROKER_PORT: String(await freePort()), N8N_PORT: String(await freePort()) },
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk) => (stdout += chunk));
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const timer = setTimeout(() => void stop(child), timeoutMs);
	const code = await new Promise((resolve) => child.on('exit', (exitCode, signal) => resolve(exitCode ?? signal)));
	clearTimeout(timer);
	await stop(child); // its task runner too
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

async function waitFor(url, child, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`n8n exited with code ${child.exitCode} before it answered`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`n8n did not answer ${url} within ${timeoutMs / 1000} s`);
}

/** `n8n start` on a free port; resolves when /healthz answers. `log` gets its output lines. */
async function startServer(install, env, log = () => {}) {
	const port = await freePort();
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
	await waitFor(`${url}/healthz`, child, 90_000);
	return { url, port, child, output: () => output, stop: () => stop(child) };
}

module.exports = { n8nEnv, runCli, parseRun, startServer };
