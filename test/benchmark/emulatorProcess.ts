/**
 * The emulator in a child process, so that the benchmark's CPU figures are the
 * client's alone: the server's parsing and replies are not counted in them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as http from 'node:http';
import * as path from 'node:path';

export interface EmulatorProcess {
	twinfieldLoginUrl: string;
	twentyFourSevenOfficeUrl: string;
	/** Requests per "service operation" since the last reset, from the emulator's counters. */
	counts(): Promise<Record<string, number>>;
	/** Twinfield fair-use credits spent since the last reset. */
	credits(): Promise<number>;
	reset(): Promise<void>;
	/** Ends every session, as the services do after a while. */
	expireSessions(): Promise<void>;
	stop(): void;
}

function urlAfter(label: string, text: string): string | undefined {
	return new RegExp(`${label}\\s+(http://127\\.0\\.0\\.1:\\d+)`).exec(text)?.[1];
}

export async function startEmulatorProcess(): Promise<EmulatorProcess> {
	const script = path.join(__dirname, '..', 'emulator', 'start.js');
	const child: ChildProcess = spawn(process.execPath, [script], {
		env: { ...process.env, EMULATOR_PORT: '' },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const output = await new Promise<string>((resolve, reject) => {
		let text = '';
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`the emulator exited with code ${code}`)));
		child.stdout?.setEncoding('utf8');
		child.stdout?.on('data', (chunk: string) => {
			text += chunk;
			if (text.includes('Ctrl-C')) resolve(text);
		});
	});
	child.removeAllListeners('exit');
	const twinfieldLoginUrl = urlAfter('login host', output);
	const twentyFourSevenOfficeUrl = urlAfter('authenticate', output);
	if (!twinfieldLoginUrl || !twentyFourSevenOfficeUrl) {
		child.kill();
		throw new Error(`Could not read the emulator's URLs from:\n${output}`);
	}
	const control = `${twentyFourSevenOfficeUrl}/_emulator`;
	return {
		twinfieldLoginUrl,
		twentyFourSevenOfficeUrl,
		counts: async () => flatCounts(JSON.parse((await controlRequest('GET', `${control}/counts`)).body) as Record<string, Record<string, number>>),
		credits: async () => Number(JSON.parse((await controlRequest('GET', `${control}/credits`)).body)),
		reset: async () => {
			const { status } = await controlRequest('POST', `${control}/reset`);
			if (status !== 204) throw new Error(`emulator reset answered ${status}`);
		},
		expireSessions: async () => {
			const { status } = await controlRequest('POST', `${control}/expire`);
			if (status !== 204) throw new Error(`emulator expire answered ${status}`);
		},
		stop: () => {
			child.kill('SIGTERM');
		},
	};
}

/** A fresh connection each time, so no kept-alive socket the emulator already closed gets reused. */
function controlRequest(method: string, url: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { method, agent: false }, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (body += chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
		});
		request.on('error', reject);
		request.end();
	});
}

/** Requests of one operation between two readings of the counters. */
/** `{ service: { operation: n } }` as `{ "service operation": n }`. */
function flatCounts(counts: Record<string, Record<string, number>>): Record<string, number> {
	return Object.fromEntries(Object.entries(counts).flatMap(([service, perOperation]) => Object.entries(perOperation).map(([operation, n]) => [`${service} ${operation}`, n])));
}

export function countDelta(before: Record<string, number>, after: Record<string, number>, key: string): number {
	return (after[key] ?? 0) - (before[key] ?? 0);
}
