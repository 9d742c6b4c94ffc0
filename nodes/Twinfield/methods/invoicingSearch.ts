/** The VAT code, article and invoice type pickers: Twinfield's finder for the chosen office, a page at a time, filtered by what the user types. */
import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS } from '../../shared/soap/call';
import { locatorValue } from '../actions/fields/invoicingLocators';
import { tokenAccess, type TwinfieldAccess } from '../transport/access';
import { currentAuthentication } from '../transport/authentication';
import { finderPage } from '../transport/finderPages';
import { keptSessionAccess } from '../transport/keptSession';
import { TwinfieldOAuth } from '../transport/oauth';

const CALL = { version: '1.1' as const, timeoutMs: DEFAULT_TIMEOUT_MS };
const PAGE = 50;

/** The finder rows of `type` in the node's office whose code or name holds `filter`; the token is the next first row. */
async function searchOfficeFinder(functions: ILoadOptionsFunctions, type: string, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const node = functions.getNode();
	const office = locatorValue(functions.getCurrentNodeParameter('office', { extractValue: true }));
	if (office === '') return { results: [] };
	const request = { type, pattern: filter ? `*${filter}*` : '*', field: 0, options: [['office', office]] as Array<[string, string]> };
	const firstRow = Math.max(1, Number(paginationToken) || 1);
	const search = async (context: Parameters<typeof finderPage>[0], access: TwinfieldAccess) => await finderPage(context, access, request, firstRow, PAGE, CALL);
	let page;
	if (currentAuthentication(functions) === 'oAuth2') {
		const oauth = await TwinfieldOAuth.load(functions, node, 0);
		const cluster = await oauth.cluster(0, false);
		page = await oauth.withToken(0, async (accessToken) => await search(oauth.context(0), tokenAccess(accessToken, office, cluster)));
	} else {
		// The session kept with the credential: a log-on of its own would end the one workflows use.
		page = await search({ helpers: functions.helpers, node, itemIndex: 0 }, keptSessionAccess(functions));
	}
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
