/** What the node offers the editor besides runs: the credential test, loaded on first use. */
import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

export const methods = {
	credentialTest: {
		async twentyFourSevenOfficeApiTest(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
			return await (await import('./credentialTest')).twentyFourSevenOfficeApiTest.call(this, credential);
		},
	},
};
