/** Reading Twinfield dimensions: one document by code (ProcessXml read), and codes page by page (Finder DIM). */
import type { IDataObject } from 'n8n-workflow';

import type { OperationRun } from '../../shared/n8n/operation';
import { readCallOptions } from '../../shared/n8n/options';
import { answerErrorScope } from '../../shared/soap/call';
import { serviceError } from '../../shared/soap/errors';
import type { XmlElement } from '../../shared/soap/xml';
import { xmlEscape } from '../../shared/soap/xmlText';
import { clusterAccess } from '../transport/clusterAccess';
import { callCluster } from '../transport/clusterCall';
import { sendProcessXml } from '../transport/processXml';
import { twinfield } from '../transport/service';
import { adviceFor, FINDER_PATH, readSearchResponse, searchFields } from './finder';
import { answerMessages } from './processXmlAnswer';

/** Rows per Finder request: Twinfield answers at most 100. */
export const FINDER_PAGE_SIZE = 100;

/** What the user calls a dimension type. */
export const DIMENSION_NOUNS: Record<string, string> = {
	DEB: 'customer',
	CRD: 'supplier',
	BAS: 'balance sheet account',
	PNL: 'profit and loss account',
	KPL: 'cost centre',
	PRJ: 'project',
};

export interface DimensionKey {
	office: string;
	type: string;
	code: string;
}

/** The stored document of one dimension; Twinfield's refusal (such as an unknown code) as an error naming the item and `noun`. */
export async function readDimension(run: OperationRun, itemIndex: number, key: DimensionKey, noun = DIMENSION_NOUNS[key.type] ?? 'dimension'): Promise<XmlElement> {
	const message = `<read><type>dimensions</type><office>${xmlEscape(key.office)}</office><dimtype>${xmlEscape(key.type)}</dimtype><code>${xmlEscape(key.code)}</code></read>`;
	const { root, sent } = await sendProcessXml(run, itemIndex, message, readCallOptions(run.context, itemIndex), { fairUseRetries: true, company: key.office });
	// One document comes bare; some answers wrap it in <dimensions>.
	const document = root.name === 'dimensions' && root.children.length === 1 ? root.children[0] : root;
	if (document.name === 'dimension' && document.attributes.result !== '0' && root.attributes.result !== '0') return document;
	const said = answerMessages(root).map((item) => item.message);
	const scope = answerErrorScope({ helpers: run.context.helpers, node: run.node, itemIndex }, twinfield, 'ProcessXmlString', sent);
	return Promise.reject(
		serviceError(
			scope,
			`Twinfield could not read ${noun} ${key.code} in office ${key.office}: ${said[0] ?? `it answered <${root.name}>`}`,
			`${said.join(' ')} Check the code and the office; Get Many lists the codes there are.`.trim(),
		),
	);
}

export interface DimensionQuery {
	office: string;
	/** The types to search, one after the other (general ledger accounts are BAS and PNL). */
	types: string[];
	/** Code or name; * matches any text and ? one character. */
	pattern: string;
	/** Twinfield's `YYYYMMDDHHMMSS`, or empty. */
	modifiedSince: string;
	includeHidden: boolean;
}

export interface FoundDimension {
	type: string;
	code: string;
}

/** Codes of the dimensions the query finds, up to `limit`, turning the Finder's pages (1 credit each). */
export async function findDimensions(run: OperationRun, itemIndex: number, query: DimensionQuery, limit: number): Promise<FoundDimension[]> {
	const access = await clusterAccess(run.context, itemIndex, run, query.office);
	const context = { helpers: run.context.helpers, node: run.node, itemIndex };
	const options = readCallOptions(run.context, itemIndex);
	const found: FoundDimension[] = [];
	for (const type of query.types) {
		const finderOptions: Array<[string, string]> = [
			['office', query.office],
			['dimtype', type],
		];
		if (query.modifiedSince) finderOptions.push(['modifiedsince', query.modifiedSince]);
		if (query.includeHidden) finderOptions.push(['includehidden', '1']);
		const request = { type: 'DIM', pattern: query.pattern || '*', field: 0, options: finderOptions };
		let firstRow = 1;
		while (found.length < limit) {
			const maxRows = Math.min(FINDER_PAGE_SIZE, limit - found.length);
			const answer = await callCluster(context, access, { path: FINDER_PATH, operation: 'Search', fields: searchFields(request, firstRow, maxRows), fairUseRetries: true }, options);
			const page = readSearchResponse(answer.response);
			const errors = page.messages.filter((message) => message.type === 'Error');
			if (errors.length > 0) {
				const scope = answerErrorScope(context, twinfield, 'Search', answer);
				throw serviceError(scope, `Twinfield's finder refused the search: ${errors[0].text}`, errors.map((error) => `${error.text} ${adviceFor(error.code)}`).join(' '));
			}
			for (const row of page.rows.slice(0, limit - found.length)) found.push({ type, code: String(firstCell(row)) });
			firstRow += page.rows.length;
			if (page.rows.length === 0 || firstRow > page.total) break;
		}
	}
	return found;
}

/** The Finder's first column is the code, whatever its name. */
function firstCell(row: IDataObject): unknown {
	return Object.values(row)[0] ?? '';
}
