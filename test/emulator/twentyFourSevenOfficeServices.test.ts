/** The emulated 24SevenOffice services behind the session cookie, with hand-written SOAP. */
import { Emulator, startEmulator, tsoDemo } from './index';
import { TSO_ACCOUNTING_NS, TSO_NOT_AUTHENTICATED } from './twentyFourSevenOfficeServices';

const TSO = 'http://24sevenOffice.com/webservices';
const COMPANY = '/CRM/Company/V001/CompanyService.asmx';
const ACCOUNT = '/Economy/Account/V004/Accountservice.asmx';
const TRANSACTION = '/Economy/Accounting/V001/TransactionService.asmx';

let emulator: Emulator;
beforeAll(async () => {
	emulator = await startEmulator();
});
afterAll(async () => await emulator.close());
beforeEach(() => emulator.reset());

function envelope(body: string): string {
	return `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${body}</soap:Body></soap:Envelope>`;
}

async function post(path: string, action: string, body: string, cookie?: string) {
	const headers: Record<string, string> = { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${action}"` };
	if (cookie) headers.Cookie = cookie;
	const response = await fetch(`${emulator.twentyFourSevenOfficeUrl}${path}`, { method: 'POST', headers, body: envelope(body) });
	return { status: response.status, body: await response.text() };
}

async function logIn(): Promise<string> {
	const answer = await post(
		'/authenticate/v001/authenticate.asmx',
		`${TSO}/Login`,
		`<Login xmlns="${TSO}"><credential><ApplicationId>${tsoDemo.applicationId}</ApplicationId><IdentityId>${tsoDemo.identityId}</IdentityId><Username>${tsoDemo.username}</Username><Password>${tsoDemo.password}</Password></credential></Login>`,
	);
	return `ASP.NET_SessionId=${/<LoginResult>(\w+)<\/LoginResult>/.exec(answer.body)?.[1]}`;
}

const getCompanies = (inner: string) => `<GetCompanies xmlns="${TSO}">${inner}</GetCompanies>`;

describe('CompanyService', () => {
	it('answers GetCompanies only with the session cookie, with the asked properties only', async () => {
		const request = getCompanies('<searchParams><ChangedAfter>2026-01-01</ChangedAfter></searchParams><returnProperties><string>Id</string><string>Name</string></returnProperties>');
		const without = await post(COMPANY, `${TSO}/GetCompanies`, request);
		expect(without.status).toBe(500);
		expect(without.body).toContain(TSO_NOT_AUTHENTICATED);

		const answer = await post(COMPANY, `${TSO}/GetCompanies`, request, await logIn());
		expect(answer.status).toBe(200);
		expect(answer.body).toContain(`<GetCompaniesResponse xmlns="${TSO}">`);
		expect(answer.body).toMatch(/<Company>\s*<Id>2<\/Id>\s*<Name>Fjord &amp; Fjell &lt;Consult&gt;<\/Name>\s*<\/Company>/);
		expect(answer.body).not.toContain('Demo Company AS');
		expect(answer.body).not.toContain('<Country>');
	});

	it('faults on GetCompanies without returnProperties, and on a date XmlSerializer cannot read', async () => {
		const cookie = await logIn();
		const missing = await post(COMPANY, `${TSO}/GetCompanies`, getCompanies('<searchParams />'), cookie);
		expect(missing.body).toContain('Object reference not set to an instance of an object.');
		const badDate = await post(COMPANY, `${TSO}/GetCompanies`, getCompanies('<searchParams><ChangedAfter>yesterday</ChangedAfter></searchParams><returnProperties />'), cookie);
		expect(badDate.body).toContain('The string &apos;yesterday&apos; is not a valid AllXsd value.');
	});

	it('saves companies and puts an APIException on each one it refuses', async () => {
		const cookie = await logIn();
		const answer = await post(
			COMPANY,
			`${TSO}/SaveCompanies`,
			`<SaveCompanies xmlns="${TSO}"><companies><Company><Name>New AS</Name><Type>Business</Type></Company><Company><Name></Name></Company><Company><Id>99</Id><Name>Ghost</Name></Company></companies></SaveCompanies>`,
			cookie,
		);
		expect(answer.status).toBe(200);
		expect(answer.body).toMatch(/<Company>\s*<Id>4<\/Id>\s*<Name>New AS<\/Name>/);
		expect(answer.body).toMatch(/<Company>\s*<APIException>\s*<Type>ValidationException<\/Type>\s*<Message>Name is required<\/Message>/);
		expect(answer.body).toContain('<Message>Company with Id 99 does not exist</Message>');
		const read = await post(COMPANY, `${TSO}/GetCompanies`, getCompanies('<searchParams><CompanyName>new</CompanyName></searchParams><returnProperties><string>Id</string></returnProperties>'), cookie);
		expect(read.body).toMatch(/<GetCompaniesResult>\s*<Company>\s*<Id>4<\/Id>\s*<\/Company>\s*<\/GetCompaniesResult>/);
	});
});

const bundle = (entries: string) =>
	`<SaveBundleList xmlns="${TSO}"><BundleList><Bundles><Bundle><YearId>2026</YearId><Vouchers><Voucher><TransactionNo>1001</TransactionNo><Entries>${entries}</Entries><Sort>1</Sort></Voucher></Vouchers><Name>Sales</Name></Bundle></Bundles><SaveOption>0</SaveOption></BundleList></SaveBundleList>`;
const entry = (accountNo: number, amount: string) => `<Entry><AccountNo>${accountNo}</AccountNo><Date>2026-11-20T00:00:00</Date><Amount>${amount}</Amount></Entry>`;

describe('AccountService', () => {
	it('answers SaveBundleList without a session with Type NotAuthenticated in a 200 body', async () => {
		const answer = await post(ACCOUNT, `${TSO}/SaveBundleList`, bundle(entry(1500, '100') + entry(3000, '-100')));
		expect(answer.status).toBe(200);
		expect(answer.body).toMatch(/<SaveBundleListResult>\s*<Type>NotAuthenticated<\/Type>/);
	});

	it('posts a balanced bundle, refuses an unbalanced one or an unknown account, and lists the accounts', async () => {
		const cookie = await logIn();
		const unbalanced = await post(ACCOUNT, `${TSO}/SaveBundleList`, bundle(entry(1500, '100') + entry(3000, '-90')), cookie);
		expect(unbalanced.body).toContain('<Type>NotSaved</Type>');
		expect(unbalanced.body).toContain('Voucher 1001 is not in balance (difference 10.00)');
		const unknown = await post(ACCOUNT, `${TSO}/SaveBundleList`, bundle(entry(1234, '100') + entry(3000, '-100')), cookie);
		expect(unknown.body).toContain('Account 1234 does not exist');
		const ok = await post(ACCOUNT, `${TSO}/SaveBundleList`, bundle(entry(1500, '125.50') + entry(3000, '-125.50')), cookie);
		expect(ok.body).toMatch(/<SaveBundleListResult>\s*<Type>Ok<\/Type>\s*<\/SaveBundleListResult>/);

		const accounts = await post(ACCOUNT, `${TSO}/GetAccountList`, `<GetAccountList xmlns="${TSO}" />`, cookie);
		expect(accounts.body).toMatch(/<AccountData>\s*<AccountId>11<\/AccountId>\s*<AccountNo>1500<\/AccountNo>/);
		expect((await post(ACCOUNT, `${TSO}/GetAccountList`, `<GetAccountList xmlns="${TSO}" />`)).status).toBe(500);

		const transactions = await post(
			TRANSACTION,
			`${TSO_ACCOUNTING_NS}GetTransactions`,
			`<GetTransactions xmlns="${TSO_ACCOUNTING_NS}"><searchParams><DateStart>2026-11-01</DateStart><DateEnd>2026-11-30</DateEnd></searchParams></GetTransactions>`,
			cookie,
		);
		expect(transactions.body).toContain(`<GetTransactionsResponse xmlns="${TSO_ACCOUNTING_NS}">`);
		expect(transactions.body.match(/<Transaction>/g)).toHaveLength(2);
		expect(transactions.body).toContain('<Amount>-125.50</Amount>');
	});

	it('refuses the namespace in the wrong case, as the real service does', async () => {
		const cookie = await logIn();
		const wrongAction = await post(TRANSACTION, `${TSO}/GetTransactions`, `<GetTransactions xmlns="${TSO}" />`, cookie);
		expect(wrongAction.body).toContain('Server did not recognize the value of HTTP Header SOAPAction');
		const wrongElement = await post(TRANSACTION, `${TSO_ACCOUNTING_NS}GetTransactions`, `<GetTransactions xmlns="${TSO}" />`, cookie);
		expect(wrongElement.body).toContain('was not expected');
	});
});
