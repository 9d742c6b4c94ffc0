/**
 * Redis and PostgreSQL for n8n's queue mode, from Debian's packages: installed
 * with apt-get when missing, each started on a free 127.0.0.1 port with its
 * data in a temp folder, and stopped at cleanup.
 */
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { freePort, onCleanup, start, stop } = require('./processes');

const isRoot = process.getuid?.() === 0;

/** A command as root: directly when we are root, else through sudo. */
function asRoot(command, args) {
	return isRoot ? [command, args] : ['sudo', ['-n', command, ...args]];
}

function aptInstall(packages) {
	console.log(`  apt-get install ${packages.join(' ')}`);
	for (const args of [['update', '-q'], ['install', '-y', '-q', '--no-install-recommends', ...packages]]) {
		const [command, full] = asRoot('apt-get', args);
		const result = spawnSync(command, full, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		if (result.status !== 0) throw new Error(`apt-get ${args[0]} failed: ${result.stderr}`);
	}
}

function redisBinary() {
	for (const candidate of ['/usr/bin/redis-server', '/usr/local/bin/redis-server']) if (fs.existsSync(candidate)) return candidate;
	return undefined;
}

/** The newest PostgreSQL of Debian's layout (/usr/lib/postgresql/<version>/bin). */
function postgresBin() {
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return undefined;
	const versions = fs.readdirSync(root).filter((name) => fs.existsSync(path.join(root, name, 'bin', 'postgres'))).sort((a, b) => Number(b) - Number(a));
	return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

function ensureInstalled() {
	const missing = [];
	if (!redisBinary()) missing.push('redis-server');
	if (!postgresBin()) missing.push('postgresql');
	if (missing.length) aptInstall(missing);
	return { redis: redisBinary(), postgres: postgresBin() };
}

/** A folder another user may write: PostgreSQL refuses to run as root, so as root it runs as Debian's `postgres` user. */
function sharedDir(prefix) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	fs.chmodSync(dir, 0o755);
	onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
	return dir;
}

function waitForOutput(child, pattern, what, timeoutMs = 60_000) {
	return new Promise((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`${what} did not start within ${timeoutMs / 1000} s:\n${output.slice(-2000)}`)), timeoutMs);
		const onData = (chunk) => {
			output += chunk;
			if (pattern.test(output)) {
				clearTimeout(timer);
				resolve();
			}
		};
		for (const stream of [child.stdout, child.stderr]) {
			stream.setEncoding('utf8');
			stream.on('data', onData);
		}
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`${what} exited with ${code}:\n${output.slice(-2000)}`));
		});
	});
}

async function startRedis(binary) {
	const dir = sharedDir('n8n-queue-redis-');
	const port = await freePort();
	const child = start(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no']);
	await waitForOutput(child, /Ready to accept connections/i, 'Redis');
	onCleanup(() => stop(child));
	return { host: '127.0.0.1', port };
}

async function startPostgres(bin) {
	const dir = sharedDir('n8n-queue-postgres-');
	const data = path.join(dir, 'data');
	const user = isRoot ? ['runuser', ['-u', 'postgres', '--']] : undefined;
	if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
	const run = (command, args) => (user ? [user[0], [...user[1], command, ...args]] : [command, args]);
	const [initCommand, initArgs] = run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
	execFileSync(initCommand, initArgs, { stdio: 'ignore' });
	const port = await freePort();
	const [command, args] = run(path.join(bin, 'postgres'), ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir, '-c', 'fsync=off', '-c', 'max_connections=200']);
	const child = start(command, args);
	await waitForOutput(child, /ready to accept connections/i, 'PostgreSQL');
	onCleanup(() => stop(child));
	const [createCommand, createArgs] = run(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'n8n']);
	execFileSync(createCommand, createArgs, { stdio: 'ignore' });
	return { host: '127.0.0.1', port, database: 'n8n', user: 'postgres' };
}

/** Installs what is missing, starts both, and returns the environment every n8n process of the queue needs. */
async function startQueueServices() {
	const binaries = ensureInstalled();
	const [redis, postgres] = await Promise.all([startRedis(binaries.redis), startPostgres(binaries.postgres)]);
	return {
		redis,
		postgres,
		env: {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: redis.host,
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: postgres.host,
			DB_POSTGRESDB_PORT: String(postgres.port),
			DB_POSTGRESDB_DATABASE: postgres.database,
			DB_POSTGRESDB_USER: postgres.user,
			DB_POSTGRESDB_PASSWORD: '',
		},
	};
}

module.exports = { startQueueServices };
