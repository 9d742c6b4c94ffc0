/** What the items of one node run share, kept in the run's `once`. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { OperationRun } from '../../shared/n8n/operation';
import { readCallOptions, type CallOptions } from '../../shared/n8n/options';
import { hasSession, logIn } from './authenticate';
import type { TwentyFourSevenOfficeCredentials } from './credentials';
import { checkedSessionId, type TsoCall } from './itemCall';
import { CREDENTIAL_TYPE, StoredSession } from './storedSession';

export interface TsoRun {
	context: IExecuteFunctions;
	credentials: TwentyFourSevenOfficeCredentials;
	options: CallOptions;
	/** The session stored with the credential. */
	session: StoredSession;
	/** Sessions given by items that the service called gone in this run. */
	deadSessions: Set<string>;
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
	/** The run's `once`, for work of its own that its items share. */
	once: OperationRun['once'];
}

/** The run's shared 24SevenOffice state, made by its first item; a broken credential fails every item alike. */
export async function tsoRun(run: OperationRun): Promise<TsoRun> {
	return await run.once('24SevenOffice', async () => await startRun(run));
}

async function startRun(run: OperationRun): Promise<TsoRun> {
	const { context, node, once } = run;
	const credentials = (await context.getCredentials(CREDENTIAL_TYPE)) as unknown as TwentyFourSevenOfficeCredentials;
	// The call options are read once, from the first item, so that items can share calls.
	const options = readCallOptions(context, 0);
	const live = new Set<string>();
	const call = (itemIndex: number): TsoCall => ({ context: { helpers: context.helpers, node, itemIndex }, credentials, options });
	return {
		context,
		credentials,
		options,
		session: new StoredSession(context, credentials),
		deadSessions: new Set(),
		hasSession: async (itemCall, sessionId) =>
			live.has(sessionId) || (await once(`HasSession ${sessionId}`, async () => await hasSession(itemCall, sessionId))),
		knowLive: (sessionId) => {
			live.add(sessionId);
		},
		logIn: async (itemCall) => await once('Login', async () => await logIn(itemCall)),
		call,
		givenSessionId: (itemIndex) => checkedSessionId(call(itemIndex), context.getNodeParameter('sessionId', itemIndex, '')),
		once,
	};
}
