/**
 * Twinfield's ProcessXmlString: the business message arrives as text inside
 * <xmlRequest>, the answer goes back as text (entity-escaped) inside
 * <ProcessXmlStringResult>. The answer echoes the request with `result`,
 * and `msgtype`/`msg` on the elements that have problems, several messages
 * joined with `//`, as Twinfield does. Messages are in English here; the real
 * service answers in the user's language.
 */
import {
	findOffice,
	twinfieldDimensionTypes,
	twinfieldOffices,
} from './twinfieldData';
import { browseTransactions } from './twinfieldBrowse';
import { dimensionDocument, dimensionShortName, dimensionName as storedName, officeDimensions, readDimension as readStoredDimension, saveDimension } from './twinfieldDimensions';
import { readArticle, readSalesInvoice, readVatCode, saveSalesInvoices } from './twinfieldInvoices';
import { readTransaction, saveTransactions } from './twinfieldTransactions';
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
			if (type === 'transaction') return answer(readTransaction(request, offices));
			return answer(failed(request, 'Type not implemented.'));
		case 'columns':
			return browse(request, offices);
		case 'transaction':
		case 'transactions':
			return answer(saveTransactions(request, offices));
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

function browse(request: XmlElement, offices: string[]): ProcessXmlOutcome {
	const outcome = browseTransactions(request, offices);
	return 'serverError' in outcome ? outcome : answer(outcome.document);
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

/** `*` and `?` wildcards, case-insensitive, over the whole value. */
export function globMatch(pattern: string, value: string): boolean {
	const source = (pattern || '*').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
	return new RegExp(`^${source}$`, 'is').test(value);
}
