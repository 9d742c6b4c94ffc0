/** One log-on at a time per credential: work with the same key runs in turn, a failure does not block the next, other keys do not wait. */
import { credentialKey, oneAtATime } from '../../nodes/shared/n8n/credentialLock';

const tick = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

describe('oneAtATime', () => {
	it('runs work with the same key one after another, in the order asked', async () => {
		const events: string[] = [];
		const work = (name: string, ms: number) => async () => {
			events.push(`start ${name}`);
			await tick(ms);
			events.push(`end ${name}`);
			return name;
		};
		const results = await Promise.all([oneAtATime('a', work('1', 30)), oneAtATime('a', work('2', 5)), oneAtATime('a', work('3', 1))]);
		expect(results).toEqual(['1', '2', '3']);
		expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
	});

	it('a failed turn hands over to the next one, and its caller gets the failure', async () => {
		const first = oneAtATime('b', async () => {
			await tick(5);
			throw new Error('log-on refused');
		});
		const second = oneAtATime('b', async () => 'next');
		await expect(first).rejects.toThrow('log-on refused');
		await expect(second).resolves.toBe('next');
	});

	it('work with another key does not wait', async () => {
		const events: string[] = [];
		const slow = oneAtATime('c', async () => {
			await tick(30);
			events.push('slow');
		});
		const other = oneAtATime('d', async () => {
			events.push('other');
		});
		await Promise.all([slow, other]);
		expect(events).toEqual(['other', 'slow']);
	});
});

describe('credentialKey', () => {
	const node = (credentials: Record<string, { id: string | null; name: string }>) =>
		({ id: 'n', name: 'Twinfield', type: 't', typeVersion: 1, position: [0, 0] as [number, number], parameters: {}, credentials });

	it('is the credential type and id, so every workflow with the credential shares it', () => {
		expect(credentialKey(node({ twinfieldApi: { id: '42', name: 'Mine' } }), 'twinfieldApi')).toBe('twinfieldApi:42');
		expect(credentialKey(node({ twinfieldApi: { id: '42', name: 'Other name' } }), 'twinfieldApi')).toBe('twinfieldApi:42');
		expect(credentialKey(node({ twinfieldApi: { id: '43', name: 'Mine' } }), 'twinfieldApi')).not.toBe('twinfieldApi:42');
	});
});
