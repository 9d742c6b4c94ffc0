/**
 * The emulator in a child process, so that the benchmark's CPU figures are the
 * client's alone: the server's parsing and replies are not counted in them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

export interface EmulatorProcess {
	twinfieldLoginUrl: string;
	twentyFourSevenOfficeUrl: string;
	/** Requests per "service operation" since the last reset, from the emulator's counters. */
	counts(): Promise<Record<string, number>>;
	reset(): Promise<void>;
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
		counts: async () => (await (await fetch(`${control}/counts`)).json()) as Record<string, number>,
		reset: async () => {
			const response = await fetch(`${control}/reset`, { method: 'POST' });
			if (response.status !== 204) throw new Error(`emulator reset answered ${response.status}`);
		},
		stop: () => {
			child.kill('SIGTERM');
		},
	};
}

/** Requests of one operation between two readings of the counters. */
export function countDelta(before: Record<string, number>, after: Record<string, number>, key: string): number {
	return (after[key] ?? 0) - (before[key] ?? 0);
}
