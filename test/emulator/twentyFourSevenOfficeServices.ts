/**
 * 24SevenOffice services behind the session cookie, on the api. host and with
 * the WSDLs' shapes: CompanyService (GetCompanies, SaveCompanies with an
 * APIException per company), AccountService V004 (GetAccountList,
 * SaveBundleList, which reports a missing session as Type=NotAuthenticated in
 * a 200 body) and TransactionService (GetTransactions, whose namespace is the
 * lower-case `24sevenoffice` one with a trailing slash), ProductService and
 * PersonService (their own files). Data is kept per
 * client (the identity's company), so switching identity switches books.
 */
import type { TsoIdentity } from './seed';
import type { Reply } from './types';
import type { TsoSession } from './twentyFourSevenOfficeSessions';
import { serverFault, SoapCall, SoapEndpoint, soapFault, soapReply } from './soap';
import { sessionOf, TSO_NS, type TsoContext } from './twentyFourSevenOffice';
import { childText, element, XmlElement, XmlOut } from './xml';
import { accountServiceEndpoint } from './twentyFourSevenOfficeAccounts';
import { invoiceServiceEndpoint, seedOrders, type TsoOrder } from './twentyFourSevenOfficeInvoices';
import { seedTransactions, transactionServiceEndpoint, type TsoTransaction } from './twentyFourSevenOfficeTransactions';
import { companyService, seedCompanies } from './twentyFourSevenOfficeCompanies';
import { personService, seedPersons } from './twentyFourSevenOfficePersons';
import { productService, seedProducts } from './twentyFourSevenOfficeProducts';
import type { StoredRecord } from './twentyFourSevenOfficeRecords';

export const TSO_ACCOUNTING_NS = 'http://24sevenoffice.com/webservices/economy/accounting/';

/** The text the services answer a call without a live session with (as seen by Rackbeat's client). */
export const TSO_NOT_AUTHENTICATED = 'Client is not authenticated on this identity';

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

/** Companies and posted transactions per client. */
export class TsoBooks {
	private companies = new Map<number, StoredRecord[]>();
	private transactions = new Map<number, TsoTransaction[]>();
	private orders = new Map<number, TsoOrder[]>();
	private products = new Map<number, StoredRecord[]>();
	private persons = new Map<number, StoredRecord[]>();

	/** The client's CRM: the client's own company (Id 1, changed in 2025), then its customers. */
	companiesOf(identity: TsoIdentity): StoredRecord[] {
		let list = this.companies.get(identity.clientId);
		if (list === undefined) this.companies.set(identity.clientId, (list = seedCompanies(identity)));
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

	productsOf(clientId: number): StoredRecord[] {
		let list = this.products.get(clientId);
		if (list === undefined) this.products.set(clientId, (list = seedProducts()));
		return list;
	}

	personsOf(clientId: number): StoredRecord[] {
		let list = this.persons.get(clientId);
		if (list === undefined) this.persons.set(clientId, (list = seedPersons()));
		return list;
	}

	clear(): void {
		this.companies.clear();
		this.transactions.clear();
		this.orders.clear();
		this.products.clear();
		this.persons.clear();
	}
}

export function twentyFourSevenOfficeServiceEndpoints(context: TsoContext, books: TsoBooks): SoapEndpoint[] {
	return [
		{
			path: '/crm/company/v001/companyservice.asmx',
			namespace: TSO_NS,
			operations: ['GetCompanies', 'SaveCompanies'],
			handle: (call) =>
				withSession(context, call, (session) => companyService(call, books.companiesOf(session.identity))),
		},
		accountServiceEndpoint(context, books),
		transactionServiceEndpoint(context, books),
		invoiceServiceEndpoint(context, books),
		{
			path: '/logistics/product/v001/productservice.asmx',
			namespace: TSO_NS,
			operations: ['GetProducts', 'SaveProducts', 'GetCategories'],
			handle: (call) => withSession(context, call, (session) => productService(call, books.productsOf(session.identity.clientId))),
		},
		{
			// On the webservices host in production; the emulator serves both hosts at one address.
			path: '/crm/contact/personservice.asmx',
			namespace: TSO_NS,
			operations: ['GetPersons', 'SavePerson'],
			handle: (call) =>
				withSession(context, call, (session) =>
					personService(call, books.personsOf(session.identity.clientId), (id) => books.companiesOf(session.identity).some((company) => company.Id === id)),
				),
		},
	];
}

export function withSession(context: TsoContext, call: SoapCall, run: (session: TsoSession) => Reply): Reply {
	const session = sessionOf(context, call);
	return session === undefined ? serverFault(call.version, TSO_NOT_AUTHENTICATED) : run(session);
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
