/** `npm run benchmark:requests`: the requests each operation sends per run, in each state of the credential, without the timings. */
import { startEmulatorProcess } from './emulatorProcess';
import { countRequests, requestLine } from './requestCounts';
import { countResourceRequests, logIns, resourceRequestLine } from './resourceCounts';
import { table } from './table';

async function main(): Promise<void> {
	const itemCounts = (process.env.BENCH_ITEMS ?? '1,100').split(',').map(Number);
	const emulator = await startEmulatorProcess();
	try {
		const rows = await countRequests(emulator, itemCounts);
		console.log("Requests per workflow run, read from the emulator's counters:\n");
		console.log(table(['scenario', 'items', 'requests'], rows.map((row) => [row.scenario, String(row.items), requestLine(row)])));
		const resourceRows = await countResourceRequests(emulator);
		console.log('\nRequests per operation, live session stored (Twinfield credits: a query 1, a save 3):\n');
		console.log(
			table(
				['operation', 'items in', 'items out', 'log-ins', 'requests', 'credits'],
				resourceRows.map((row) => [row.scenario, String(row.items), String(row.records), String(logIns(row)), resourceRequestLine(row), row.scenario.startsWith('Twinfield') ? String(row.credits) : '—']),
			),
		);
	} finally {
		emulator.stop();
	}
}

main().catch((error: Error) => {
	console.error(error);
	process.exitCode = 1;
});
