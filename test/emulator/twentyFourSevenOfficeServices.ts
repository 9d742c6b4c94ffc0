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
import { child, childText, element, leaf, XmlElement, XmlOut } from './xml';
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

export interface TsoTransaction {
	Id: string;
	TransactionNo: number;
	Date: string;
	AccountNo: number;
	Amount: string;
	Comment: string;
}

/** The chart of accounts every emulated client has. */
export const tsoAccounts: readonly TsoAccountData[] = [
	{ AccountId: 11, AccountNo: 1500, AccountName: 'Kundefordringer', AccountTax: 0, TaxNo: 0 },
	{ AccountId: 12, AccountNo: 1920, AccountName: 'Bankinnskudd', AccountTax: 0, TaxNo: 0 },
	{ AccountId: 13, AccountNo: 2700, AccountName: 'Utgående merverdiavgift', AccountTax: 0, TaxNo: 0 },
	{ AccountId: 14, AccountNo: 3000, AccountName: 'Salgsinntekt, avgiftspliktig', AccountTax: 1, TaxNo: 3 },
];

/** Companies and posted transactions per client. */
export class TsoBooks {
	private companies = new Map<number, StoredRecord[]>();
	private transactions = new Map<number, TsoTransaction[]>();
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
		if (list === undefined) this.transactions.set(clientId, (list = []));
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
		{
			path: '/economy/account/v004/accountservice.asmx',
			namespace: TSO_NS,
			operations: ['GetAccountList', 'SaveBundleList'],
			handle: (call) => {
				if (call.operation === 'SaveBundleList') {
					const session = sessionOf(context, call);
					// This operation reports a missing session in its answer, not as a fault.
					if (session === undefined) return saveResult(call, 'NotAuthenticated', 'Not authenticated');
					return saveBundleList(call, books.transactionsOf(session.identity.clientId));
				}
				return withSession(context, call, () =>
					result(call, TSO_NS, [element('GetAccountListResult', tsoAccounts.map(accountData))]),
				);
			},
		},
		{
			path: '/economy/accounting/v001/transactionservice.asmx',
			namespace: TSO_ACCOUNTING_NS,
			operations: ['GetTransactions'],
			handle: (call) =>
				withSession(context, call, (session) => getTransactions(call, books.transactionsOf(session.identity.clientId))),
		},
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

function withSession(context: TsoContext, call: SoapCall, run: (session: TsoSession) => Reply): Reply {
	const session = sessionOf(context, call);
	return session === undefined ? serverFault(call.version, TSO_NOT_AUTHENTICATED) : run(session);
}

// ---- AccountService

function accountData(account: TsoAccountData): XmlOut {
	return element('AccountData', [
		leaf('AccountId', String(account.AccountId)),
		leaf('AccountNo', String(account.AccountNo)),
		leaf('AccountName', account.AccountName),
		leaf('AccountTax', String(account.AccountTax)),
		leaf('TaxNo', String(account.TaxNo)),
	]);
}

function saveResult(call: SoapCall, type: string, description?: string): Reply {
	const parts = [leaf('Type', type)];
	if (description !== undefined) parts.push(leaf('Description', description));
	return result(call, TSO_NS, [element('SaveBundleListResult', parts)]);
}

/** Posts every voucher when all are valid and in balance; otherwise nothing (Type=NotSaved). */
function saveBundleList(call: SoapCall, transactions: TsoTransaction[]): Reply {
	const list = child(call.body, TSO_NS, 'BundleList');
	if (list === undefined) return saveResult(call, 'Exception', 'BundleList is missing');
	const allowDifference = childText(list, TSO_NS, 'AllowDifference') === 'true';
	const posted: TsoTransaction[] = [];
	const bundles = entries(list, 'Bundles', 'Bundle');
	if (bundles.length === 0) return saveResult(call, 'NotSaved', 'The bundle list has no bundles');
	for (const bundle of bundles) {
		for (const voucher of entries(bundle, 'Vouchers', 'Voucher')) {
			const transactionNo = Number(childText(voucher, TSO_NS, 'TransactionNo'));
			if (!Number.isInteger(transactionNo) || transactionNo <= 0) return saveResult(call, 'NotSaved', 'A voucher has no TransactionNo');
			let balance = 0;
			for (const entry of entries(voucher, 'Entries', 'Entry')) {
				const accountNo = Number(childText(entry, TSO_NS, 'AccountNo'));
				const date = dateParam(entry, 'Date');
				const amount = Number(childText(entry, TSO_NS, 'Amount') ?? '0');
				if (date === null) return unreadableDate(call, entry, 'Date');
				if (date === undefined) return saveResult(call, 'NotSaved', `An entry of voucher ${transactionNo} has no Date`);
				if (!Number.isFinite(amount)) return unreadableNumber(call, 'Amount');
				if (!tsoAccounts.some((account) => account.AccountNo === accountNo)) {
					return saveResult(call, 'NotSaved', `Account ${accountNo} does not exist (voucher ${transactionNo})`);
				}
				balance += Math.round(amount * 100);
				posted.push({
					Id: transactionId(transactions.length + posted.length + 1),
					TransactionNo: transactionNo,
					Date: new Date(date).toISOString().slice(0, 19),
					AccountNo: accountNo,
					Amount: amount.toFixed(2),
					Comment: childText(entry, TSO_NS, 'Comment') ?? '',
				});
			}
			if (balance !== 0 && !allowDifference) {
				return saveResult(call, 'NotSaved', `Voucher ${transactionNo} is not in balance (difference ${(balance / 100).toFixed(2)})`);
			}
		}
	}
	transactions.push(...posted);
	return saveResult(call, 'Ok');
}

/** The entries of an "ArrayOf…" child, e.g. the Bundle elements of Bundles. */
function entries(parent: XmlElement, list: string, entry: string): XmlElement[] {
	return (child(parent, TSO_NS, list)?.children ?? []).filter((item) => item.local === entry && item.ns === TSO_NS);
}

function transactionId(n: number): string {
	return `7a1e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

// ---- TransactionService

function getTransactions(call: SoapCall, transactions: TsoTransaction[]): Reply {
	const search = child(call.body, TSO_ACCOUNTING_NS, 'searchParams');
	if (search === undefined) return nullReference(call);
	const start = dateParam(search, 'DateStart', TSO_ACCOUNTING_NS);
	const end = dateParam(search, 'DateEnd', TSO_ACCOUNTING_NS);
	if (start === null) return unreadableDate(call, search, 'DateStart', TSO_ACCOUNTING_NS);
	if (end === null) return unreadableDate(call, search, 'DateEnd', TSO_ACCOUNTING_NS);
	const found = transactions.filter((item) => {
		const time = Date.parse(`${item.Date}Z`);
		return (start === undefined || time >= start) && (end === undefined || time <= end);
	});
	const rendered = found.map((item) =>
		element('Transaction', [
			leaf('Date', item.Date),
			leaf('AccountNo', String(item.AccountNo)),
			leaf('Amount', item.Amount),
			leaf('Comment', item.Comment),
			leaf('TransactionNo', String(item.TransactionNo)),
			leaf('Id', item.Id),
			leaf('Hidden', 'false'),
			leaf('Open', 'false'),
		]),
	);
	return result(call, TSO_ACCOUNTING_NS, [element('GetTransactionsResult', rendered)]);
}

// ---- shared

/** undefined when absent, null when not an xs:dateTime, else the time in ms (UTC when no zone is given). */
function dateParam(parent: XmlElement, name: string, ns = TSO_NS): number | null | undefined {
	const text = childText(parent, ns, name)?.trim();
	if (text === undefined || text === '') return undefined;
	if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/.test(text)) return null;
	const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text.length === 10 ? `${text}T00:00:00` : text}Z`;
	const time = Date.parse(zoned);
	return Number.isNaN(time) ? null : time;
}

function unreadableDate(call: SoapCall, parent: XmlElement, name: string, ns = TSO_NS): Reply {
	return soapFault(call.version, {
		code: 'Client',
		message: `Server was unable to read request. ---> There is an error in XML document. ---> The string '${childText(parent, ns, name) ?? ''}' is not a valid AllXsd value.`,
	});
}

function unreadableNumber(call: SoapCall, name: string): Reply {
	return soapFault(call.version, {
		code: 'Client',
		message: `Server was unable to read request. ---> There is an error in XML document. ---> ${name}: Input string was not in a correct format.`,
	});
}

function nullReference(call: SoapCall): Reply {
	return serverFault(call.version, 'Object reference not set to an instance of an object.');
}

function result(call: SoapCall, namespace: string, children: XmlOut[]): Reply {
	return soapReply(call.version, element(`${call.operation}Response`, children, { xmlns: namespace }));
}
