/** Sales Invoice → Create: one invoice per item, sent 25 to a request, each item with its own saved invoice or refusal. */
import type { INodeProperties } from 'n8n-workflow';

import type { BatchOperation, ItemOutcome } from '../../../shared/n8n/operation';
import { soapOptionsField } from '../../../shared/n8n/options';
import { childText, findChild } from '../../../shared/soap/xml';
import { fieldMessages, fieldOf } from '../../helpers/documentRefusal';
import { salesInvoiceXml } from '../../helpers/salesInvoiceMessage';
import { salesInvoiceRecord } from '../../helpers/salesInvoiceRecord';
import { saveBatch, type BatchDocument, type SaveWording } from '../../transport/saveBatch';
import { dimensionSessionProperties } from '../fields/dimensionSession';
import { createProperties, invoiceInput } from './createFields';

export const option: BatchOperation['option'] = {
	name: 'Create',
	value: 'create',
	description: 'Create a sales invoice for a customer from article lines, as a concept or final',
	action: 'Create a sales invoice',
};

export const properties: INodeProperties[] = [...dimensionSessionProperties, ...createProperties, soapOptionsField];

/** Twinfield's messages named by the node's fields, with the line they are on. */
const wording: SaveWording = {
	noun: (document) => {
		const customer = childText(findChild(document, 'header'), 'customer')?.trim();
		return customer ? `sales invoice for customer ${customer}` : 'sales invoice';
	},
	fieldLabel: (_path, indexed) => fieldOf(`salesinvoice/${indexed}`) || 'the invoice header',
};

export const executeBatch: BatchOperation['executeBatch'] = async function (run, items) {
	const outcomes: ItemOutcome[] = new Array(items.length);
	const documents: BatchDocument[] = [];
	items.forEach((_item, itemIndex) => {
		try {
			const input = invoiceInput(run, itemIndex);
			documents.push({ itemIndex, xml: salesInvoiceXml(run.node, itemIndex, input), office: input.office });
		} catch (error) {
			// Wrong fields: the item fails here and is not sent.
			outcomes[itemIndex] = error as Error;
		}
	});
	const saved = documents.length > 0 ? await saveBatch(run, 'salesinvoices', documents, wording) : [];
	saved.forEach((outcome, position) => {
		const { itemIndex } = documents[position];
		if (outcome instanceof Error) {
			outcomes[itemIndex] = outcome;
			return;
		}
		const record = salesInvoiceRecord(outcome.element);
		outcomes[itemIndex] = outcome.warnings.length > 0 ? { ...record, warnings: fieldMessages(outcome.warnings) } : record;
	});
	return outcomes;
};
