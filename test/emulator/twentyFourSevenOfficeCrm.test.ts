/** The emulated CompanyService, ProductService and PersonService, with hand-written SOAP. */
import { Emulator, startEmulator, tsoDemo } from './index';

const TSO = 'http://24sevenOffice.com/webservices';
const COMPANY = '/CRM/Company/V001/CompanyService.asmx';
const PRODUCT = '/Logistics/Product/V001/ProductService.asmx';
const PERSON = '/CRM/Contact/PersonService.asmx';

let emulator: Emulator;
beforeAll(async () => {
	emulator = await startEmulator();
});
afterAll(async () => await emulator.close());
beforeEach(() => emulator.reset());

async function post(path: string, operation: string, inner: string, cookie?: string) {
	const headers: Record<string, string> = { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${TSO}/${operation}"` };
	if (cookie) headers.Cookie = cookie;
	const body = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><${operation} xmlns="${TSO}">${inner}</${operation}></soap:Body></soap:Envelope>`;
	const response = await fetch(`${emulator.twentyFourSevenOfficeUrl}${path}`, { method: 'POST', headers, body });
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

describe('CompanyService', () => {
	it('faults on a value XmlSerializer cannot read, for the whole call: nothing of it is saved', async () => {
		const cookie = await logIn();
		const answer = await post(COMPANY, 'SaveCompanies', '<companies><Company><Name>Good AS</Name></Company><Company><Name>Bad AS</Name><Type>Partner</Type></Company></companies>', cookie);
		expect(answer.status).toBe(500);
		expect(answer.body).toContain('Instance validation error: &apos;Partner&apos; is not a valid value for CompanyType.');
		const read = await post(COMPANY, 'GetCompanies', '<searchParams><CompanyName>good</CompanyName></searchParams><returnProperties><string>Id</string></returnProperties>', cookie);
		expect(read.body).toMatch(/<GetCompaniesResult \/>/);
	});

	it('updates only what is sent, sub-record by sub-record', async () => {
		const cookie = await logIn();
		await post(COMPANY, 'SaveCompanies', '<companies><Company><Id>2</Id><Addresses><Visit><Street>Strandkaien 2</Street></Visit></Addresses></Company></companies>', cookie);
		const read = await post(COMPANY, 'GetCompanies', '<searchParams><CompanyId>2</CompanyId></searchParams><returnProperties><string>Name</string><string>Addresses</string></returnProperties>', cookie);
		expect(read.body).toContain('<Name>Fjord &amp; Fjell &lt;Consult&gt;</Name>');
		expect(read.body).toMatch(/<Post>\s*<Street>Bryggen 5<\/Street>/);
		expect(read.body).toMatch(/<Visit>\s*<Street>Strandkaien 2<\/Street>\s*<PostalCode>5003<\/PostalCode>/);
	});
});

describe('ProductService', () => {
	it('needs returnProperties, knows only Product properties, and reads DateChanged as changed after', async () => {
		const cookie = await logIn();
		expect((await post(PRODUCT, 'GetProducts', '<searchParams />', cookie)).body).toContain('Object reference not set to an instance of an object.');
		expect((await post(PRODUCT, 'GetProducts', '<searchParams /><returnProperties><string>Unit</string></returnProperties>', cookie)).body).toContain(
			'Property &apos;Unit&apos; is not a valid return property for Product',
		);
		const changed = await post(PRODUCT, 'GetProducts', '<searchParams><DateChanged>2026-02-01T09:15:00</DateChanged></searchParams><returnProperties><string>Id</string></returnProperties>', cookie);
		expect(changed.body).toMatch(/<GetProductsResult>\s*<Product>\s*<Id>3<\/Id>\s*<\/Product>\s*<\/GetProductsResult>/);
	});

	it('saves products with an Id each and refuses one without a known category with an APIException in the WSDL place', async () => {
		const cookie = await logIn();
		const answer = await post(PRODUCT, 'SaveProducts', '<products><Product><Name>Telt</Name><CategoryId>2</CategoryId><Price>3999.00</Price></Product><Product><Name>Ukjent</Name><CategoryId>7</CategoryId></Product></products>', cookie);
		expect(answer.status).toBe(200);
		expect(answer.body).toMatch(/<Product>\s*<Id>4<\/Id>\s*<Name>Telt<\/Name>/);
		expect(answer.body).toMatch(/<CategoryId>7<\/CategoryId>\s*<APIException>\s*<Type>ValidationException<\/Type>\s*<Message>CategoryId 7 does not exist<\/Message>/);
		expect((await post(PRODUCT, 'GetCategories', '<returnProperties><string>Id</string></returnProperties>', cookie)).body).toMatch(/<Category>\s*<Id>1<\/Id>\s*<Name>Tjenester<\/Name>/);
	});
});

describe('PersonService', () => {
	it('answers only with the session cookie and leaves employees out when asked', async () => {
		expect((await post(PERSON, 'GetPersons', '<personSearch />')).status).toBe(500);
		const cookie = await logIn();
		const contacts = await post(PERSON, 'GetPersons', '<personSearch><IsEmployee>False</IsEmployee></personSearch>', cookie);
		expect(contacts.body.match(/<PersonItem>/g)).toHaveLength(2);
		expect(contacts.body).not.toContain('<FirstName>Ola</FirstName>');
	});

	it('saves one person per call, answers its Id, replaces a person with what is sent, and refuses employees', async () => {
		const cookie = await logIn();
		const created = await post(PERSON, 'SavePerson', '<personItem><FirstName>Kari</FirstName><CustomerId>2</CustomerId></personItem>', cookie);
		expect(created.body).toContain('<SavePersonResult>4</SavePersonResult>');
		const replaced = await post(PERSON, 'SavePerson', '<personItem><Id>2</Id><FirstName>Ingrid</FirstName><LastName>Fjell</LastName></personItem>', cookie);
		expect(replaced.body).toContain('<SavePersonResult>2</SavePersonResult>');
		const read = await post(PERSON, 'GetPersons', '<personSearch><Id>2</Id></personSearch>', cookie);
		expect(read.body).not.toContain('<EmailAddresses>');
		expect(read.body).not.toContain('<CustomerId>');
		const employee = await post(PERSON, 'SavePerson', '<personItem><Id>1</Id><FirstName>Ola</FirstName></personItem>', cookie);
		expect(employee.status).toBe(500);
		expect(employee.body).toContain('SavePerson does not save employees');
		expect((await post(PERSON, 'SavePerson', '<personItem><FirstName>X</FirstName><CustomerId>99</CustomerId></personItem>', cookie)).body).toContain('CustomerId 99: no company has this Id');
	});
});
