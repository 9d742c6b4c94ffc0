/** One log-on at a time per credential in this n8n process: the others wait, then find the new session. */
import type { INode } from 'n8n-workflow';

const queues = new Map<string, Promise<unknown>>();

/** The key of the credential a node uses for `type`: its id, so every workflow with that credential shares it. */
export function credentialKey(node: INode, type: string): string {
	return `${type}:${node.credentials?.[type]?.id ?? node.credentials?.[type]?.name ?? ''}`;
}

/** Runs `work` after every earlier `work` with the same key has finished, failed or not. */
export async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
	const previous = queues.get(key) ?? Promise.resolve();
	const mine = previous.then(work, work);
	const settled = mine.then(
		() => undefined,
		() => undefined,
	);
	queues.set(key, settled);
	try {
		return await mine;
	} finally {
		if (queues.get(key) === settled) queues.delete(key);
	}
}
