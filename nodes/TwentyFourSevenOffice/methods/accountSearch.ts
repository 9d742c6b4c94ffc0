/** The Account and Tax Code lists of resource locators: AccountService's lists, filtered by number or name. */
import type { ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { readAccounts, readTaxCodes } from '../helpers/accounts';
import { callServiceForList, serviceRequest } from '../transport/resourceCall';

/** The service answers the whole list at once; the editor gets it a page at a time. */
const PAGE_SIZE = 100;

function page(items: INodeListSearchItems[], filter: string | undefined, paginationToken: string | undefined): INodeListSearchResult {
	const wanted = (filter ?? '').trim().toLowerCase();
	const matching = wanted ? items.filter((item) => item.name.toLowerCase().includes(wanted)) : items;
	const start = Math.max(0, Number(paginationToken ?? 0) || 0);
	const end = start + PAGE_SIZE;
	return { results: matching.slice(start, end), paginationToken: end < matching.length ? String(end) : undefined };
}

export async function searchAccounts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const accounts = readAccounts(await callServiceForList(this, serviceRequest('AccountService', 'GetAccountList', {})));
	const items = accounts.map((account) => ({ name: `${String(account.accountNo)} ${String(account.accountName ?? '')}`.trim(), value: String(account.accountNo) }));
	return page(items, filter, paginationToken);
}

export async function searchTaxCodes(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const codes = readTaxCodes(await callServiceForList(this, serviceRequest('AccountService', 'GetTaxCodeList', {})));
	const items = codes.map((code) => ({ name: `${String(code.taxNo)} ${String(code.taxName ?? '')} (${String(code.taxRate ?? 0)} %)`, value: String(code.taxNo) }));
	return page(items, filter, paginationToken);
}
