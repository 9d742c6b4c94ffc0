/** Timing a batch of calls (wall time and this process's CPU), and summarising repetitions. */

export interface BatchSample {
	/** Wall time per call, milliseconds. */
	ms: number;
	/** User + system CPU of this process per call, microseconds. */
	cpuUs: number;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Runs `calls` calls one after another; garbage left by the previous batch is collected first, outside the timing. */
export async function timeBatch(calls: number, call: () => Promise<void>): Promise<BatchSample> {
	collectGarbage?.();
	const cpuStart = process.cpuUsage();
	const start = process.hrtime.bigint();
	for (let i = 0; i < calls; i++) await call();
	const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
	const cpu = process.cpuUsage(cpuStart);
	return { ms: elapsedMs / calls, cpuUs: (cpu.user + cpu.system) / calls };
}

/** Fisher–Yates, in place. */
export function shuffle<T>(values: T[]): T[] {
	for (let i = values.length - 1; i > 0; i--) {
		const j = Math.floor(Math.random() * (i + 1));
		[values[i], values[j]] = [values[j], values[i]];
	}
	return values;
}

/** The q-quantile (0…1) with linear interpolation between neighbours. */
export function quantile(values: number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const position = (sorted.length - 1) * q;
	const low = Math.floor(position);
	const high = Math.ceil(position);
	return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export interface Spread {
	median: number;
	p10: number;
	p90: number;
}

export function spread(values: number[]): Spread {
	return { median: quantile(values, 0.5), p10: quantile(values, 0.1), p90: quantile(values, 0.9) };
}
