/** What the node offers the editor besides runs: credential tests and dropdowns, loaded on first use. */
import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	ILoadOptionsFunctions,
	INodeCredentialTestResult,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

export const methods = {
	credentialTest: {
		async twinfieldApiTest(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
			return await (await import('./credentialTest')).twinfieldApiTest.call(this, credential);
		},
		async twinfieldOAuth2ApiTest(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
			return await (await import('./credentialTest')).twinfieldOAuth2ApiTest.call(this, credential);
		},
	},
	loadOptions: {
		async getCompanies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
			return await (await import('./loadOptions')).getCompanies.call(this);
		},
	},
	listSearch: {
		async searchOffices(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
			return await (await import('./listSearch')).searchOffices.call(this, filter);
		},
		async searchCustomers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./listSearch')).searchCustomers.call(this, filter, paginationToken);
		},
		async searchSuppliers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./listSearch')).searchSuppliers.call(this, filter, paginationToken);
		},
		async searchGeneralLedgerAccounts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./listSearch')).searchGeneralLedgerAccounts.call(this, filter, paginationToken);
		},
		async searchVatCodes(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./invoicingSearch')).searchVatCodes.call(this, filter, paginationToken);
		},
		async searchArticles(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./invoicingSearch')).searchArticles.call(this, filter, paginationToken);
		},
		async searchInvoiceTypes(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./invoicingSearch')).searchInvoiceTypes.call(this, filter, paginationToken);
		},
	},
};
