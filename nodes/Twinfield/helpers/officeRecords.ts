/** Get Many of a record kind the finder lists by code (VAT codes, articles): the codes page by page, then each record read in full. */
import type { IDataObject } from 'n8n-workflow';

import type { OperationRun } from '../../shared/n8n/operation';
import { readCallOptions } from '../../shared/n8n/options';
import { limited, wantedCount } from '../../shared/n8n/returnAll';
import { inputError } from '../../shared/soap/errors';
import type { XmlElement } from '../../shared/soap/xml';
import { locatorValue } from './locatorValue';
import { clusterAccess } from '../transport/clusterAccess';
import { finderRows } from '../transport/finderPages';
import { readDocument } from '../transport/readDocument';
import { readMessage } from './readMessage';

export interface RecordKind {
	/** Finder type that lists the codes, e.g. VAT. */
	finderType: string;
	/** ProcessXml read type, e.g. vat. */
	readType: string;
	/** How errors name one record, e.g. "VAT code". */
	label: string;
	record(root: XmlElement, office: string): IDataObject;
}

/** The item's office, required. */
export function officeOf(run: OperationRun, itemIndex: number): string {
	const office = locatorValue(run.context.getNodeParameter('office', itemIndex, ''));
	if (office === '') throw inputError(run.node, itemIndex, 'No office given', 'Enter the code of the Twinfield office (administration), e.g. 001.');
	return office;
}

/** One record by code. */
export async function readRecord(run: OperationRun, itemIndex: number, kind: RecordKind, office: string, code: string): Promise<IDataObject> {
	const root = await readDocument(run, itemIndex, readMessage(kind.readType, office, code), `${kind.label} ${code} in office ${office}`, office);
	return kind.record(root, office);
}

/** The records of the item's office that match its Search Pattern, up to its Limit. */
export async function listRecords(run: OperationRun, itemIndex: number, kind: RecordKind): Promise<IDataObject[]> {
	const office = officeOf(run, itemIndex);
	const pattern = String(run.context.getNodeParameter('pattern', itemIndex, '*') ?? '').trim() || '*';
	const access = await clusterAccess(run.context, itemIndex, run, office);
	const context = { helpers: run.context.helpers, node: run.node, itemIndex };
	const request = { type: kind.finderType, pattern, field: 0, options: [['office', office]] as Array<[string, string]> };
	const rows = await finderRows(context, access, request, wantedCount(run.context, itemIndex), readCallOptions(run.context, itemIndex));
	const records: IDataObject[] = [];
	for (const row of limited(rows, wantedCount(run.context, itemIndex))) {
		const code = String(Object.values(row)[0] ?? '').trim();
		if (code !== '') records.push(await readRecord(run, itemIndex, kind, office, code));
	}
	return records;
}
