/**
 * Keeps the last good session ID in the workflow's static data, per credential
 * identity, so Ensure Session can reuse it in the next run. n8n saves static data
 * for active workflows; in manual test runs it lasts only for the run.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { SessionMemory } from './run';
import type { TwentyFourSevenOfficeCredentials } from './credentials';

export function workflowSessionMemory(context: IExecuteFunctions, credentials: TwentyFourSevenOfficeCredentials): SessionMemory {
	const staticData = context.getWorkflowStaticData('node');
	const key = [credentials.apiUrl, credentials.applicationId, credentials.username, credentials.identityId ?? ''].join('|');
	const sessions = () => (staticData.sessions ??= {}) as IDataObject;
	return {
		recall: () => {
			const remembered = sessions()[key];
			return typeof remembered === 'string' ? remembered : undefined;
		},
		remember: (sessionId) => {
			if (sessions()[key] !== sessionId) sessions()[key] = sessionId;
		},
	};
}
