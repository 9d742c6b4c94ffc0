/** The credential's Test button: a real log-in with the credential as entered. */
import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { credentialTestNode, credentialTestResult } from '../../shared/n8n/credentialTest';
import { logIn } from '../transport/authenticate';
import type { TwentyFourSevenOfficeCredentials } from '../transport/credentials';
import type { TsoCall } from '../transport/itemCall';

export async function twentyFourSevenOfficeApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const call: TsoCall = {
		context: { helpers: this.helpers, node: credentialTestNode('24SevenOffice'), itemIndex: 0 },
		credentials: credential.data as unknown as TwentyFourSevenOfficeCredentials,
		options: { version: '1.1', timeoutMs: 30_000 },
	};
	return await credentialTestResult(async () => {
		await logIn(call);
		return 'Logged in to 24SevenOffice';
	});
}
