/**
 * Session → Log In: `Login` with the credential; the session comes back as
 * LoginResult and a cookie. A new session every run, not stored with the
 * credential: for a session that lasts, Ensure Session is the one to use.
 */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { TsoRun } from '../../run';

export const option: INodePropertyOptions = {
	name: 'Log In',
	value: 'logIn',
	description: 'Log in with the credential and output a new session, once per run. Ensure Session reuses one instead.',
	action: 'Log in',
};

export const description: INodeProperties[] = [];

export async function execute(run: TsoRun, itemIndex: number): Promise<IDataObject> {
	return { ...(await run.logIn(run.call(itemIndex))) };
}
