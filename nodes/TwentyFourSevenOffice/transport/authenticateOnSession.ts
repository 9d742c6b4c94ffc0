/** An Authenticate call on the item's session: the given one, or the credential's. */
import type { SoapFields } from '../../shared/soap/envelope';
import type { XmlElement } from '../../shared/soap/xml';
import { callAuthenticate } from './itemCall';
import type { TsoRun } from './run';
import { isSessionGone } from './service';

export interface SessionAnswer {
	response: XmlElement;
	sessionId: string;
}

export async function callOnSession(run: TsoRun, itemIndex: number, operation: string, fields?: SoapFields): Promise<SessionAnswer> {
	const call = run.call(itemIndex);
	const given = run.givenSessionId(itemIndex);
	if (given) return { response: (await callAuthenticate(call, operation, given, fields)).response, sessionId: given };
	const sent = await run.session.send(call, async (itemCall, sessionId) => await callAuthenticate(itemCall, operation, sessionId, fields), isSessionGone);
	if (sent.loggedIn) run.knowLive(sent.sessionId);
	return { response: sent.result.response, sessionId: sent.sessionId };
}
