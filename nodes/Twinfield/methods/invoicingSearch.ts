/** The VAT code, article and invoice type pickers: Twinfield's finder for the chosen office, a page at a time, filtered by what the user types. */
import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS } from '../../shared/soap/call';
import { locatorValue } from '../helpers/locatorValue';
import { finderPage } from '../transport/finderPages';
import { withCredential } from './listSearch';

const CALL = { version: '1.1' as const, timeoutMs: DEFAULT_TIMEOUT_MS };
const PAGE = 50;

/** The finder rows of `type` in the node's office whose code or name holds `filter`; the token is the next first row. */
async function searchOfficeFinder(functions: ILoadOptionsFunctions, type: string, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const office = locatorValue(functions.getCurrentNodeParameter('office', { extractValue: true }));
	if (office === '') return { results: [] };
	const request = { type, pattern: filter ? `*${filter}*` : '*', field: 0, options: [['office', office]] as Array<[string, string]> };
	const firstRow = Math.max(1, Number(paginationToken) || 1);
	const page = await withCredential(functions, office, async (context, access) => await finderPage(context, access, request, firstRow, PAGE, CALL));
	const results = page.rows.map((row) => {
		const [code, name] = Object.values(row).map((cell) => String(cell ?? ''));
		return { name: name ? `${name} (${code})` : code, value: code };
	});
	const next = firstRow + page.rows.length;
	return { results, paginationToken: page.rows.length > 0 && next <= page.total ? String(next) : undefined };
}

export async function searchVatCodes(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchOfficeFinder(this, 'VAT', filter, paginationToken);
}

export async function searchArticles(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchOfficeFinder(this, 'ART', filter, paginationToken);
}

export async function searchInvoiceTypes(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchOfficeFinder(this, 'INV', filter, paginationToken);
}
