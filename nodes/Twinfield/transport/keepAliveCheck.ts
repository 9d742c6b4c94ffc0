/** Log On's check of the session kept with the password credential: one Keep Alive, and one log-on and Keep Alive more if the session ended. */
import type { IExecuteFunctions } from 'n8n-workflow';

import type { CallOptions } from '../../shared/n8n/options';
import { PASSWORD_CREDENTIAL } from './authentication';
import { callCluster } from './clusterCall';
import { keptSessionAccess } from './keptSession';

/**
 * The kept session, proven alive by a well-formed KeepAlive answer: n8n logs
 * on first when none is kept; when Twinfield says the kept one ended, the node
 * logs on again and sends the Keep Alive once more (it changes nothing). Any
 * other answer is an error that names its cause.
 */
export async function checkedKeptSession(functions: IExecuteFunctions, itemIndex: number, options: CallOptions): Promise<{ sessionId: string; cluster: string }> {
	const access = keptSessionAccess(functions);
	const context = { helpers: functions.helpers, node: functions.getNode(), itemIndex };
	await callCluster(context, access, { path: '/webservices/session.asmx', operation: 'KeepAlive', fields: {} }, options);
	const credentials = await functions.getCredentials(PASSWORD_CREDENTIAL);
	return { sessionId: String(credentials.sessionId ?? ''), cluster: String(credentials.cluster ?? '') };
}
