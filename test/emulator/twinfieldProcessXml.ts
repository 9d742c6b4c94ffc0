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
	twinfieldDimensions,
	twinfieldDimensionTypes,
	twinfieldOffices,
	type TwinfieldDimension,
} from './twinfieldData';
import { browseTransactions } from './twinfieldBrowse';
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
			if (type === 'transaction') return answer(readTransaction(request, offices));
			return answer(failed(request, 'Type not implemented.'));
		case 'columns':
			return browse(request, offices);
		case 'transaction':
		case 'transactions':
			return answer(saveTransactions(request, offices));
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
	const items = twinfieldDimensions
		.filter((item) => item.office === office && item.type === dimtype && item.status === 'active')
		.map((item) => out('dimension', item.code, { name: item.name, shortname: item.shortname }));
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

function readDimension(request: XmlElement, offices: string[]): XmlOut {
	const problem = officeProblem(request, offices);
	if (problem) return failed(request, problem);
	const office = text(request, 'office');
	const dimtype = text(request, 'dimtype');
	const code = text(request, 'code');
	const found = twinfieldDimensions.find((item) => item.office === office && item.type === dimtype && item.code === code);
	if (!found) return failed(request, `Dimension ${dimtype} ${code} does not exist in administration ${office}.`);
	return dimensionDocument(found);
}

function dimensionDocument(dimension: TwinfieldDimension): XmlOut {
	const office = findOffice(dimension.office);
	const type = twinfieldDimensionTypes[dimension.type];
	const children: XmlOut[] = [
		out('office', dimension.office, { name: office?.name ?? '', shortname: office?.shortname ?? '' }),
		out('type', dimension.type, { name: type.name, shortname: type.name }),
		out('code', dimension.code),
		out('uid', `6b9e1c4a-0d2f-4b7e-9a51-${dimension.office.length}${dimension.code.padStart(11, '0')}`),
		out('name', dimension.name),
		out('shortname', dimension.shortname),
		out('inuse', 'true'),
		out('behaviour', 'normal'),
		out('touched', '3'),
		out('beginperiod', '0'),
		out('beginyear', '0'),
		out('endperiod', '0'),
		out('endyear', '0'),
		out('website', dimension.website ?? ''),
		out('cocnumber', ''),
		out('vatnumber', dimension.vatNumber ?? ''),
		out('editdimensionname', 'true'),
	];
	if (dimension.type === 'DEB' || dimension.type === 'CRD') {
		children.push(
			out('financials', [
				out('matchtype', 'customersupplier'),
				out('accounttype', 'inherit'),
				out('subanalyse', 'false'),
				out('duedays', '30'),
				out('level', '2'),
				out('payavailable', 'false'),
				out('meansofpayment', 'none'),
				out('paycode', ''),
				out('ebilling', 'false'),
				out('ebillmail', ''),
				out('substitutionlevel', '1'),
				out('substitutewith', dimension.type === 'DEB' ? '1300' : '1600', { dimensiontype: 'BAS' }),
				out('vatcode', '', { name: '', shortname: '', type: '' }),
			]),
			out('addresses', [
				out(
					'address',
					[
						out('name', dimension.name),
						out('country', dimension.country ?? '', { name: '', shortname: '' }),
						out('city', dimension.city ?? ''),
						out('postcode', ''),
						out('telephone', ''),
						out('email', ''),
						out('field1', ''),
						out('field2', ''),
					],
					{ id: '1', type: 'invoice', default: 'true' },
				),
				out('address', [out('name', dimension.name), out('country', dimension.country ?? ''), out('city', dimension.city ?? '')], {
					id: '2',
					type: 'postal',
					default: 'false',
				}),
			]),
			out('banks', dimension.bankAccount ? [out('bank', [out('ascription', dimension.name), out('iban', dimension.bankAccount), out('natbiccode', '')], { id: '1', default: 'true' })] : []),
		);
	}
	return out('dimension', children, { status: dimension.status, result: '1' });
}

/** `*` and `?` wildcards, case-insensitive, over the whole value. */
export function globMatch(pattern: string, value: string): boolean {
	const source = (pattern || '*').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
	return new RegExp(`^${source}$`, 'is').test(value);
}
