/** The Order list of the Sales Order locator: orders changed in the last year, newest first, searched by ID, customer or status. */
import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { getInvoicesFields, readOrders } from '../helpers/salesOrders';
import { serviceDateTime } from '../helpers/values';
import { callServiceForList, serviceRequest } from '../transport/resourceCall';

const PAGE_SIZE = 100;
/** InvoiceService times out on broad searches, so the list looks back one year. */
const LOOK_BACK_MS = 366 * 24 * 60 * 60 * 1000;

export async function searchSalesOrders(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const since = serviceDateTime(new Date(Date.now() - LOOK_BACK_MS));
	const orders = readOrders(await callServiceForList(this, serviceRequest('InvoiceService', 'GetInvoices', getInvoicesFields({ ChangedAfter: since }))));
	const items = orders
		.sort((a, b) => String(b.dateChanged ?? '').localeCompare(String(a.dateChanged ?? '')))
		.map((order) => ({
			name: [`Order ${String(order.orderId)}`, order.customerName, order.status, order.totalIncludingVat === undefined ? undefined : Number(order.totalIncludingVat).toFixed(2)].filter((part) => part !== undefined && part !== '').join(' · '),
			value: String(order.orderId),
		}));
	const wanted = (filter ?? '').trim().toLowerCase();
	const matching = wanted ? items.filter((item) => item.name.toLowerCase().includes(wanted)) : items;
	const start = Math.max(0, Number.parseInt(paginationToken ?? '0', 10) || 0);
	const end = start + PAGE_SIZE;
	return { results: matching.slice(start, end), paginationToken: end < matching.length ? String(end) : undefined };
}
