/** Session → Log In: a new session from the credential, once per run. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { tsoRun } from '../../transport/run';

export const option: Operation['option'] = {
	name: 'Log In',
	value: 'logIn',
	description: 'Log in with the credential and output a new session, once per run, where Ensure Session would reuse one',
	action: 'Log in',
};

export const properties: INodeProperties[] = [];

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject> {
	const run = await tsoRun(operationRun);
	return { ...(await run.logIn(run.call(itemIndex))) };
}
