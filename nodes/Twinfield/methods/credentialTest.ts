/** The credential Test buttons: a real log-on with the credential being edited. */
import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { credentialTestNode, credentialTestResult } from '../../shared/credentialTest';
import { logOn, type TwinfieldCredentials } from '../actions/session/logOn.operation';

export async function twinfieldApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	return await credentialTestResult(async () => {
		await logOn(
			{ helpers: this.helpers, node: credentialTestNode('Twinfield'), itemIndex: 0 },
			credential.data as unknown as TwinfieldCredentials,
			// A session that still wants an SMS code or a new password would fail every run: the test says so.
			{ version: '1.1', timeoutMs: 30_000, allowUnfinished: false },
		);
		return 'Logged on to Twinfield';
	});
}
