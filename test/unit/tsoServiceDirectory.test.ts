import { hostBaseUrl, serviceUrl, TSO_ACCOUNTING_NAMESPACE, TSO_SERVICES } from '../../nodes/TwentyFourSevenOffice/transport/serviceDirectory';
import { soapRequestHeaders } from '../../nodes/shared/soap/envelope';

describe('24SevenOffice service addresses', () => {
	it('puts each service on its host, as in the vendor WSDLs', () => {
		const api = 'https://api.24sevenoffice.com';
		expect(serviceUrl(api, TSO_SERVICES.CompanyService)).toBe('https://api.24sevenoffice.com/CRM/Company/V001/CompanyService.asmx');
		expect(serviceUrl(api, TSO_SERVICES.AccountService)).toBe('https://api.24sevenoffice.com/Economy/Account/V004/Accountservice.asmx');
		expect(serviceUrl(api, TSO_SERVICES.PersonService)).toBe('https://webservices.24sevenoffice.com/CRM/Contact/PersonService.asmx');
		expect(serviceUrl(api, TSO_SERVICES.ProjectService)).toBe('https://webservices.24sevenoffice.com/Project/V001/ProjectService.asmx');
		expect(serviceUrl(`${api}/`, TSO_SERVICES.TransactionService)).toBe('https://api.24sevenoffice.com/Economy/Accounting/V001/TransactionService.asmx');
	});

	it('serves both hosts from an API URL that does not start with api., such as a local test service', () => {
		expect(hostBaseUrl('http://127.0.0.1:4100', 'webservices')).toBe('http://127.0.0.1:4100');
		expect(hostBaseUrl('http://127.0.0.1:4100/authenticate/v001/authenticate.asmx', 'api')).toBe('http://127.0.0.1:4100');
		expect(hostBaseUrl('https://api.test.example.com:8443/base/', 'webservices')).toBe('https://webservices.test.example.com:8443/base');
		expect(hostBaseUrl('not a url/', 'api')).toBe('not a url');
		expect(hostBaseUrl('  https://API.24sevenoffice.com  ', 'webservices')).toBe('https://webservices.24sevenoffice.com');
	});

	it('joins a path with exactly one slash', () => {
		expect(serviceUrl('http://127.0.0.1:4100/', { host: 'api', path: 'CRM/X.asmx', namespace: 'urn:x' })).toBe('http://127.0.0.1:4100/CRM/X.asmx');
		expect(serviceUrl('http://127.0.0.1:4100/', { host: 'api', path: '/CRM/X.asmx', namespace: 'urn:x' })).toBe('http://127.0.0.1:4100/CRM/X.asmx');
	});

	it('keeps the two namespaces apart, each with its own SOAPAction rule', () => {
		const action = (namespace: string, operation: string) => soapRequestHeaders('1.1', namespace, operation).SOAPAction;
		expect(action(TSO_SERVICES.CompanyService.namespace, 'GetCompanies')).toBe('"http://24sevenOffice.com/webservices/GetCompanies"');
		expect(TSO_SERVICES.TransactionService.namespace).toBe(TSO_ACCOUNTING_NAMESPACE);
		expect(action(TSO_ACCOUNTING_NAMESPACE, 'GetTransactions')).toBe('"http://24sevenoffice.com/webservices/economy/accounting/GetTransactions"');
	});
});
