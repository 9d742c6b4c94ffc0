/**
 * Twinfield's ProcessXmlString: the business message arrives as text inside
 * <xmlRequest>, the answer goes back as text (entity-escaped) inside
 * <ProcessXmlStringResult>. The answer echoes the request with `result`,
 * and `msgtype`/`msg` on the elements that have problems, several messages
 * joined with `//`, as Twinfield does. Messages are in English here; the real
 * service answers in the user's language.
 */
import {
	dimensionName,
	findOffice,
	twinfieldCustomerLines,
	twinfieldDimensions,
	twinfieldDimensionTypes,
	twinfieldOffices,
	twinfieldOpenYear,
	type TwinfieldCustomerLine,
} from './twinfieldData';
import { dimensionDocument, dimensionShortName, dimensionName as storedName, officeDimensions, readDimension as readStoredDimension, saveDimension } from './twinfieldDimensions';
import { readArticle, readSalesInvoice, readVatCode, saveSalesInvoices } from './twinfieldInvoices';
import { escapeXml, parseXml, type XmlElement, XmlError, type XmlOut } from './xml';

/** Either the answer string, or the reason for a server fault (as for a malformed browse). */
export type ProcessXmlOutcome = { answer: string } | { serverError: string };

export function processXmlMessage(xmlRequest: string, companies: readonly string[]): ProcessXmlOutcome {
	let request: XmlElement;
	try {
		request = parseXml(xmlRequest);
	} catch (error) {
		if (error instanceof XmlError) return { serverError: `Data at the root level is invalid. ${error.message}` };
		throw error;
	}
	const type = text(request, 'type');
	const offices = companies.filter((code) => findOffice(code));
	switch (request.local) {
		case 'list':
			if (type === 'offices') return answer(listOffices(offices));
			if (type === 'dimensions') return answer(listDimensions(request, offices));
			return answer(failed(request, 'Type not implemented.'));
		case 'read':
			if (type === 'dimensions') return answer(readDimension(request, offices));
			if (type === 'office') return answer(readOffice(request, offices));
			if (['vat', 'article', 'salesinvoice'].includes(type)) return answer(readInvoicing(request, type, offices));
			return answer(failed(request, 'Type not implemented.'));
		case 'columns':
			return browse(request, offices);
		case 'transaction':
			return answer(saveTransaction(request, offices));
		case 'dimension':
			return answer(saveDimension(request, offices, findOffice));
		case 'dimensions':
			return answer(saveDimensions(request, offices));
		case 'salesinvoice':
		case 'salesinvoices':
			return answer(saveSalesInvoices(request, offices));
		default:
			return answer(failed(request, `The element <${request.local}> is not supported. Send one message per request.`));
	}
}

function answer(out: XmlOut): ProcessXmlOutcome {
	return { answer: renderCompact(out) };
}

/** Twinfield's answers have no whitespace between elements. */
export function renderCompact(node: XmlOut): string {
	const attrs = Object.entries(node.attrs ?? {})
		.map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
		.join('');
	const children = node.children ?? [];
	if (children.length > 0) return `<${node.name}${attrs}>${children.map(renderCompact).join('')}</${node.name}>`;
	if (node.text === undefined || node.text === '') return `<${node.name}${attrs}/>`;
	return `<${node.name}${attrs}>${escapeXml(node.text)}</${node.name}>`;
}

function text(parent: XmlElement, name: string): string {
	return parent.children.find((item) => item.local === name)?.text.trim() ?? '';
}

function out(name: string, content: string | XmlOut[], attrs: Record<string, string> = {}): XmlOut {
	return typeof content === 'string' ? { name, text: content, attrs } : { name, children: content, attrs };
}

/** The request as it came, so problems can be marked on its own elements. */
function echo(element: XmlElement): XmlOut {
	if (element.children.length === 0) return { name: element.local, attrs: { ...element.attrs }, text: element.text };
	return { name: element.local, attrs: { ...element.attrs }, children: element.children.map(echo) };
}

function failed(request: XmlElement, message: string): XmlOut {
	const reply = echo(request);
	reply.attrs = { ...reply.attrs, result: '0', msgtype: 'error', msg: message };
	return reply;
}

function listOffices(offices: string[]): XmlOut {
	const items = twinfieldOffices
		.filter((office) => offices.includes(office.code))
		.map((office) => out('office', office.code, { name: office.name, shortname: office.shortname }));
	return out('offices', items, { result: '1' });
}

function officeProblem(request: XmlElement, offices: string[]): string | undefined {
	const office = text(request, 'office');
	if (office === '') return 'Office is mandatory.';
	if (!offices.includes(office)) return `You have no access to administration ${office}.`;
	return undefined;
}

function listDimensions(request: XmlElement, offices: string[]): XmlOut {
	const problem = officeProblem(request, offices);
	if (problem) return failed(request, problem);
	const office = text(request, 'office');
	const dimtype = text(request, 'dimtype');
	if (!twinfieldDimensionTypes[dimtype]) return failed(request, `Dimension type ${dimtype} does not exist.`);
	const items = officeDimensions(office)
		.filter((item) => item.type === dimtype && item.status === 'active')
		.map((item) => out('dimension', item.code, { name: storedName(item), shortname: dimensionShortName(item) }));
	return out('dimensions', items, { office, type: dimtype, result: '1' });
}

/** Twinfield wants both <office> and <code>; the emulator takes <code> alone too, as older examples send it. */
function readOffice(request: XmlElement, offices: string[]): XmlOut {
	const code = text(request, 'code') || text(request, 'office');
	const office = findOffice(code);
	if (!office || !offices.includes(code)) return failed(request, `You have no access to administration ${code}.`);
	return out(
		'office',
		[out('code', office.code), out('name', office.name), out('shortname', office.shortname), out('countrycode', 'NL'), out('vatfirstquarterstartson', 'january')],
		{ result: '1', status: 'active' },
	);
}

/** VAT codes, articles and sales invoices: `<code>` names the VAT code, the article or the invoice type. */
function readInvoicing(request: XmlElement, type: string, offices: string[]): XmlOut {
	const problem = officeProblem(request, offices);
	if (problem) return failed(request, problem);
	const office = text(request, 'office');
	const code = text(request, 'code');
	if (type === 'vat') return readVatCode(office, code);
	if (type === 'article') return readArticle(office, code);
	return readSalesInvoice(office, code, text(request, 'invoicenumber'));
}

function readDimension(request: XmlElement, offices: string[]): XmlOut {
	const problem = officeProblem(request, offices);
	if (problem) return failed(request, problem);
	const office = text(request, 'office');
	const dimtype = text(request, 'dimtype');
	if (!twinfieldDimensionTypes[dimtype]) return failed(request, `Dimension type ${dimtype} does not exist.`);
	const code = text(request, 'code');
	if (code !== '') return readStoredDimension(office, dimtype, code, findOffice(office));
	// Without a code: every document of the type.
	const documents = officeDimensions(office)
		.filter((item) => item.type === dimtype)
		.map((item) => {
			const document = dimensionDocument(item, findOffice(office));
			const { result: _result, ...attrs } = document.attrs ?? {};
			return { ...document, attrs };
		});
	return out('dimensions', documents, { result: '1' });
}

/** A plural save: each document judged on its own; the root fails when one of them does. */
function saveDimensions(request: XmlElement, offices: string[]): XmlOut {
	const documents = request.children.filter((item) => item.local === 'dimension');
	if (documents.length === 0 || documents.length !== request.children.length) return failed(request, 'Only <dimension> elements may be sent under <dimensions>.');
	const answers = documents.map((document) => saveDimension(document, offices, findOffice));
	return out('dimensions', answers, { result: answers.every((item) => item.attrs?.result === '1') ? '1' : '0' });
}

/** Columns the customer-transactions browse (code 100) knows, with their default label and type. */
const BROWSE_100: Record<string, { label: string; type: string; value(line: TwinfieldCustomerLine): string | number }> = {
	'fin.trs.head.office': { label: 'Office', type: 'String', value: (line) => line.office },
	'fin.trs.head.code': { label: 'Transaction type', type: 'String', value: (line) => line.journal },
	'fin.trs.head.number': { label: 'Trans. no.', type: 'String', value: (line) => line.number },
	'fin.trs.head.yearperiod': { label: 'Period', type: 'String', value: (line) => line.yearPeriod },
	'fin.trs.line.dim2': { label: 'Customer', type: 'String', value: (line) => line.customer },
	'fin.trs.line.dim2name': { label: 'Customer name', type: 'String', value: (line) => dimensionName(line.office, line.customer) },
	'fin.trs.line.valuesigned': { label: 'Value', type: 'Value', value: (line) => line.value },
	'fin.trs.line.openbasevaluesigned': { label: 'Open amount', type: 'Value', value: (line) => line.openValue },
	'fin.trs.line.matchstatus': { label: 'Status', type: 'String', value: (line) => line.matchStatus },
};

interface BrowseColumn {
	field: string;
	label: string;
	visible: boolean;
	operator: string;
	from: string;
	to: string;
}

function browse(request: XmlElement, offices: string[]): ProcessXmlOutcome {
	const code = request.attrs.code ?? '';
	const columns: BrowseColumn[] = request.children
		.filter((item) => item.local === 'column')
		.map((column) => ({
			field: text(column, 'field'),
			label: text(column, 'label'),
			visible: text(column, 'visible') !== 'false',
			operator: text(column, 'operator'),
			from: text(column, 'from'),
			to: text(column, 'to'),
		}));
	// Twinfield answers a browse it cannot run with a bare server error and a reference.
	const unknown = columns.find((column) => !BROWSE_100[column.field]);
	if (code !== '100' || columns.length === 0 || unknown) {
		return { serverError: 'An error occurred on the server. Reference: 2026-01-15 C0A1B2C3' };
	}
	const officeFilter = columns.find((column) => column.field === 'fin.trs.head.office' && column.operator !== '');
	if (officeFilter && officeFilter.operator === 'equal' && !offices.includes(officeFilter.from)) {
		return answer(failed(request, `You have no access to administration ${officeFilter.from}.`));
	}
	const rows = twinfieldCustomerLines.filter(
		(line) => offices.includes(line.office) && columns.every((column) => matchesFilter(column, BROWSE_100[column.field].value(line))),
	);
	const head = out(
		'th',
		columns.map((column) =>
			out('td', column.field, { label: column.label || BROWSE_100[column.field].label, hideforuser: String(!column.visible), type: BROWSE_100[column.field].type }),
		),
	);
	const body = rows.map((line) =>
		out('tr', [
			...columns.map((column) => {
				const spec = BROWSE_100[column.field];
				const value = spec.value(line);
				return out('td', typeof value === 'number' ? value.toFixed(2) : value, { field: column.field, hideforuser: String(!column.visible), type: spec.type });
			}),
			out('key', [out('office', line.office), out('code', line.journal), out('number', line.number), out('line', '1')]),
		]),
	);
	const total = String(rows.length);
	return answer(out('browse', [head, ...body], { result: '1', first: rows.length ? '1' : '0', last: total, total }));
}

function matchesFilter(column: BrowseColumn, value: string | number): boolean {
	if (column.operator === '') return true;
	const compare = (a: string | number, b: string) => (typeof a === 'number' ? a - Number(b) : a.localeCompare(b));
	switch (column.operator) {
		case 'equal':
			return compare(value, column.from) === 0;
		case 'notequal':
			return compare(value, column.from) !== 0;
		case 'between':
			return compare(value, column.from) >= 0 && compare(value, column.to) <= 0;
		case 'greaterequal':
			return compare(value, column.from) >= 0;
		case 'lessequal':
			return compare(value, column.from) <= 0;
		case 'like':
			return globMatch(column.from, String(value));
		case 'in':
			return column.from.split(',').some((part) => compare(value, part.trim()) === 0);
		default:
			return false;
	}
}

/** `*` and `?` wildcards, case-insensitive, over the whole value. */
export function globMatch(pattern: string, value: string): boolean {
	const source = (pattern || '*').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
	return new RegExp(`^${source}$`, 'is').test(value);
}

const JOURNALS = ['MEMO', 'VRK', 'INK'];
let nextTransactionNumber = 202600100;

/**
 * A transaction save. Field problems are marked on their elements; a warning
 * blocks the save too unless the transaction says raisewarning="false".
 */
function saveTransaction(request: XmlElement, offices: string[]): XmlOut {
	const reply = echo(request);
	const problems = new Map<XmlOut, { type: 'error' | 'warning'; text: string }[]>();
	const note = (element: XmlOut | undefined, type: 'error' | 'warning', message: string) => {
		const target = element ?? reply;
		problems.set(target, [...(problems.get(target) ?? []), { type, text: message }]);
	};
	const find = (parent: XmlOut | undefined, name: string) => parent?.children?.find((item) => item.name === name);

	const header = find(reply, 'header');
	const officeElement = find(header, 'office');
	const office = officeElement?.text?.trim() ?? '';
	if (!officeElement || office === '') note(header, 'error', 'Office is mandatory.');
	else if (!offices.includes(office)) note(officeElement, 'error', `You have no access to administration ${office}.`);

	const journal = find(header, 'code');
	if (!journal || !JOURNALS.includes(journal.text?.trim() ?? '')) note(journal ?? header, 'error', `Transaction type ${journal?.text ?? ''} does not exist.`);

	const date = find(header, 'date');
	const dateText = date?.text?.trim() ?? '';
	if (!/^\d{8}$/.test(dateText)) note(date ?? header, 'error', 'Date is mandatory and must be written as yyyymmdd.');
	else if (Number(dateText.slice(0, 4)) < twinfieldOpenYear) {
		note(date, 'warning', `The date lies in ${dateText.slice(0, 4)}, a year that is closed; the transaction is booked in the first open period.`);
	}

	for (const line of find(reply, 'lines')?.children?.filter((item) => item.name === 'line') ?? []) {
		if (line.attrs?.type === 'total') continue;
		const dim1 = find(line, 'dim1');
		const dim2 = find(line, 'dim2');
		const value = find(line, 'value');
		const code1 = dim1?.text?.trim() ?? '';
		if (!twinfieldDimensions.some((item) => item.office === office && item.code === code1 && ['BAS', 'PNL'].includes(item.type))) {
			note(dim1 ?? line, 'error', `Dimension ${code1} does not exist in administration ${office}.`);
		}
		if (dim2) {
			const code2 = dim2.text?.trim() ?? '';
			const exists = twinfieldDimensions.some((item) => item.office === office && item.code === code2 && ['DEB', 'CRD'].includes(item.type));
			if (!exists) {
				note(dim2, 'error', `Dimension ${code2} does not exist in administration ${office}.`);
				note(dim2, 'error', `Dimension ${code2} is not allowed on a line with general ledger account ${code1}.`);
			}
		}
		if (!value || !/^-?\d+(\.\d{1,2})?$/.test(value.text?.trim() ?? '')) note(value ?? line, 'error', 'Value must be an amount with at most two decimals.');
	}

	const raiseWarnings = request.attrs.raisewarning !== 'false';
	let blocked = false;
	for (const [element, messages] of problems) {
		const isError = messages.some((message) => message.type === 'error');
		element.attrs = { ...element.attrs, msgtype: isError ? 'error' : 'warning', msg: messages.map((message) => message.text).join('//') };
		if (isError || raiseWarnings) {
			blocked = true;
			markFailed(reply, element);
		}
	}
	if (blocked) {
		reply.attrs = { ...reply.attrs, result: '0' };
		return reply;
	}
	if (header) header.children = [...(header.children ?? []), out('number', String(nextTransactionNumber++))];
	reply.attrs = { ...reply.attrs, result: '1' };
	return reply;
}

/** result="0" on the element and on every element above it, as Twinfield does. */
function markFailed(root: XmlOut, target: XmlOut): boolean {
	if (root === target) {
		root.attrs = { ...root.attrs, result: '0' };
		return true;
	}
	for (const item of root.children ?? []) {
		if (markFailed(item, target)) {
			root.attrs = { ...root.attrs, result: '0' };
			return true;
		}
	}
	return false;
}
