/**
 * The session a service call uses: the item's own when it gives one, else one
 * from the credential. A session the service calls dead is replaced by one new
 * log-in per run; items that bring the same dead session then use the new one
 * straight away.
 */
import { logIn } from '../../authenticate';
import { checkedSessionId, type TsoCall } from '../../call';
import type { TsoRun } from '../../run';
import type { ServiceSession } from '../../serviceCall';

/** Per run: dead session ID → its replacement. */
const replacements = new WeakMap<TsoRun, Map<string, Promise<string>>>();

function replacementsOf(run: TsoRun): Map<string, Promise<string>> {
	let map = replacements.get(run);
	if (!map) {
		map = new Map();
		replacements.set(run, map);
	}
	return map;
}

export async function serviceSession(run: TsoRun, call: TsoCall, itemIndex: number): Promise<ServiceSession> {
	const known = replacementsOf(run);
	const given = checkedSessionId(call, run.context.getNodeParameter('sessionId', itemIndex, ''));
	const sessionId = given || String((await run.steps.logIn(call)).sessionId);
	const replaced = known.get(sessionId);
	return {
		sessionId: replaced ? await replaced : sessionId,
		renew: async (dead) => {
			let fresh = known.get(dead);
			if (!fresh) {
				fresh = logIn(call).then((session) => String(session.sessionId));
				known.set(dead, fresh);
			}
			return await fresh;
		},
	};
}
