/**
 * What the items of one node run share: the credential, the call options, and
 * one log-in and one check per session, since the service throttles repeats.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { oncePerKey } from '../shared/items';
import { readCallOptions, type CallOptions } from '../shared/nodeOptions';
import { hasSession, logIn } from './authenticate';
import type { TsoCall } from './call';
import type { TwentyFourSevenOfficeCredentials } from './credentials';
import { workflowSessionMemory } from './sessionMemory';

export interface SessionSteps {
	hasSession(call: TsoCall, sessionId: string): Promise<boolean>;
	logIn(call: TsoCall): Promise<IDataObject>;
}

/** Where the last good session ID is kept between runs. */
export interface SessionMemory {
	recall(): string | undefined;
	remember(sessionId: string): void;
}

export interface TsoRun {
	context: IExecuteFunctions;
	credentials: TwentyFourSevenOfficeCredentials;
	options: CallOptions;
	steps: SessionSteps;
	memory: SessionMemory;
	/** Everything one item's SOAP calls need. */
	call(itemIndex: number): TsoCall;
}

export async function startRun(context: IExecuteFunctions): Promise<TsoRun> {
	const credentials = (await context.getCredentials('twentyFourSevenOfficeApi')) as unknown as TwentyFourSevenOfficeCredentials;
	// The call options are read once, from the first item, so that items can share calls.
	const options = readCallOptions(context, 0);
	const sharedLogIn = oncePerKey<IDataObject>();
	const sharedCheck = oncePerKey<boolean>();
	return {
		context,
		credentials,
		options,
		steps: {
			logIn: async (call) => await sharedLogIn('logIn', async () => await logIn(call)),
			hasSession: async (call, sessionId) => await sharedCheck(sessionId, async () => await hasSession(call, sessionId)),
		},
		memory: workflowSessionMemory(context, credentials),
		call: (itemIndex) => ({ context: { helpers: context.helpers, node: context.getNode(), itemIndex }, credentials, options }),
	};
}
