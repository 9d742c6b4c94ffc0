/**
 * Child processes and the temp folder of one e2e session, and their cleanup:
 * whatever happens (failure, Ctrl-C, an uncaught error), no n8n is left
 * running and no temp data is left behind.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const children = new Set();
const cleanups = [];
let tempRoot;

/** One temp folder for everything of this session; removed on exit. */
function tempDir() {
	tempRoot ??= fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-'));
	return tempRoot;
}

/** Runs `fn` (may be async) when the session ends, before the temp folder goes. */
function onCleanup(fn) {
	cleanups.push(fn);
}

/**
 * Starts a child in its own process group, so that stopping it also stops
 * what it started (n8n's task runner).
 */
function start(command, args, options = {}) {
	const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
	children.add(child);
	child.on('exit', () => children.delete(child));
	return child;
}

function signalGroup(child, signal) {
	try {
		process.kill(-child.pid, signal);
	} catch {
		// Already gone.
	}
}

/** SIGTERM the child's group, SIGKILL after `graceMs`; resolves once it exited. */
function stop(child, graceMs = 10_000) {
	if (child.exitCode !== null || child.signalCode !== null) {
		signalGroup(child, 'SIGKILL'); // the task runner may outlive its parent
		return Promise.resolve();
	}
	return new Promise((resolve) => {
		const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
		child.once('exit', () => {
			clearTimeout(timer);
			signalGroup(child, 'SIGKILL');
			resolve();
		});
		signalGroup(child, 'SIGTERM');
	});
}

let finished = false;

/** Stops every child, runs the cleanups and removes the temp folder. Safe to call twice. */
async function finish() {
	if (finished) return;
	finished = true;
	await Promise.all([...children].map((child) => stop(child)));
	for (const fn of cleanups.reverse()) {
		try {
			await fn();
		} catch (error) {
			console.error(`cleanup failed: ${error.message}`);
		}
	}
	if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true });
}

/** Whether the session is shutting down, so a child's exit is expected. */
function finishing() {
	return finished;
}

/** Last resort when the process dies without `finish()`: kill synchronously. */
process.on('exit', () => {
	for (const child of children) signalGroup(child, 'SIGKILL');
	if (tempRoot && !finished) fs.rmSync(tempRoot, { recursive: true, force: true });
});

/** Ctrl-C and SIGTERM end the session cleanly with the given exit code. */
function exitOnSignals(code = 130) {
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.once(signal, () => {
			console.log(`\n${signal}: stopping…`);
			void finish().then(() => process.exit(code));
		});
	}
}

/** A port that is free on 127.0.0.1 right now. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

module.exports = { tempDir, onCleanup, start, stop, finish, finishing, exitOnSignals, freePort };
