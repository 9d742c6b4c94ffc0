/**
 * Twinfield's dimensions (customers DEB, suppliers CRD, general ledger
 * accounts BAS/PNL, cost centres KPL, projects PRJ) per office, as ProcessXml
 * reads, lists and saves them and the Finder finds them.
 *
 * Each dimension is kept as the document Twinfield would answer, so whatever
 * a save sends (known fields or any other element) is read back. Where the
 * sources are silent the emulator takes their likeliest reading:
 * - a save replaces the stored document with the one sent (vendor: "not found
 *   → created, otherwise updated"; partial updates are undocumented and the
 *   libraries read, modify and send the whole document back);
 * - codes are chosen by the client (no source shows auto-numbering) and must
 *   fit the type's mask;
 * - `inuse`, `uid`, `modified`, `touched` and `behaviour` may not be sent
 *   (sourced for `inuse`, inferred for the others);
 * - `status="deleted"` removes a dimension that is not in use; one in use
 *   (with transactions) is refused and can only be hidden (`status="hide"`);
 * - the documents of a plural `<dimensions>` save are judged one by one.
 */
import { twinfieldDimensions, twinfieldDimensionTypes, type TwinfieldDimension } from './twinfieldData';
import { seededTransactions } from './twinfieldTransactionData';
import type { XmlElement, XmlOut } from './xml';

export type DimensionStatus = 'active' | 'hide' | 'deleted';

export interface StoredDimension {
	office: string;
	type: string;
	code: string;
	status: DimensionStatus;
	inuse: boolean;
	uid: string;
	/** YYYYMMDDHHMMSS, UTC. */
	modified: string;
	touched: number;
	group?: string;
	/** The document's own elements (name, financials, addresses, …), without the server's. */
	elements: XmlOut[];
}

/** Masks of the codes per type, as a regular expression and as Twinfield shows it in its error. */
const CODE_MASKS: Record<string, { pattern: RegExp; shown: string }> = {
	DEB: { pattern: /^1\d{3,5}$/, shown: '1### to 1#####' },
	CRD: { pattern: /^2\d{3,5}$/, shown: '2### to 2#####' },
	BAS: { pattern: /^[0-7]\d{3}$/, shown: '0000 to 7999' },
	PNL: { pattern: /^[4-9]\d{3}$/, shown: '4000 to 9999' },
	KPL: { pattern: /^[A-Z0-9]{1,8}$/, shown: 'up to 8 capitals or digits' },
	PRJ: { pattern: /^P\d{4}$/, shown: 'P####' },
};

/** Elements only Twinfield fills in; a save that sends them is refused. */
const SERVER_ELEMENTS = ['inuse', 'uid', 'modified', 'touched', 'behaviour'];

/** Twinfield's type names in `<type name="…">`. */
const COUNTRIES = ['NL', 'BE', 'DE', 'FR', 'GB', 'NO', 'SE', 'DK', 'ES', 'IT', 'US', 'LU', 'AT', 'CH', 'IE', 'PL'];

let store = new Map<string, StoredDimension>();
let clock = Date.UTC(2026, 1, 1, 9, 0, 0);
let seeded = false;

const keyOf = (office: string, type: string, code: string) => `${office}\u0000${type}\u0000${code}`;

function leafOut(name: string, text: string, attrs?: Record<string, string>): XmlOut {
	return { name, text, attrs };
}

function nodeOut(name: string, children: XmlOut[], attrs?: Record<string, string>): XmlOut {
	return { name, children, attrs };
}

/** The next modification stamp: a second later each time, so ordering by `modified` is strict. */
function nextStamp(): string {
	clock += 1000;
	return new Date(clock).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function inTransactions(office: string, code: string): boolean {
	return seededTransactions().some((transaction) => transaction.office === office && transaction.lines.some((line) => [line.dim1, line.dim2, line.dim3].includes(code)));
}

/** The seed's dimension as the elements of its document. */
function seedElements(dimension: TwinfieldDimension): XmlOut[] {
	const elements: XmlOut[] = [
		leafOut('name', dimension.name),
		leafOut('shortname', dimension.shortname),
		leafOut('website', dimension.website ?? ''),
		leafOut('cocnumber', dimension.cocNumber ?? ''),
		leafOut('vatnumber', dimension.vatNumber ?? ''),
	];
	if (dimension.type === 'DEB' || dimension.type === 'CRD') {
		elements.push(
			nodeOut('financials', [leafOut('duedays', String(dimension.dueDays ?? 30)), leafOut('vatcode', '')]),
			nodeOut('addresses', [
				nodeOut(
					'address',
					[
						leafOut('name', dimension.name),
						leafOut('country', dimension.country ?? ''),
						leafOut('city', dimension.city ?? ''),
						leafOut('postcode', dimension.postcode ?? ''),
						leafOut('telephone', ''),
						leafOut('email', dimension.email ?? ''),
						leafOut('field1', ''),
						leafOut('field2', dimension.street ?? ''),
					],
					{ id: '1', type: 'invoice', default: 'true' },
				),
				nodeOut('address', [leafOut('name', dimension.name), leafOut('country', dimension.country ?? ''), leafOut('city', dimension.city ?? '')], {
					id: '2',
					type: 'postal',
					default: 'false',
				}),
			]),
			nodeOut('banks', dimension.bankAccount ? [nodeOut('bank', [leafOut('ascription', dimension.name), leafOut('iban', dimension.bankAccount), leafOut('natbiccode', '')], { id: '1', default: 'true' })] : []),
		);
	}
	return elements;
}

function seed(): void {
	store = new Map();
	clock = Date.UTC(2026, 1, 1, 9, 0, 0);
	for (const dimension of twinfieldDimensions) {
		store.set(keyOf(dimension.office, dimension.type, dimension.code), {
			office: dimension.office,
			type: dimension.type,
			code: dimension.code,
			status: dimension.status === 'hidden' ? 'hide' : 'active',
			inuse: inTransactions(dimension.office, dimension.code),
			uid: `6b9e1c4a-0d2f-4b7e-9a51-${dimension.office.length}${dimension.code.padStart(11, '0')}`,
			modified: dimension.modified,
			touched: 3,
			group: dimension.group,
			elements: seedElements(dimension),
		});
	}
	seeded = true;
}

/** Back to the seed, as the emulator's reset does. */
export function resetTwinfieldDimensions(): void {
	seeded = false;
}

function all(): StoredDimension[] {
	if (!seeded) seed();
	return [...store.values()];
}

/** Whether the office has a dimension with this code, of one of `types` (any type when none given), not deleted. */
export function dimensionExists(office: string, code: string, types: string[] = []): boolean {
	return officeDimensions(office).some((item) => item.code === code && (types.length === 0 || types.includes(item.type)));
}

/** A dimension used on a transaction is in use from then on: it can be hidden, no longer deleted. */
export function markDimensionInUse(office: string, code: string): void {
	for (const item of officeDimensions(office)) if (item.code === code) item.inuse = true;
}

export function findDimension(office: string, type: string, code: string): StoredDimension | undefined {
	if (!seeded) seed();
	return store.get(keyOf(office, type, code));
}

/** Dimensions of an office that are not deleted, by code. */
export function officeDimensions(office: string): StoredDimension[] {
	return all()
		.filter((item) => item.office === office && item.status !== 'deleted')
		.sort((a, b) => a.code.localeCompare(b.code));
}

function elementText(elements: XmlOut[] | undefined, name: string): string {
	return elements?.find((item) => item.name === name)?.text ?? '';
}

export function dimensionName(dimension: StoredDimension): string {
	return elementText(dimension.elements, 'name');
}

export function dimensionShortName(dimension: StoredDimension): string {
	return elementText(dimension.elements, 'shortname');
}

/** What the Finder's bank-account field (3) searches. */
export function dimensionBankAccounts(dimension: StoredDimension): string[] {
	const banks = dimension.elements.find((item) => item.name === 'banks')?.children ?? [];
	return banks.flatMap((bank) => [elementText(bank.children, 'iban'), elementText(bank.children, 'accountnumber')]).filter(Boolean);
}

/** What the Finder's address field (4) searches: every word of every address. */
export function dimensionAddressWords(dimension: StoredDimension): string[] {
	const addresses = dimension.elements.find((item) => item.name === 'addresses')?.children ?? [];
	return addresses.flatMap((address) => (address.children ?? []).flatMap((field) => (field.text ?? '').split(/\s+/))).filter(Boolean);
}

/** The stored document as ProcessXml answers it: the server's values around the document's own. */
export function dimensionDocument(dimension: StoredDimension, officeName: { name: string; shortname: string } | undefined): XmlOut {
	const type = twinfieldDimensionTypes[dimension.type];
	const own = dimension.elements.map((item) => withServerValues(item, dimension));
	const [name, shortname, ...rest] = [
		own.find((item) => item.name === 'name') ?? leafOut('name', ''),
		own.find((item) => item.name === 'shortname') ?? leafOut('shortname', ''),
		...own.filter((item) => item.name !== 'name' && item.name !== 'shortname'),
	];
	const children: XmlOut[] = [
		leafOut('office', dimension.office, { name: officeName?.name ?? '', shortname: officeName?.shortname ?? '' }),
		leafOut('type', dimension.type, { name: type?.name ?? '', shortname: type?.name ?? '' }),
		leafOut('code', dimension.code),
		leafOut('uid', dimension.uid),
		name,
		shortname,
		leafOut('inuse', String(dimension.inuse)),
		leafOut('behaviour', 'normal'),
		leafOut('modified', dimension.modified),
		leafOut('touched', String(dimension.touched)),
		leafOut('beginperiod', '0'),
		leafOut('beginyear', '0'),
		leafOut('endperiod', '0'),
		leafOut('endyear', '0'),
		...rest,
	];
	if (!rest.some((item) => item.name === 'financials')) children.push(financials([], dimension));
	return nodeOut('dimension', children, { status: dimension.status, result: '1' });
}

/** `financials` with the values Twinfield fills in: level and, for customers and suppliers, the control account. */
function financials(children: XmlOut[], dimension: StoredDimension): XmlOut {
	const level = String(twinfieldDimensionTypes[dimension.type]?.level ?? 1);
	const filled = children.filter((item) => item.name !== 'level' && item.name !== 'substitutewith');
	const extra: XmlOut[] = [leafOut('level', level)];
	if (dimension.type === 'DEB' || dimension.type === 'CRD') {
		extra.push(leafOut('matchtype', 'customersupplier'), leafOut('substitutionlevel', '1'));
		extra.push(leafOut('substitutewith', dimension.type === 'DEB' ? '1300' : '1600', { dimensiontype: 'BAS' }));
	}
	return nodeOut('financials', [...filled.filter((item) => !extra.some((added) => added.name === item.name)), ...extra]);
}

function withServerValues(element: XmlOut, dimension: StoredDimension): XmlOut {
	if (element.name === 'financials') return financials(element.children ?? [], dimension);
	return element;
}

/** The request element as stored XML, white space between elements dropped. */
function toOut(element: XmlElement): XmlOut {
	if (element.children.length === 0) return { name: element.local, attrs: { ...element.attrs }, text: element.text.trim() };
	return { name: element.local, attrs: { ...element.attrs }, children: element.children.map(toOut) };
}

/** One save's problems, each on the element it concerns. */
class Problems {
	readonly list: Array<{ element: XmlOut; text: string }> = [];
	add(element: XmlOut, text: string): void {
		this.list.push({ element, text });
	}
}

/** A saved document, or its echo with the problems marked. */
export function saveDimension(request: XmlElement, offices: readonly string[], officeName: (code: string) => { name: string; shortname: string } | undefined): XmlOut {
	if (!seeded) seed();
	const reply = toOut(request);
	reply.name = 'dimension';
	const problems = new Problems();
	const find = (name: string) => reply.children?.find((item) => item.name === name);
	const textOf = (name: string) => find(name)?.text?.trim() ?? '';

	const office = textOf('office');
	const type = textOf('type');
	const code = textOf('code');
	const status = (request.attrs.status ?? 'active') as DimensionStatus;

	if (office === '') problems.add(find('office') ?? reply, 'Office is mandatory.');
	else if (!offices.includes(office)) problems.add(find('office') as XmlOut, `You have no access to administration ${office}.`);
	if (type === '') problems.add(find('type') ?? reply, 'Dimension type is mandatory.');
	else if (!twinfieldDimensionTypes[type]) problems.add(find('type') as XmlOut, `Dimension type ${type} does not exist.`);
	if (!['active', 'hide', 'deleted'].includes(status)) problems.add(reply, `Status ${status} is not valid; use active, hide or deleted.`);

	const existing = type && code ? store.get(keyOf(office, type, code)) : undefined;
	if (code === '') problems.add(find('code') ?? reply, 'Code is mandatory.');
	else if (!existing && CODE_MASKS[type] && !CODE_MASKS[type].pattern.test(code)) {
		problems.add(find('code') as XmlOut, `Code ${code} does not match the mask of dimension type ${type} (${CODE_MASKS[type].shown}).`);
	}

	if (status === 'deleted' || status === 'hide') {
		// A status change needs the dimension; the name is asked for all the same.
		if (problems.list.length === 0 && !existing) problems.add(find('code') as XmlOut, `Dimension ${type} ${code} does not exist in administration ${office}.`);
		if (status === 'deleted' && existing?.inuse) problems.add(reply, `Dimension ${code} is in use and cannot be deleted. Hide it instead.`);
	}
	if (textOf('name') === '') problems.add(find('name') ?? reply, 'Name is mandatory.');
	for (const name of SERVER_ELEMENTS) {
		const element = find(name);
		if (element) problems.add(element, `The element '${name}' may not be supplied.`);
	}
	checkFields(reply, problems);

	if (problems.list.length > 0) return marked(reply, problems);

	const stamp = nextStamp();
	if (status === 'deleted' && existing) {
		existing.status = 'deleted';
		existing.modified = stamp;
		store.delete(keyOf(office, type, code));
		return dimensionDocument({ ...existing, status: 'deleted' }, officeName(office));
	}
	const elements = (reply.children ?? []).filter((item) => !['office', 'type', 'code'].includes(item.name));
	const stored: StoredDimension = {
		office,
		type,
		code,
		status,
		inuse: existing?.inuse ?? false,
		uid: existing?.uid ?? `6b9e1c4a-0d2f-4b7e-9a51-${String(clock).slice(-12)}`,
		modified: stamp,
		touched: (existing?.touched ?? 0) + 1,
		group: existing?.group,
		elements,
	};
	store.set(keyOf(office, type, code), stored);
	return dimensionDocument(stored, officeName(office));
}

/** The checks of single fields, each message on its element. */
function checkFields(reply: XmlOut, problems: Problems): void {
	const children = (parent: XmlOut | undefined, name: string) => parent?.children?.filter((item) => item.name === name) ?? [];
	const first = (parent: XmlOut | undefined, name: string) => children(parent, name)[0];
	const financial = first(reply, 'financials');
	const dueDays = first(financial, 'duedays');
	if (dueDays && dueDays.text && !/^\d{1,3}$/.test(dueDays.text)) problems.add(dueDays, `Due days must be a whole number from 0 to 999, not ${dueDays.text}.`);
	for (const address of children(first(reply, 'addresses'), 'address')) {
		const type = address.attrs?.type ?? 'invoice';
		if (!['invoice', 'postal', 'contact'].includes(type)) problems.add(address, `Address type ${type} is not valid; use invoice, postal or contact.`);
		const country = first(address, 'country');
		if (country?.text && !COUNTRIES.includes(country.text)) problems.add(country, `Country ${country.text} does not exist.`);
		const email = first(address, 'email');
		if (email?.text && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.text)) problems.add(email, `E-mail address ${email.text} is not valid.`);
	}
	for (const bank of children(first(reply, 'banks'), 'bank')) {
		const iban = first(bank, 'iban');
		if (iban?.text && !/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban.text)) problems.add(iban, `IBAN ${iban.text} is not valid.`);
	}
}

/** The echo with `msgtype`/`msg` on each element that has problems and result="0" up to the root. */
function marked(reply: XmlOut, problems: Problems): XmlOut {
	const byElement = new Map<XmlOut, string[]>();
	for (const { element, text } of problems.list) byElement.set(element, [...(byElement.get(element) ?? []), text]);
	for (const [element, texts] of byElement) {
		element.attrs = { ...element.attrs, msgtype: 'error', msg: texts.join('//'), result: '0' };
		markUp(reply, element);
	}
	reply.attrs = { ...reply.attrs, result: '0' };
	return reply;
}

function markUp(root: XmlOut, target: XmlOut): boolean {
	if (root === target) return true;
	for (const item of root.children ?? []) {
		if (markUp(item, target)) {
			root.attrs = { ...root.attrs, result: '0' };
			return true;
		}
	}
	return false;
}

/** `<read><type>dimensions</type>…` with a code: the document, or Twinfield's not-found answer. */
export function readDimension(office: string, type: string, code: string, officeName: { name: string; shortname: string } | undefined): XmlOut {
	const found = findDimension(office, type, code);
	if (found && found.status !== 'deleted') return dimensionDocument(found, officeName);
	return nodeOut('dimension', [leafOut('office', office), leafOut('type', type), leafOut('code', code, { msgtype: 'error', msg: `Dimension ${code} does not exist.`, result: '0' })], {
		result: '0',
	});
}

/** Finder DIM's view of a dimension. */
export interface FinderDimension {
	office: string;
	type: string;
	code: string;
	name: string;
	status: 'active' | 'hidden';
	modified: string;
	group?: string;
	bankAccounts: string[];
	addressWords: string[];
}

export function finderDimensions(office: string): FinderDimension[] {
	return officeDimensions(office).map((item) => ({
		office: item.office,
		type: item.type,
		code: item.code,
		name: dimensionName(item),
		status: item.status === 'hide' ? 'hidden' : 'active',
		modified: item.modified,
		group: item.group,
		bankAccounts: dimensionBankAccounts(item),
		addressWords: dimensionAddressWords(item),
	}));
}
