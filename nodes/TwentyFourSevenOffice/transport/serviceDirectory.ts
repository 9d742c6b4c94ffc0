/** Where each 24SevenOffice service lives (host, path) and which namespace it speaks. */
/*
 * Where each 24SevenOffice service lives and which namespace it speaks.
 * 24SevenOffice serves its APIs from two hosts, api. and webservices., and
 * most services use `http://24sevenOffice.com/webservices` (capital O, no
 * trailing slash) while the accounting ones use the lower-case
 * `http://24sevenoffice.com/webservices/economy/accounting/`. Both are
 * case-sensitive, and the SOAPAction follows from the namespace.
 */
import { TSO_NAMESPACE } from './service';

export const TSO_ACCOUNTING_NAMESPACE = 'http://24sevenoffice.com/webservices/economy/accounting/';

export type TsoHost = 'api' | 'webservices';

export interface TsoServiceAddress {
	/** Path below the host, as in the service's WSDL. */
	path: string;
	host: TsoHost;
	namespace: string;
}

export const TSO_SERVICES = {
	CompanyService: { path: '/CRM/Company/V001/CompanyService.asmx', host: 'api', namespace: TSO_NAMESPACE },
	InvoiceService: { path: '/Economy/InvoiceOrder/V001/InvoiceService.asmx', host: 'api', namespace: TSO_NAMESPACE },
	AccountService: { path: '/Economy/Account/V004/Accountservice.asmx', host: 'api', namespace: TSO_NAMESPACE },
	ProductService: { path: '/Logistics/Product/V001/ProductService.asmx', host: 'api', namespace: TSO_NAMESPACE },
	ClientService: { path: '/Client/V001/ClientService.asmx', host: 'api', namespace: TSO_NAMESPACE },
	PersonService: { path: '/CRM/Contact/PersonService.asmx', host: 'webservices', namespace: TSO_NAMESPACE },
	ProjectService: { path: '/Project/V001/ProjectService.asmx', host: 'webservices', namespace: TSO_NAMESPACE },
	TransactionService: { path: '/Economy/Accounting/V001/TransactionService.asmx', host: 'api', namespace: TSO_ACCOUNTING_NAMESPACE },
} satisfies Record<string, TsoServiceAddress>;

export type TsoServiceName = keyof typeof TSO_SERVICES;

/** What each service is for, shown in the Service dropdown. */
export const TSO_SERVICE_DESCRIPTIONS: Record<TsoServiceName, string> = {
	CompanyService: 'Customers and suppliers (GetCompanies, SaveCompanies, …)',
	InvoiceService: 'Invoices and orders (GetInvoices, SaveInvoices, …)',
	AccountService: 'Accounts and postings (GetAccountList, SaveBundleList, …)',
	ProductService: 'Products (GetProducts, SaveProducts, …)',
	ClientService: 'Information about your own company (GetClientInformation, GetUsers, …)',
	PersonService: 'Contact persons (GetPersons, SavePersons, …) on the webservices host',
	ProjectService: 'Projects (GetProjectList, SaveProject, …) on the webservices host',
	TransactionService: 'Posted transactions (GetTransactions, …), in the accounting namespace',
};

export function isTsoServiceName(name: string): name is TsoServiceName {
	return Object.hasOwn(TSO_SERVICES, name);
}

function withoutTail(path: string): string {
	return path.replace(/\/authenticate\/v001\/authenticate\.asmx$/i, '').replace(/\/+$/, '');
}

/**
 * The base URL of a host, from the credential's API URL. The webservices host
 * is the API host with `api.` replaced by `webservices.` (so
 * https://api.24sevenoffice.com gives https://webservices.24sevenoffice.com);
 * an API URL that does not start with `api.`, such as a local test service,
 * serves both.
 */
export function hostBaseUrl(apiUrl: string, host: TsoHost): string {
	let url: URL;
	try {
		url = new URL(apiUrl.trim());
	} catch {
		// Not an address at all: the SOAP layer says so when it is used.
		return withoutTail(apiUrl.trim());
	}
	url.pathname = withoutTail(url.pathname);
	if (host === 'webservices' && /^api\./i.test(url.hostname)) url.hostname = `webservices.${url.hostname.slice(4)}`;
	return `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
}

export function serviceUrl(apiUrl: string, address: TsoServiceAddress): string {
	return `${hostBaseUrl(apiUrl, address.host)}${address.path.startsWith('/') ? '' : '/'}${address.path}`;
}
