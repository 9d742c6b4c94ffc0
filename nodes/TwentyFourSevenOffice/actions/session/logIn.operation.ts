/** Session → Log In: `Login` with the credential; the session comes back as LoginResult and a cookie. */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { TsoRun } from '../../run';

export const option: INodePropertyOptions = {
	name: 'Log In',
	value: 'logIn',
	description: 'Log in with the credential and output a new session',
	action: 'Log in',
};

export const description: INodeProperties[] = [];

export async function execute(run: TsoRun, itemIndex: number): Promise<IDataObject> {
	return { ...(await run.steps.logIn(run.call(itemIndex))) };
}
