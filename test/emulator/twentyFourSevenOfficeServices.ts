/**
 * 24SevenOffice services behind the session cookie, on the api. host and with
 * the WSDLs' shapes: CompanyService (GetCompanies, SaveCompanies with an
 * APIException per company), AccountService V004 (GetAccountList,
 * SaveBundleList, which reports a missing session as Type=NotAuthenticated in
 * a 200 body) and TransactionService (GetTransactions, whose namespace is the
 * lower-case `24sevenoffice` one with a trailing slash). Data is kept per
 * client (the identity's company), so switching identity switches books.
 */
import type { TsoIdentity } from './seed';
import type { Reply } from './types';
import type { TsoSession } from './twentyFourSevenOfficeSessions';
import { serverFault, SoapCall, SoapEndpoint, soapFault, soapReply } from './soap';
import { sessionOf, TSO_NS, type TsoContext } from './twentyFourSevenOffice';
import { child, childText, element, leaf, XmlElement, XmlOut } from './xml';
import { accountServiceEndpoint } from './twentyFourSevenOfficeAccounts';
import { invoiceServiceEndpoint, seedOrders, type TsoOrder } from './twentyFourSevenOfficeInvoices';
import { seedTransactions, transactionServiceEndpoint, type TsoTransaction } from './twentyFourSevenOfficeTransactions';

export const TSO_ACCOUNTING_NS = 'http://24sevenoffice.com/webservices/economy/accounting/';

/** The text the services answer a call without a live session with (as seen by Rackbeat's client). */
export const TSO_NOT_AUTHENTICATED = 'Client is not authenticated on this identity';

export interface TsoCompany {
	Id: number;
	Name: string;
	ExternalId?: string;
	OrganizationNumber?: string;
	Country?: string;
	Type: string;
	DateChanged: string;
	Street?: string;
	PostalCode?: string;
	City?: string;
}

export interface TsoAccountData {
	AccountId: number;
	AccountNo: number;
	AccountName: string;
	AccountTax: number;
	TaxNo: number;
}

export type { TsoTransaction };

/** The chart of accounts every emulated client has. */
export const tsoAccounts: readonly TsoAccountData[] = [
	{ AccountId: 11, AccountNo: 1500, AccountName: 'Kundefordringer', AccountTax: 0, TaxNo: 0 },
	{ AccountId: 12, AccountNo: 1920, AccountName: 'Bankinnskudd', AccountTax: 0, TaxNo: 0 },
	{ AccountId: 13, AccountNo: 2700, AccountName: 'Utgående merverdiavgift', AccountTax: 0, TaxNo: 0 },
	{ AccountId: 14, AccountNo: 3000, AccountName: 'Salgsinntekt, avgiftspliktig', AccountTax: 1, TaxNo: 3 },
	{ AccountId: 15, AccountNo: 3100, AccountName: 'Salgsinntekt, avgiftsfri', AccountTax: 1, TaxNo: 5 },
	{ AccountId: 16, AccountNo: 4000, AccountName: 'Innkjøp av varer', AccountTax: 1, TaxNo: 1 },
	{ AccountId: 17, AccountNo: 6300, AccountName: 'Leie lokale', AccountTax: 1, TaxNo: 1 },
];

const SEED_COMPANIES: Record<number, TsoCompany[]> = {
	2001: [
		{ Id: 2, Name: 'Fjord & Fjell <Consult>', ExternalId: 'C-2', OrganizationNumber: '987654321', Country: 'NO', Type: 'Business', DateChanged: '2026-02-14T13:30:00', Street: 'Bryggen 5', PostalCode: '5003', City: 'Bergen' },
		{ Id: 3, Name: 'Kari Nordmann', Country: 'NO', Type: 'Consumer', DateChanged: '2026-03-01T08:00:00' },
	],
	2002: [{ Id: 2, Name: 'Second Client Customer AB', OrganizationNumber: '5561234567', Country: 'SE', Type: 'Business', DateChanged: '2026-01-20T10:00:00' }],
};

/** Companies and posted transactions per client. */
export class TsoBooks {
	private companies = new Map<number, TsoCompany[]>();
	private transactions = new Map<number, TsoTransaction[]>();
	private orders = new Map<number, TsoOrder[]>();

	/** The client's CRM: the client's own company (Id 1, changed in 2025), then its customers. */
	companiesOf(identity: TsoIdentity): TsoCompany[] {
		let list = this.companies.get(identity.clientId);
		if (list === undefined) {
			const own: TsoCompany = { Id: 1, Name: identity.clientName, Country: 'NO', Type: 'Business', DateChanged: '2025-06-01T12:00:00' };
			list = [own, ...(SEED_COMPANIES[identity.clientId] ?? []).map((company) => ({ ...company }))];
			this.companies.set(identity.clientId, list);
		}
		return list;
	}

	transactionsOf(clientId: number): TsoTransaction[] {
		let list = this.transactions.get(clientId);
		if (list === undefined) this.transactions.set(clientId, (list = seedTransactions(clientId)));
		return list;
	}

	/** The client's sales orders and invoices (InvoiceService), seeded on first use. */
	ordersOf(clientId: number): TsoOrder[] {
		let list = this.orders.get(clientId);
		if (list === undefined) this.orders.set(clientId, (list = seedOrders(clientId)));
		return list;
	}

	clear(): void {
		this.companies.clear();
		this.transactions.clear();
		this.orders.clear();
	}
}

export function twentyFourSevenOfficeServiceEndpoints(context: TsoContext, books: TsoBooks): SoapEndpoint[] {
	return [
		{
			path: '/crm/company/v001/companyservice.asmx',
			namespace: TSO_NS,
			operations: ['GetCompanies', 'SaveCompanies'],
			handle: (call) =>
				withSession(context, call, (session) => {
					const companies = books.companiesOf(session.identity);
					return call.operation === 'GetCompanies' ? getCompanies(call, companies) : saveCompanies(call, companies);
				}),
		},
		accountServiceEndpoint(context, books),
		transactionServiceEndpoint(context, books),
		invoiceServiceEndpoint(context, books),
	];
}

export function withSession(context: TsoContext, call: SoapCall, run: (session: TsoSession) => Reply): Reply {
	const session = sessionOf(context, call);
	return session === undefined ? serverFault(call.version, TSO_NOT_AUTHENTICATED) : run(session);
}

// ---- CompanyService

const COMPANY_PROPERTIES = ['Id', 'ExternalId', 'OrganizationNumber', 'Name', 'Addresses', 'Country', 'Type', 'DateChanged'];

function getCompanies(call: SoapCall, companies: TsoCompany[]): Reply {
	const search = child(call.body, TSO_NS, 'searchParams');
	const properties = child(call.body, TSO_NS, 'returnProperties');
	// Both are dereferenced by the service; a missing one is a NullReferenceException.
	if (search === undefined || properties === undefined) return nullReference(call);
	const wanted = properties.children.filter((item) => item.local === 'string').map((item) => item.text.trim());
	const unknown = wanted.find((name) => !COMPANY_PROPERTIES.includes(name));
	if (unknown !== undefined) return serverFault(call.version, `Property '${unknown}' is not a valid return property for Company`);

	const changedAfter = dateParam(search, 'ChangedAfter');
	if (changedAfter === null) return unreadableDate(call, search, 'ChangedAfter');
	const id = childText(search, TSO_NS, 'CompanyId');
	const ids = child(search, TSO_NS, 'CompanyIds')?.children.map((item) => Number(item.text));
	const name = childText(search, TSO_NS, 'CompanyName')?.toLowerCase();
	const externalId = childText(search, TSO_NS, 'ExternalId');
	const orgNo = childText(search, TSO_NS, 'OrganizationNumber');

	const found = companies.filter(
		(company) =>
			(id === undefined || company.Id === Number(id)) &&
			(ids === undefined || ids.includes(company.Id)) &&
			(!name || company.Name.toLowerCase().includes(name)) &&
			(externalId === undefined || company.ExternalId === externalId) &&
			(orgNo === undefined || company.OrganizationNumber === orgNo) &&
			(changedAfter === undefined || Date.parse(`${company.DateChanged}Z`) > changedAfter),
	);
	const rendered = found.map((company) => element('Company', companyXml(company, wanted)));
	return result(call, TSO_NS, [element('GetCompaniesResult', rendered)]);
}

/** A company in the schema's element order, limited to the wanted properties. */
function companyXml(company: TsoCompany, wanted: string[], exception?: XmlOut): XmlOut[] {
	const all: Array<[string, XmlOut | undefined]> = [
		['Id', leaf('Id', String(company.Id))],
		['ExternalId', company.ExternalId === undefined ? undefined : leaf('ExternalId', company.ExternalId)],
		['OrganizationNumber', company.OrganizationNumber === undefined ? undefined : leaf('OrganizationNumber', company.OrganizationNumber)],
		['Name', leaf('Name', company.Name)],
		['Addresses', company.Street === undefined ? undefined : element('Addresses', [element('Post', [leaf('Street', company.Street), leaf('PostalCode', company.PostalCode ?? ''), leaf('City', company.City ?? '')])])],
		['Country', company.Country === undefined ? undefined : leaf('Country', company.Country)],
		['Type', leaf('Type', company.Type)],
		['DateChanged', leaf('DateChanged', company.DateChanged)],
	];
	const parts = all.filter(([name, xml]) => xml !== undefined && wanted.includes(name)).map(([, xml]) => xml as XmlOut);
	return exception === undefined ? parts : [exception, ...parts];
}

function saveCompanies(call: SoapCall, companies: TsoCompany[]): Reply {
	const list = child(call.body, TSO_NS, 'companies');
	if (list === undefined) return nullReference(call);
	const saved: XmlOut[] = [];
	for (const item of list.children.filter((node) => node.local === 'Company')) {
		const incoming = readCompany(item);
		const existing = incoming.Id === undefined ? undefined : companies.find((company) => company.Id === incoming.Id);
		let problem: string | undefined;
		if (incoming.Id !== undefined && existing === undefined) problem = `Company with Id ${incoming.Id} does not exist`;
		else if (!(incoming.Name ?? existing?.Name ?? '').trim()) problem = 'Name is required';
		if (problem !== undefined) {
			const echo: TsoCompany = { Id: incoming.Id ?? -2147483648, Name: incoming.Name ?? '', Type: incoming.Type ?? 'None', DateChanged: '0001-01-01T00:00:00' };
			saved.push(element('Company', companyXml(echo, ['Id', 'Name'], apiException('ValidationException', problem))));
			continue;
		}
		const now = new Date().toISOString().slice(0, 19);
		const company: TsoCompany = existing ?? { Id: Math.max(0, ...companies.map((entry) => entry.Id)) + 1, Name: '', Type: 'None', DateChanged: now };
		Object.assign(company, definedOnly(incoming), { Id: company.Id, DateChanged: now });
		if (existing === undefined) companies.push(company);
		saved.push(element('Company', companyXml(company, COMPANY_PROPERTIES)));
	}
	return result(call, TSO_NS, [element('SaveCompaniesResult', saved)]);
}

function readCompany(item: XmlElement): Partial<TsoCompany> {
	const text = (name: string) => childText(item, TSO_NS, name);
	const id = text('Id');
	const post = child(child(item, TSO_NS, 'Addresses'), TSO_NS, 'Post');
	return {
		Id: id === undefined || Number(id) === -2147483648 ? undefined : Number(id),
		Name: text('Name'),
		ExternalId: text('ExternalId'),
		OrganizationNumber: text('OrganizationNumber'),
		Country: text('Country'),
		Type: text('Type'),
		Street: childText(post, TSO_NS, 'Street'),
		PostalCode: childText(post, TSO_NS, 'PostalCode'),
		City: childText(post, TSO_NS, 'City'),
	};
}

function definedOnly<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

export function apiException(type: string, message: string): XmlOut {
	return element('APIException', [leaf('Type', type), leaf('Message', message), leaf('StackTrace', '')]);
}

// ---- shared

/** undefined when absent, null when not an xs:dateTime, else the time in ms (UTC when no zone is given). */
export function dateParam(parent: XmlElement, name: string, ns = TSO_NS): number | null | undefined {
	const text = childText(parent, ns, name)?.trim();
	if (text === undefined || text === '') return undefined;
	if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/.test(text)) return null;
	const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text.length === 10 ? `${text}T00:00:00` : text}Z`;
	const time = Date.parse(zoned);
	return Number.isNaN(time) ? null : time;
}

export function unreadableDate(call: SoapCall, parent: XmlElement, name: string, ns = TSO_NS): Reply {
	return soapFault(call.version, {
		code: 'Client',
		message: `Server was unable to read request. ---> There is an error in XML document. ---> The string '${childText(parent, ns, name) ?? ''}' is not a valid AllXsd value.`,
	});
}

export function unreadableNumber(call: SoapCall, name: string): Reply {
	return soapFault(call.version, {
		code: 'Client',
		message: `Server was unable to read request. ---> There is an error in XML document. ---> ${name}: Input string was not in a correct format.`,
	});
}

export function nullReference(call: SoapCall): Reply {
	return serverFault(call.version, 'Object reference not set to an instance of an object.');
}

export function result(call: SoapCall, namespace: string, children: XmlOut[]): Reply {
	return soapReply(call.version, element(`${call.operation}Response`, children, { xmlns: namespace }));
}
