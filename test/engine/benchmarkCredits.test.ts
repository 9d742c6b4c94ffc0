/**
 * The emulator's credits control, which the request benchmark reads: expected credits written by hand from
 * Twinfield's fair-use rule (a Finder page or read 1, a save 3) and the demo office's 4 VAT codes.
 */
import { twinfieldDemo } from '../emulator';
import { twinfieldCredential, useEmulator } from './harness';
import { runWorkflow } from './runWorkflow';
import { chain } from './workflow';

const emulator = useEmulator();

async function creditsControl(): Promise<number> {
	const answer = await fetch(`${emulator().twentyFourSevenOfficeUrl}/_emulator/credits`);
	expect(answer.status).toBe(200);
	return Number(await answer.json());
}

describe('GET /_emulator/credits', () => {
	it('answers the credits spent since the last reset', async () => {
		expect(await creditsControl()).toBe(0);
		const office = { __rl: true, mode: 'id', value: 'DEMO1' };
		const run = await runWorkflow(
			chain([{}], { name: 'Twinfield', type: 'twinfield', credential: 'test', parameters: { resource: 'vatCode', operation: 'getMany', office, returnAll: true } }),
			{ twinfieldApi: { test: twinfieldCredential(emulator(), twinfieldDemo) } },
		);
		expect(run.error).toBeUndefined();
		// One Finder page and one read per VAT code; the log-on costs no credits.
		expect(await creditsControl()).toBe(1 + 4);
		emulator().reset();
		expect(await creditsControl()).toBe(0);
	});
});
