/** The credential Test buttons: a real log-on with the credential being edited. */
import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { credentialTestNode, credentialTestResult } from '../../shared/credentialTest';
import { logOn, type TwinfieldCredentials } from '../actions/session/logOn.operation';

export async function twinfieldApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	return await credentialTestResult(async () => {
		const session = await logOn(
			{ helpers: this.helpers, node: credentialTestNode('Twinfield'), itemIndex: 0 },
			credential.data as unknown as TwinfieldCredentials,
			{ version: '1.1', timeoutMs: 30_000, allowUnfinished: true },
		);
		return `Logged on to Twinfield${session.ready ? '' : ` (Twinfield still wants: ${String(session.nextAction)})`}`;
	});
}
