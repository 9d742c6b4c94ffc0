/** Which session a service call goes out on, and the one retry when the service says it is gone. */
/*
 * Which session a service call goes out on. Session ID empty: the session
 * stored with the credential, logged in again once when the service says it is
 * gone. A Session ID given by the item is tried first; when the service says it
 * is gone, the call is sent once more on the credential's session, and later
 * items of the run that bring the same dead session go there straight away.
 */
import type { SoapResult } from '../../shared/soap/call';
import type { TsoRun } from './run';
import { isSessionGone } from './service';
import type { SessionSend } from './storedSession';

async function onCredentialSession(run: TsoRun, itemIndex: number, send: SessionSend): Promise<SoapResult> {
	const sent = await run.session.send(run.call(itemIndex), send, isSessionGone);
	if (sent.loggedIn) run.knowLive(sent.sessionId);
	return sent.result;
}

export async function sendOnSession(run: TsoRun, itemIndex: number, send: SessionSend): Promise<SoapResult> {
	const given = run.givenSessionId(itemIndex);
	const dead = run.deadSessions;
	if (!given || dead.has(given)) return await onCredentialSession(run, itemIndex, send);
	const first = await send(run.call(itemIndex), given).then(
		(result) => ({ result }),
		(error: unknown) => ({ error }),
	);
	if ('result' in first) return first.result;
	if (!isSessionGone(first.error)) throw first.error;
	dead.add(given);
	return await onCredentialSession(run, itemIndex, send);
}
