/**
 * What the items of one node run share: the credential and its stored session,
 * the call options, one log-in and one HasSession per session, since the
 * service throttles repeats.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { oncePerKey } from '../shared/items';
import { readCallOptions, type CallOptions } from '../shared/nodeOptions';
import { hasSession, logIn } from './authenticate';
import { checkedSessionId, type TsoCall } from './call';
import { CREDENTIAL_TYPE, CredentialSession } from './credentialSession';
import type { TwentyFourSevenOfficeCredentials } from './credentials';

export interface TsoRun {
	context: IExecuteFunctions;
	credentials: TwentyFourSevenOfficeCredentials;
	options: CallOptions;
	/** The session stored with the credential. */
	session: CredentialSession;
	/** HasSession, asked at most once per session ID in a run. */
	hasSession(call: TsoCall, sessionId: string): Promise<boolean>;
	/** Records what the run already knows, e.g. that a session it just logged in is live. */
	knowLive(sessionId: string): void;
	/** A Log In, at most once per run. */
	logIn(call: TsoCall): Promise<IDataObject>;
	/** Everything one item's SOAP calls need. */
	call(itemIndex: number): TsoCall;
	/** The item's Session ID parameter, checked; '' means the credential's session. */
	givenSessionId(itemIndex: number): string;
}

export async function startRun(context: IExecuteFunctions): Promise<TsoRun> {
	const credentials = (await context.getCredentials(CREDENTIAL_TYPE)) as unknown as TwentyFourSevenOfficeCredentials;
	// The call options are read once, from the first item, so that items can share calls.
	const options = readCallOptions(context, 0);
	// getNode() copies the node each time: once per run is enough.
	const node = context.getNode();
	const sharedLogIn = oncePerKey<IDataObject>();
	const checks = new Map<string, Promise<boolean>>();
	const call = (itemIndex: number): TsoCall => ({ context: { helpers: context.helpers, node, itemIndex }, credentials, options });
	return {
		context,
		credentials,
		options,
		session: new CredentialSession(context, credentials),
		hasSession: async (itemCall, sessionId) => {
			let answer = checks.get(sessionId);
			if (!answer) {
				answer = hasSession(itemCall, sessionId);
				checks.set(sessionId, answer);
			}
			return await answer;
		},
		knowLive: (sessionId) => {
			checks.set(sessionId, Promise.resolve(true));
		},
		logIn: async (itemCall) => await sharedLogIn('logIn', async () => await logIn(itemCall)),
		call,
		givenSessionId: (itemIndex) => checkedSessionId(call(itemIndex), context.getNodeParameter('sessionId', itemIndex, '')),
	};
}
