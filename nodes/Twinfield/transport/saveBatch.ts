/** Saves Twinfield documents of one kind in batches of up to 25 under their plural parent, with one outcome per document. */
/*
 * Twinfield takes several documents in one ProcessXmlString under a plural
 * root (`<dimensions>`, `<salesinvoices>`, `<transactions>`) and answers each
 * child with its own `result` and messages, so a refused document never hides
 * the others. Documents of items that reach Twinfield the same way (session,
 * company, SOAP options) share requests; each request holds at most 25, as
 * Twinfield advises. A request is sent once: only a fair-use 429, which
 * Twinfield did not process, is sent again.
 */
import { NodeApiError, type IExecuteFunctions, type JsonObject } from 'n8n-workflow';

import type { OperationRun } from '../../shared/n8n/operation';
import { readCallOptions } from '../../shared/n8n/options';
import { answerErrorScope, type SoapResult } from '../../shared/soap/call';
import { serviceError } from '../../shared/soap/errors';
import type { XmlElement } from '../../shared/soap/xml';
import { answerMessages, type TwinfieldMessage } from '../helpers/processXmlAnswer';
import { fairUseRefusal } from './fairUse';
import { sendProcessXml } from './processXml';
import { twinfield } from './service';

/** Twinfield's advice: at most 25 children under one plural element. */
export const MAX_DOCUMENTS_PER_REQUEST = 25;

export interface BatchDocument {
	/** The input item the document belongs to. */
	itemIndex: number;
	/** One document (`<dimension>…</dimension>`), plain XML. */
	xml: string;
	/** The office the document belongs to: with OAuth 2, the company the request names. */
	office?: string;
}

export interface SavedDocument {
	/** The document as Twinfield answered it: the stored document with its server-filled values. */
	element: XmlElement;
	/** Warnings and notes Twinfield gave on a document it saved. */
	warnings: TwinfieldMessage[];
}

export type SaveOutcome = SavedDocument | Error;

export interface SaveWording {
	/** How the user calls the document, e.g. `customer 1200`. */
	noun?: (document: XmlElement) => string;
	/**
	 * The user's name for a field, from its path inside the document (e.g.
	 * `financials/duedays`); `indexed` keeps the positions of repeated
	 * elements (e.g. `lines/line[2]/vatcode`).
	 */
	fieldLabel?: (path: string, indexed: string) => string | undefined;
}

/** Items that reach Twinfield the same way: their documents may share a request. */
function wayIn(context: IExecuteFunctions, document: BatchDocument): string {
	const read = (name: string) => String(context.getNodeParameter(name, document.itemIndex, '') ?? '');
	return JSON.stringify([document.office ?? '', read('session'), read('company'), read('soapHeader'), read('cluster'), readCallOptions(context, document.itemIndex)]);
}

/** Positions of `documents`, grouped by way in and cut into requests of at most 25, in input order. */
function requestsOf(context: IExecuteFunctions, documents: BatchDocument[]): number[][] {
	const groups = new Map<string, number[]>();
	documents.forEach((document, position) => {
		const key = wayIn(context, document);
		groups.set(key, [...(groups.get(key) ?? []), position]);
	});
	const requests: number[][] = [];
	for (const positions of groups.values()) {
		for (let start = 0; start < positions.length; start += MAX_DOCUMENTS_PER_REQUEST) requests.push(positions.slice(start, start + MAX_DOCUMENTS_PER_REQUEST));
	}
	return requests;
}

/**
 * Sends `documents` under `<parent>` and answers one outcome per document, in
 * the same order: the saved document, or an error naming Twinfield's messages.
 */
export async function saveBatch(run: OperationRun, parent: string, documents: BatchDocument[], wording: SaveWording = {}): Promise<SaveOutcome[]> {
	const outcomes: SaveOutcome[] = new Array(documents.length);
	for (const positions of requestsOf(run.context, documents)) {
		const { itemIndex: first, office } = documents[positions[0]];
		const message = `<${parent}>${positions.map((position) => documents[position].xml).join('')}</${parent}>`;
		let answer: Awaited<ReturnType<typeof sendProcessXml>>;
		try {
			answer = await sendProcessXml(run, first, message, readCallOptions(run.context, first), { fairUseRetries: true, company: office });
		} catch (error) {
			const failure = withSaveWarning(error as Error);
			for (const position of positions) outcomes[position] = failure;
			continue;
		}
		const answered = outcomesOfAnswer(run, answer.root, parent, positions.map((position) => documents[position].itemIndex), answer.sent, wording);
		positions.forEach((position, index) => {
			outcomes[position] = answered[index];
		});
	}
	return outcomes;
}

/**
 * A failed save request whose documents may have been saved all the same (no
 * answer, a gateway error): the error says so. A 429 was not processed, and
 * an input error was found before sending.
 */
function withSaveWarning(error: Error): Error {
	if (!(error instanceof NodeApiError) || fairUseRefusal(error)) return error;
	const note = 'Twinfield may have saved these items all the same: check them in Twinfield (Get) before running them again, so that nothing is saved twice.';
	error.description = `${error.description ?? ''} ${note}`.trim();
	return error;
}

/**
 * One outcome per document sent (`itemIndexes`, in the order sent) from
 * Twinfield's answer to one request.
 */
export function outcomesOfAnswer(run: OperationRun, root: XmlElement, parent: string, itemIndexes: number[], sent: SoapResult, wording: SaveWording = {}): SaveOutcome[] {
	const children = answeredDocuments(root, parent, itemIndexes.length);
	return itemIndexes.map((itemIndex, index) =>
		children ? documentOutcome(run, itemIndex, children[index], sent, wording) : unmatchedAnswer(run, itemIndex, root, itemIndexes.length, sent),
	);
}

/** The answer's documents in the order sent, or undefined when they cannot be paired with what was sent. */
function answeredDocuments(root: XmlElement, parent: string, sent: number): XmlElement[] | undefined {
	// One document may come back bare, without its plural parent.
	if (root.name !== parent) return sent === 1 && root.children.length > 0 ? [root] : undefined;
	return root.children.length === sent ? root.children : undefined;
}

/** A message's field: its path inside the document, in the user's words when the operation knows them. */
function fieldOf(message: TwinfieldMessage, wording: SaveWording): string {
	const path = message.element.split('/').slice(1).join('/');
	if (path === '') return 'the document as a whole';
	return wording.fieldLabel?.(path.replace(/\[\d+\]/g, ''), path) ?? path;
}

/** Every message with its field, each ending as a sentence. */
function described(messages: TwinfieldMessage[], wording: SaveWording): string {
	return messages
		.map((item) => `${item.type === 'error' ? '' : `${item.type}: `}${fieldOf(item, wording)}: ${item.message}${/[.!?]$/.test(item.message) ? '' : '.'}`)
		.join(' ');
}

function documentOutcome(run: OperationRun, itemIndex: number, document: XmlElement, sent: SoapResult, wording: SaveWording): SaveOutcome {
	const messages = answerMessages(document);
	const failed = document.attributes.result === '0' || (document.attributes.result === undefined && messages.some((item) => item.type === 'error'));
	if (!failed) return { element: document, warnings: messages.filter((item) => item.type !== 'error') };
	const scope = answerErrorScope({ helpers: run.context.helpers, node: run.node, itemIndex }, twinfield, 'ProcessXmlString', sent);
	const noun = wording.noun?.(document) ?? document.name;
	const extra: JsonObject = { messages: messages.map((item) => ({ ...item, field: fieldOf(item, wording) })) };
	const errors = messages.filter((item) => item.type === 'error');
	const others = ' The other items were sent on their own merits and are not affected.';
	if (errors.length > 0) {
		return serviceError(scope, `Twinfield refused the ${noun}: ${errors[0].message} (${fieldOf(errors[0], wording)})`, `${described(messages, wording)} Correct the item and run it again.${others}`, extra);
	}
	if (messages.length > 0) {
		return serviceError(scope, `Twinfield did not save the ${noun} because of a warning: ${messages[0].message} (${fieldOf(messages[0], wording)})`, `${described(messages, wording)}${others}`, extra);
	}
	return serviceError(scope, `Twinfield refused the ${noun} without saying why`, `The answer had result="0" and no message.${others}`, extra);
}

/** The answer does not hold one document per document sent: none can be paired, and some may have been saved. */
function unmatchedAnswer(run: OperationRun, itemIndex: number, root: XmlElement, sent: number, answer: SoapResult): Error {
	const scope = answerErrorScope({ helpers: run.context.helpers, node: run.node, itemIndex }, twinfield, 'ProcessXmlString', answer);
	const messages = answerMessages(root);
	if (root.attributes.result === '0' && messages.length > 0) {
		return serviceError(scope, `Twinfield refused the whole request: ${messages[0].message}`, `${messages.map((item) => `${item.element}: ${item.message}`).join('; ')}. Nothing of it was saved.`, {
			messages: messages.map((item) => ({ ...item })),
		});
	}
	return serviceError(
		scope,
		`Twinfield answered <${root.name}> with ${root.children.length} documents for the ${sent} sent`,
		'The answer cannot be paired with the items, so the node cannot say which were saved. Check in Twinfield before running the items again.',
	);
}
