/** What the node offers the editor besides runs: the credential test and the lists of resource locators, loaded on first use. */
import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	ILoadOptionsFunctions,
	INodeCredentialTestResult,
	INodeListSearchResult,
} from 'n8n-workflow';

export const methods = {
	credentialTest: {
		async twentyFourSevenOfficeApiTest(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
			return await (await import('./credentialTest')).twentyFourSevenOfficeApiTest.call(this, credential);
		},
	},
	listSearch: {
		async searchAccounts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./accountSearch')).searchAccounts.call(this, filter, paginationToken);
		},
		async searchTaxCodes(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./accountSearch')).searchTaxCodes.call(this, filter, paginationToken);
		},
	},
};
