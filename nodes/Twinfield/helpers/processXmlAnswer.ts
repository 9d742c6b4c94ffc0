/** Reading a ProcessXml answer: Twinfield's messages on its elements, and the JSON a next node uses. */
/*
 * A browse (`<browse>`) becomes one object per row keyed by the column labels;
 * a list (`<offices>`, `<dimensions>`) one object per listed element, its text
 * as `code`; anything else one object under the answer's root name.
 */
import type { IDataObject } from 'n8n-workflow';

import { readJson, typedValue, type JsonValue, type ReadSchema } from '../../shared/soap/json';
import type { XmlElement } from '../../shared/soap/xml';

export interface TwinfieldMessage {
	type: 'error' | 'warning' | 'info';
	/** Where it sits, e.g. `transaction/lines/line[2]/dim2`. */
	element: string;
	message: string;
}

/** Names Twinfield repeats inside their parent, so they are arrays even when one is there. */
const ANSWER_SCHEMA: ReadSchema = {
	arrays: ['address', 'bank', 'line', 'transaction'],
};

/** Every `msg` in the answer, split where Twinfield joined several with `//`. */
export function answerMessages(root: XmlElement): TwinfieldMessage[] {
	const messages: TwinfieldMessage[] = [];
	const visit = (element: XmlElement, path: string) => {
		const text = element.attributes.msg;
		if (text) {
			const kind = element.attributes.msgtype?.toLowerCase();
			const type = kind === 'warning' ? 'warning' : kind === 'error' || kind === undefined ? 'error' : 'info';
			for (const part of text.split('//').map((item) => item.trim()).filter(Boolean)) {
				messages.push({ type, element: path, message: part });
			}
		}
		const counts = new Map<string, number>();
		for (const child of element.children) counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
		const seen = new Map<string, number>();
		for (const child of element.children) {
			const index = (seen.get(child.name) ?? 0) + 1;
			seen.set(child.name, index);
			const step = (counts.get(child.name) ?? 0) > 1 ? `${child.name}[${index}]` : child.name;
			visit(child, `${path}/${step}`);
		}
	};
	visit(root, root.name);
	return messages;
}

/**
 * Whether Twinfield refused the message: `result="0"` on the root, or, when
 * the root has no result (several items in one answer), on one of its items.
 */
export function answerFailed(root: XmlElement): boolean {
	if (root.attributes.result !== undefined) return root.attributes.result === '0';
	return root.children.some((child) => child.attributes.result === '0');
}

const NUMERIC_BROWSE_TYPES = ['Value', 'Decimal', 'Number', 'Integer'];

/** A browse: `<th>` names the columns by label; each `<tr>` is one row, `<key>` identifies its transaction line. */
function browseRows(root: XmlElement): IDataObject[] {
	const head = root.children.find((child) => child.name === 'th');
	const labels = new Map<string, string>();
	for (const cell of head?.children ?? []) {
		const field = cell.text.trim();
		labels.set(field, cell.attributes.label || field);
	}
	return root.children
		.filter((child) => child.name === 'tr')
		.map((row) => {
			// A Map keeps any label as data, `__proto__` included; fromEntries makes plain own keys.
			const json = new Map<string, IDataObject[string]>();
			for (const cell of row.children) {
				if (cell.name === 'key') {
					json.set('key', readJson(cell) as IDataObject);
					continue;
				}
				const field = cell.attributes.field ?? '';
				const type = NUMERIC_BROWSE_TYPES.includes(cell.attributes.type ?? '') ? 'number' : undefined;
				json.set(labels.get(field) ?? field, typedValue(cell.text.trim(), type) as JsonValue as IDataObject[string]);
			}
			return Object.fromEntries(json) as IDataObject;
		});
}

/** `<offices>`/`<dimensions>` with one kind of child and no nested data: a list. */
function isList(root: XmlElement): boolean {
	const names = new Set(root.children.map((child) => child.name));
	return names.size === 1 && root.children.every((child) => child.children.length === 0);
}

function listItems(root: XmlElement): IDataObject[] {
	const { result: _result, ...context } = root.attributes;
	return root.children.map((child) => ({ code: child.text.trim(), ...child.attributes, ...context }));
}

/** The answer as the items the node outputs. */
export function answerItems(root: XmlElement): IDataObject[] {
	if (root.name === 'browse') return browseRows(root);
	if (root.children.length > 0 && isList(root)) return listItems(root);
	if (root.children.length === 0 && /s$/.test(root.name) && root.attributes.result === '1') return [];
	return [{ [root.name]: readJson(root, ANSWER_SCHEMA) as IDataObject }];
}
