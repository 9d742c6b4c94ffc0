/** The emulated InvoiceService and AccountService's tax codes, with hand-written SOAP: the faults and refusals the nodes' tests do not reach. */
import { Emulator, startEmulator, tsoDemo } from './index';

const TSO = 'http://24sevenOffice.com/webservices';
const INVOICE = '/Economy/InvoiceOrder/V001/InvoiceService.asmx';
const ACCOUNT = '/Economy/Account/V004/Accountservice.asmx';

let emulator: Emulator;
beforeAll(async () => {
	emulator = await startEmulator();
});
afterAll(async () => await emulator.close());
beforeEach(() => emulator.reset());

async function post(path: string, operation: string, body: string, cookie?: string) {
	const headers: Record<string, string> = { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${TSO}/${operation}"` };
	if (cookie) headers.Cookie = cookie;
	const envelope = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><${operation} xmlns="${TSO}">${body}</${operation}></soap:Body></soap:Envelope>`;
	const response = await fetch(`${emulator.twentyFourSevenOfficeUrl}${path}`, { method: 'POST', headers, body: envelope });
	return { status: response.status, body: await response.text() };
}

async function logIn(): Promise<string> {
	const answer = await post(
		'/authenticate/v001/authenticate.asmx',
		'Login',
		`<credential><ApplicationId>${tsoDemo.applicationId}</ApplicationId><IdentityId>${tsoDemo.identityId}</IdentityId><Username>${tsoDemo.username}</Username><Password>${tsoDemo.password}</Password></credential>`,
	);
	return `ASP.NET_SessionId=${/<LoginResult>(\w+)<\/LoginResult>/.exec(answer.body)?.[1]}`;
}

const properties = '<invoiceReturnProperties><string>OrderId</string><string>OrderStatus</string></invoiceReturnProperties>';

describe('InvoiceService', () => {
	it('answers only with the session cookie, and needs both property lists', async () => {
		expect((await post(INVOICE, 'GetInvoices', `<searchParams/>${properties}<rowReturnProperties/>`)).status).toBe(500);
		const cookie = await logIn();
		const missing = await post(INVOICE, 'GetInvoices', `<searchParams/>${properties}`, cookie);
		expect(missing.status).toBe(500);
		expect(missing.body).toContain('Object reference not set to an instance of an object.');
		const unknown = await post(INVOICE, 'GetInvoices', `<searchParams/><invoiceReturnProperties><string>Colour</string></invoiceReturnProperties><rowReturnProperties/>`, cookie);
		expect(unknown.body.replace(/&apos;/g, "'")).toContain("Property 'Colour' is not a valid return property");
	});

	it('answers the asked properties only, without rows when no row property is asked for', async () => {
		const cookie = await logIn();
		const answer = await post(INVOICE, 'GetInvoices', `<searchParams><OrderIds><int>102</int></OrderIds></searchParams>${properties}<rowReturnProperties/>`, cookie);
		expect(answer.body).toMatch(/<GetInvoicesResult>\s*<InvoiceOrder>\s*<OrderId>102<\/OrderId>\s*<OrderStatus>Invoiced<\/OrderStatus>\s*<\/InvoiceOrder>\s*<\/GetInvoicesResult>/);
	});

	it('refuses a whole SaveInvoices whose status is not an OrderSlipStateType, and saves nothing', async () => {
		const cookie = await logIn();
		const answer = await post(INVOICE, 'SaveInvoices', '<invoices><InvoiceOrder><CustomerId>2</CustomerId></InvoiceOrder><InvoiceOrder><CustomerId>2</CustomerId><OrderStatus>Paid</OrderStatus></InvoiceOrder></invoices>', cookie);
		expect(answer.status).toBe(500);
		expect(answer.body.replace(/&apos;/g, "'")).toContain("Instance validation error: 'Paid' is not a valid value for OrderSlipStateType.");
		const all = await post(INVOICE, 'GetInvoices', `<searchParams/>${properties}<rowReturnProperties/>`, cookie);
		expect(all.body.match(/<InvoiceOrder>/g)).toHaveLength(3);
	});

	it('puts an APIException on each refused order and saves the others', async () => {
		const cookie = await logIn();
		const answer = await post(
			INVOICE,
			'SaveInvoices',
			'<invoices><InvoiceOrder><CustomerId>77</CustomerId></InvoiceOrder><InvoiceOrder><CustomerId>3</CustomerId><InvoiceRows><InvoiceRow><ProductId>3</ProductId><Quantity>2</Quantity></InvoiceRow></InvoiceRows></InvoiceOrder></invoices>',
			cookie,
		);
		expect(answer.status).toBe(200);
		expect(answer.body).toMatch(/<InvoiceOrder>\s*<APIException>\s*<Type>ValidationException<\/Type>\s*<Message>Customer with Id 77 does not exist<\/Message>/);
		// The map's own price (249) and VAT rate (15 %) when the row gives none.
		expect(answer.body).toMatch(/<OrderId>104<\/OrderId>[\s\S]*<OrderStatus>Web<\/OrderStatus>[\s\S]*<OrderTotalIncVat>572.70<\/OrderTotalIncVat>\s*<OrderTotalVat>74.70<\/OrderTotalVat>/);
	});
});

describe('AccountService tax codes', () => {
	it('lists the tax codes with their rates, and refuses a voucher line with an unknown one', async () => {
		const cookie = await logIn();
		const codes = await post(ACCOUNT, 'GetTaxCodeList', '', cookie);
		expect(codes.body).toMatch(/<TaxCodeElement>\s*<TaxId>103<\/TaxId>\s*<TaxNo>3<\/TaxNo>\s*<TaxName>Utgående mva, høy sats<\/TaxName>\s*<TaxRate>25<\/TaxRate>\s*<AccountNo>2700<\/AccountNo>/);
		const entry = (account: number, amount: string, tax = '') => `<Entry><AccountNo>${account}</AccountNo><Date>2026-05-05</Date><Amount>${amount}</Amount>${tax}</Entry>`;
		const bundle = `<BundleList><Bundles><Bundle><YearId>2026</YearId><Vouchers><Voucher><TransactionNo>3</TransactionNo><Entries>${entry(1500, '10')}${entry(3000, '-10', '<TaxNo>9</TaxNo>')}</Entries></Voucher></Vouchers></Bundle></Bundles></BundleList>`;
		const refused = await post(ACCOUNT, 'SaveBundleList', bundle, cookie);
		expect(refused.body).toContain('<Type>NotSaved</Type>');
		expect(refused.body).toContain('Tax code 9 does not exist (voucher 3)');
	});
});
