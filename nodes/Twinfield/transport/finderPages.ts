/** Twinfield's finder page by page (a search changes nothing, so a fair-use 429 is waited out): one page for a dropdown, or as many rows as a Get Many wants. */
import type { IDataObject } from 'n8n-workflow';

import type { CallOptions } from '../../shared/n8n/options';
import { answerErrorScope, type CallContext } from '../../shared/soap/call';
import { serviceError } from '../../shared/soap/errors';
import { adviceFor, FINDER_PATH, readSearchResponse, searchFields, type FinderPage, type FinderRequest } from '../helpers/finder';
import type { TwinfieldAccess } from './access';
import { callCluster } from './clusterCall';
import { twinfield } from './service';

/** Rows per finder request: Twinfield advises small pages. */
export const FINDER_PAGE_SIZE = 100;

/** One page from `firstRow` (1-based); the finder's errors become one error that names them. */
export async function finderPage(context: CallContext, access: TwinfieldAccess, request: FinderRequest, firstRow: number, maxRows: number, options: CallOptions): Promise<FinderPage> {
	const answer = await callCluster(context, access, { path: FINDER_PATH, operation: 'Search', fields: searchFields(request, firstRow, maxRows), fairUseRetries: true }, options);
	const page = readSearchResponse(answer.response);
	const errors = page.messages.filter((message) => message.type === 'Error');
	if (errors.length > 0) {
		const scope = answerErrorScope(context, twinfield, 'Search', answer);
		throw serviceError(scope, `Twinfield's finder refused the search: ${errors[0].text}`, errors.map((error) => `${error.text} ${adviceFor(error.code)}`).join(' '));
	}
	return page;
}

/** Rows until `limit` (Infinity: all), a page at a time. */
export async function finderRows(context: CallContext, access: TwinfieldAccess, request: FinderRequest, limit: number, options: CallOptions): Promise<IDataObject[]> {
	const rows: IDataObject[] = [];
	let firstRow = 1;
	while (rows.length < limit) {
		const page = await finderPage(context, access, request, firstRow, Math.min(FINDER_PAGE_SIZE, limit - rows.length), options);
		for (const row of page.rows.slice(0, limit - rows.length)) rows.push(row);
		firstRow += page.rows.length;
		if (page.rows.length === 0 || firstRow > page.total) break;
	}
	return rows;
}
