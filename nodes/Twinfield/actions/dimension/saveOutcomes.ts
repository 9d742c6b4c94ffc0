/** The part Create, Update and Delete share: documents of the items that could be built, saved in batches, one outcome per item. */
import type { IDataObject } from 'n8n-workflow';

import type { ItemOutcome, OperationRun } from '../../../shared/n8n/operation';
import { renderXml, type XmlDocument } from '../../helpers/xmlDocument';
import { RELATION_FIELD_LABELS } from '../../helpers/relationDocument';
import { DIMENSION_NOUNS } from '../../helpers/dimensionReads';
import { saveBatch, type BatchDocument } from '../../transport/saveBatch';
import type { DimensionKind } from './kinds';

/** One item's document, or why it could not be built. */
export type PreparedItem = { office: string; document: XmlDocument } | Error;

/** How Twinfield's messages name a dimension: `customer 1200`. */
function nounOf(document: { children: Array<{ name: string; text: string }> }): string {
	const text = (name: string) => document.children.find((child) => child.name === name)?.text.trim() ?? '';
	const noun = DIMENSION_NOUNS[text('type')] ?? 'dimension';
	return text('code') ? `${noun} ${text('code')}` : noun;
}

/** Saves the prepared documents under `<dimensions>` and pairs each answer with its item. */
export async function saveDimensions(run: OperationRun, kind: DimensionKind, prepared: PreparedItem[]): Promise<ItemOutcome[]> {
	const documents: BatchDocument[] = [];
	const positions: number[] = [];
	prepared.forEach((item, itemIndex) => {
		if (item instanceof Error) return;
		positions.push(itemIndex);
		documents.push({ itemIndex, xml: renderXml(item.document), office: item.office });
	});
	const saved = await saveBatch(run, 'dimensions', documents, {
		noun: nounOf,
		fieldLabel: (path) => RELATION_FIELD_LABELS[path],
	});
	const outcomes: ItemOutcome[] = prepared.map((item) => (item instanceof Error ? item : new Error('not saved')));
	saved.forEach((outcome, index) => {
		if (outcome instanceof Error) {
			outcomes[positions[index]] = outcome;
			return;
		}
		const record: IDataObject = kind.record(outcome.element);
		if (outcome.warnings.length > 0) record.warnings = outcome.warnings.map((warning) => ({ ...warning }));
		outcomes[positions[index]] = record;
	});
	return outcomes;
}

/** Runs `prepare` for each item; a thrown error becomes that item's outcome. */
export async function prepareEach(count: number, prepare: (itemIndex: number) => Promise<PreparedItem>): Promise<PreparedItem[]> {
	const prepared: PreparedItem[] = [];
	for (let itemIndex = 0; itemIndex < count; itemIndex++) {
		try {
			prepared.push(await prepare(itemIndex));
		} catch (error) {
			prepared.push(error as Error);
		}
	}
	return prepared;
}
