/** Searchable lists of the resource locators: offices, and customers, suppliers and general ledger accounts of the chosen office. */
import type { ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS, type CallContext } from '../../shared/soap/call';
import { FINDER_PATH, readSearchResponse, searchFields } from '../helpers/finder';
import { listOffices } from '../helpers/offices';
import { tokenAccess, type TwinfieldAccess } from '../transport/access';
import { currentAuthentication } from '../transport/authentication';
import { callCluster } from '../transport/clusterCall';
import { keptSessionAccess } from '../transport/keptSession';
import { TwinfieldOAuth } from '../transport/oauth';

const CALL = { version: '1.1' as const, timeoutMs: DEFAULT_TIMEOUT_MS };
/** Rows per page of a list. */
const PAGE_SIZE = 50;

/** Runs `work` with the credential's way in: the OAuth token naming `company`, or the session kept with the password credential. */
export async function withCredential<T>(functions: ILoadOptionsFunctions, company: string, work: (context: CallContext, access: TwinfieldAccess) => Promise<T>): Promise<T> {
	const node = functions.getNode();
	if (currentAuthentication(functions) === 'oAuth2') {
		const oauth = await TwinfieldOAuth.load(functions, node, 0);
		const cluster = await oauth.cluster(0, false);
		return await oauth.withToken(0, async (accessToken) => await work(oauth.context(0), tokenAccess(accessToken, company, cluster)));
	}
	// The session kept with the credential: a log-on of its own would end the one workflows use.
	return await work({ helpers: functions.helpers, node, itemIndex: 0 }, keptSessionAccess(functions));
}

function matches(filter: string | undefined, ...texts: string[]): boolean {
	const wanted = (filter ?? '').trim().toLowerCase();
	return wanted === '' || texts.some((text) => text.toLowerCase().includes(wanted));
}

export async function searchOffices(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const offices = await withCredential(this, '', async (context, access) => await listOffices(context, access, CALL));
	const results: INodeListSearchItems[] = offices
		.filter((office) => matches(filter, String(office.code), String(office.name)))
		.map((office) => ({ name: office.name ? `${String(office.name)} (${String(office.code)})` : String(office.code), value: String(office.code) }));
	return { results };
}

/** The office chosen in the node, for the lists of its dimensions. */
function chosenOffice(functions: ILoadOptionsFunctions): string {
	const value = functions.getCurrentNodeParameter('office', { extractValue: true }) as unknown;
	return typeof value === 'string' ? value.trim() : '';
}

/** One page of the Finder's dimensions of `types` whose code or name holds the filter; the token is where the next page starts. */
async function searchDimensions(functions: ILoadOptionsFunctions, types: string[], filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const office = chosenOffice(functions);
	if (office === '') return { results: [] };
	// The token: the type being listed and the first row of its next page.
	const [typeIndex, firstRow] = (paginationToken ?? '0:1').split(':').map(Number);
	const type = types[typeIndex] ?? types[0];
	const pattern = filter?.trim() ? `*${filter.trim()}*` : '*';
	const request = { type: 'DIM', pattern, field: 0, options: [['office', office], ['dimtype', type]] as Array<[string, string]> };
	const page = await withCredential(functions, office, async (context, access) => {
		const answer = await callCluster(context, access, { path: FINDER_PATH, operation: 'Search', fields: searchFields(request, firstRow, PAGE_SIZE) }, CALL);
		return readSearchResponse(answer.response);
	});
	const results = page.rows.map((row) => {
		const [code, name] = Object.values(row).map(String);
		return { name: name ? `${name} (${code})` : code, value: code };
	});
	const next = firstRow + page.rows.length;
	if (page.rows.length > 0 && next <= page.total) return { results, paginationToken: `${typeIndex}:${next}` };
	if (typeIndex + 1 < types.length) return { results, paginationToken: `${typeIndex + 1}:1` };
	return { results };
}

export async function searchCustomers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchDimensions(this, ['DEB'], filter, paginationToken);
}

export async function searchSuppliers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchDimensions(this, ['CRD'], filter, paginationToken);
}

export async function searchGeneralLedgerAccounts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchDimensions(this, ['BAS', 'PNL'], filter, paginationToken);
}
