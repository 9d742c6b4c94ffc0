/** After a save, the saved orders read back with GetInvoices in one call, so Create and Update Status put out what Get puts out. */
/*
 * The save already happened: when the reading fails, each item keeps what the
 * save answered rather than failing, so that nobody runs a saved order again.
 */
import type { IDataObject } from 'n8n-workflow';

import type { ItemOutcome, OperationRun } from '../../../shared/n8n/operation';
import { getInvoicesFields, readOrders } from '../../helpers/salesOrders';
import { callService, serviceRequest } from '../../transport/resourceCall';
import { tsoRun } from '../../transport/run';

/** GetInvoices takes up to 1000 OrderIds per search. */
const IDS_PER_READ = 1000;

export async function withOrdersReadBack(operationRun: OperationRun, outcomes: ItemOutcome[]): Promise<ItemOutcome[]> {
	const saved = outcomes
		.map((outcome, itemIndex) => ({ outcome, itemIndex }))
		.filter((entry): entry is { outcome: IDataObject; itemIndex: number } => !(entry.outcome instanceof Error) && !Array.isArray(entry.outcome) && typeof entry.outcome.orderId === 'number');
	if (saved.length === 0) return outcomes;
	const run = await tsoRun(operationRun);
	const read = new Map<number, IDataObject>();
	try {
		for (let start = 0; start < saved.length; start += IDS_PER_READ) {
			const chunk = saved.slice(start, start + IDS_PER_READ);
			const ids = [...new Set(chunk.map((entry) => entry.outcome.orderId as number))];
			const result = await callService(run, chunk[0].itemIndex, serviceRequest('InvoiceService', 'GetInvoices', getInvoicesFields({ OrderIds: { int: ids } })));
			for (const order of readOrders(result)) read.set(order.orderId as number, order);
		}
	} catch {
		return outcomes;
	}
	return outcomes.map((outcome) => {
		if (outcome instanceof Error || Array.isArray(outcome)) return outcome;
		return read.get(outcome.orderId as number) ?? outcome;
	});
}
