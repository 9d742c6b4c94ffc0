/** Saves one record per input item with a 24SevenOffice Save of a list (SaveCompanies, SaveProducts, …), in batches of a bounded size. */
/*
 * Each item's record is built first; an item that cannot be built fails on its
 * own and is not sent. The others go out in batches of SAVE_BATCH_SIZE records
 * per call, in input order, on the session kept with the credential. Each
 * record's outcome goes to its item: its saved record, or the APIException
 * that refused it. When a whole call fails (a fault, a timeout, an answer that
 * cannot be paired), that batch's items fail with it and the later batches
 * are not sent: their items fail with an error that says they were not sent,
 * so they can safely be run again.
 */
import { NodeOperationError, type IDataObject, type INodeExecutionData } from 'n8n-workflow';

import type { ItemOutcome, OperationRun } from '../../shared/n8n/operation';
import { buildEnvelope, UnencodableValueError, type SoapFields } from '../../shared/soap/envelope';
import { inputError } from '../../shared/soap/errors';
import type { XmlElement } from '../../shared/soap/xml';
import { readSaveAnswer, recordRefusedError, unpairedAnswerError, type RecordNames } from '../helpers/saveAnswer';
import { errorScope } from './itemCall';
import { tsoRun, type TsoRun } from './run';
import { sendOnSession, sendServiceCall } from './serviceCall';
import { TSO_SERVICES, type TsoServiceName } from './serviceDirectory';

/** Records per Save call: the services document no limit; 50 keeps each call small and quick. */
export const SAVE_BATCH_SIZE = 50;

export interface SaveRequest extends RecordNames {
	service: TsoServiceName;
	/** e.g. `SaveCompanies`. */
	operation: string;
	/** The list parameter, e.g. `companies`. */
	list: string;
	/** Its entry element, e.g. `Company`. */
	record: string;
	/** One item's record; throws an input error when the item cannot be saved, and only that item fails. */
	build(itemIndex: number): SoapFields | Promise<SoapFields>;
	/** The output of one saved record. */
	output(record: XmlElement, itemIndex: number): IDataObject;
	/** Records per call; SAVE_BATCH_SIZE unless given. */
	batchSize?: number;
}

interface Ready {
	itemIndex: number;
	fields: SoapFields;
}

function inBatches<T>(list: T[], size: number): T[][] {
	const batches: T[][] = [];
	for (let start = 0; start < list.length; start += size) batches.push(list.slice(start, start + size));
	return batches;
}

async function sendBatch(run: TsoRun, save: SaveRequest, batch: Ready[]): Promise<ItemOutcome[]> {
	const first = batch[0].itemIndex;
	const request = {
		serviceName: save.service,
		address: TSO_SERVICES[save.service],
		operation: save.operation,
		fields: { [save.list]: { [save.record]: batch.map((ready) => ready.fields) } },
		recordsReadByCaller: true,
	};
	const result = await sendOnSession(run, first, async (call, sessionId) => await sendServiceCall(call, request, sessionId));
	const outcomes = readSaveAnswer(result.response, save.operation, save.record, batch.length);
	if (!outcomes) throw unpairedAnswerError(errorScope(run.call(first), save.operation, result), batch.length);
	return outcomes.map((outcome, index) => {
		const { itemIndex, fields } = batch[index];
		if ('refused' in outcome) return recordRefusedError(errorScope(run.call(itemIndex), save.operation, result), outcome.refused, fields, save);
		return save.output(outcome.saved, itemIndex);
	});
}

/** A record XML cannot carry fails its own item here, not the whole batch when the call is built. */
function checkedRecord(run: TsoRun, save: SaveRequest, itemIndex: number, fields: SoapFields): SoapFields {
	try {
		buildEnvelope({ version: '1.1', namespace: TSO_SERVICES[save.service].namespace, operation: save.operation, fields: { [save.record]: fields } });
	} catch (error) {
		if (!(error instanceof UnencodableValueError)) throw new NodeOperationError(run.context.getNode(), error as Error, { itemIndex });
		throw inputError(run.context.getNode(), itemIndex, error.message, 'Remove control characters (such as ones pasted from other programs) and broken characters from that value.');
	}
	return fields;
}

function notSentError(run: TsoRun, save: SaveRequest, itemIndex: number, cause: Error): NodeOperationError {
	return new NodeOperationError(run.context.getNode(), `This ${save.label} was not sent: an earlier ${save.operation} call of this run failed`, {
		description: `The earlier call failed with: ${cause.message}. The node sent no more calls after it, so this item was not saved. Solve that problem, then run this item again.`,
		itemIndex,
	});
}

/** The outcome of each input item, in order: its saved record's output, or its error. */
export async function saveInBatches(operationRun: OperationRun, items: INodeExecutionData[], save: SaveRequest): Promise<ItemOutcome[]> {
	const run = await tsoRun(operationRun);
	const outcomes: ItemOutcome[] = [];
	const ready: Ready[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			ready.push({ itemIndex, fields: checkedRecord(run, save, itemIndex, await save.build(itemIndex)) });
		} catch (error) {
			outcomes[itemIndex] = error as Error;
		}
	}
	let failed: Error | undefined;
	for (const batch of inBatches(ready, save.batchSize ?? SAVE_BATCH_SIZE)) {
		if (failed) {
			for (const { itemIndex } of batch) outcomes[itemIndex] = notSentError(run, save, itemIndex, failed);
			continue;
		}
		try {
			const answers = await sendBatch(run, save, batch);
			batch.forEach(({ itemIndex }, index) => (outcomes[itemIndex] = answers[index]));
		} catch (error) {
			failed = error as Error;
			for (const { itemIndex } of batch) outcomes[itemIndex] = failed;
		}
	}
	return outcomes;
}
