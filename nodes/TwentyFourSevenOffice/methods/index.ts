/** What the node offers the editor besides runs: the credential test and the lists of resource locators, loaded on first use. */
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
		async twentyFourSevenOfficeApiTest(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
			return await (await import('./credentialTest')).twentyFourSevenOfficeApiTest.call(this, credential);
		},
	},
	loadOptions: {
		async getProductCategories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
			return await (await import('./loadOptions')).getProductCategories.call(this);
		},
	},
	listSearch: {
		async searchAccounts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./accountSearch')).searchAccounts.call(this, filter, paginationToken);
		},
		async searchTaxCodes(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./accountSearch')).searchTaxCodes.call(this, filter, paginationToken);
		},
		async searchSalesOrders(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./salesOrderSearch')).searchSalesOrders.call(this, filter, paginationToken);
		},
		async searchCustomers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./listSearch')).searchCustomers.call(this, filter, paginationToken);
		},
		async searchProducts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./listSearch')).searchProducts.call(this, filter, paginationToken);
		},
		async searchContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			return await (await import('./listSearch')).searchContacts.call(this, filter, paginationToken);
		},
	},
};
