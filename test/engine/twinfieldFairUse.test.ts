/**
 * Twinfield's fair-use credits against an emulator that enforces them (here
 * 10 credits a second instead of 50 a minute, to keep the test short): reads
 * cost 1, saves 3, and a run that spends more waits out the 429s.
 */
import { twinfieldDemo } from '../emulator';
import type { CredentialStore } from './credentialsHelper';
import { twinfieldCredential, useEmulator } from './harness';
import { runWorkflow } from './runWorkflow';
import { chain } from './workflow';

const emulator = useEmulator({ twinfieldCreditsPerMinute: 10, twinfieldCreditWindowMs: 1000 });
const store = (): CredentialStore => ({ twinfieldApi: { test: twinfieldCredential(emulator(), twinfieldDemo) } });

const clusterRequests = () => emulator().requests.filter((request) => request.service === 'twinfield-cluster').length;

describe('Twinfield fair use', () => {
	it('a Get Many that needs 17 credits waits when the limit is reached and puts out every customer', async () => {
		const step = { name: 'Twinfield', type: 'twinfield', credential: 'test', parameters: { resource: 'customer', operation: 'getMany', office: { __rl: true, mode: 'id', value: 'DEMO1' }, returnAll: true } };
		const started = Date.now();
		const run = await runWorkflow(chain([{}], step), store());
		expect(run.error).toBeUndefined();
		expect(run.json('Twinfield')).toHaveLength(16);
		// 1 Finder page and 16 reads were processed; the cluster refused some requests on the way.
		expect(emulator().twinfieldCreditsSpent()).toBe(17);
		expect(clusterRequests()).toBeGreaterThan(17);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
	});

	it('a save costs 3 credits however many documents it holds (after 1 for the codes in use)', async () => {
		const items = Array.from({ length: 25 }, (_unused, index) => ({ code: String(1500 + index) }));
		const step = { name: 'Twinfield', type: 'twinfield', credential: 'test', parameters: { resource: 'customer', operation: 'create', office: { __rl: true, mode: 'id', value: 'DEMO1' }, code: '={{ $json.code }}', name: 'Batch' } };
		const run = await runWorkflow(chain(items, step), store());
		expect(run.json('Twinfield')).toHaveLength(25);
		expect(emulator().twinfieldCreditsSpent()).toBe(1 + 3);
	});
});
