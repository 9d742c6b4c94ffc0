/** Runs the business operations against the emulator and reads the requests, log-ins and fair-use credits each run spent. */
import { runWorkflow } from '../engine/runWorkflow';
import { chain } from '../engine/workflow';
import type { EmulatorProcess } from './emulatorProcess';
import { freshCredentials } from './requestCounts';
import { RESOURCE_SCENARIOS } from './resourceScenarios';

export interface ResourceRow {
	scenario: string;
	items: number;
	/** Items the operation put out. */
	records: number;
	/** Requests per "service operation" during the run, in the order first sent. */
	requests: Record<string, number>;
	credits: number;
}

export async function countResourceRequests(emulator: EmulatorProcess): Promise<ResourceRow[]> {
	const rows: ResourceRow[] = [];
	for (const scenario of RESOURCE_SCENARIOS) {
		await emulator.reset();
		const credentials = freshCredentials(emulator);
		const seed = await runWorkflow(chain(Array.from({ length: scenario.seed.items }, () => ({})), scenario.seed.step), credentials);
		if (seed.error) throw seed.error;
		const before = await emulator.counts();
		const creditsBefore = await emulator.credits();
		const items = Array.from({ length: scenario.items }, (_unused, index) => scenario.input?.(index) ?? {});
		const run = await runWorkflow(chain(items, scenario.step), credentials);
		if (run.error) throw run.error;
		const output = run.json(scenario.step.name);
		const failed = output.find((json) => json.error !== undefined);
		if (failed) throw new Error(`${scenario.name}: ${String(failed.error)}`);
		const after = await emulator.counts();
		const requests = Object.fromEntries(
			Object.keys(after)
				.map((key): [string, number] => [key, after[key] - (before[key] ?? 0)])
				.filter(([, count]) => count > 0),
		);
		rows.push({ scenario: scenario.name, items: scenario.items, records: output.length, requests, credits: (await emulator.credits()) - creditsBefore });
	}
	return rows;
}

/** The requests of a row as one line, e.g. `Login 1, SaveCompanies 1`; none sent reads `none`. */
export function resourceRequestLine(row: ResourceRow): string {
	const sent = Object.entries(row.requests);
	return sent.length === 0 ? 'none' : sent.map(([key, value]) => `${key.split(' ')[1]} ${value}`).join(', ');
}

/** Log-ins of either service during the run: Twinfield Logon, 24SevenOffice Login. */
export function logIns(row: ResourceRow): number {
	return (row.requests['twinfield-login Logon'] ?? 0) + (row.requests['24sevenoffice Login'] ?? 0);
}
