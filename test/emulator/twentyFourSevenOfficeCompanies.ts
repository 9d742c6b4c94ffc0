/**
 * 24SevenOffice CompanyService's companies (customers): GetCompanies with its
 * search parameters and required returnProperties, SaveCompanies that creates
 * without an Id and updates with one, an APIException on each company it
 * refuses. Shapes from the service's WSDL.
 */
import type { TsoIdentity } from './seed';
import type { Reply } from './types';
import type { SoapCall } from './soap';
import { serverFault, soapFault, soapReply } from './soap';
import { apiException, mergeRecord, readRecord, renderRecord, textOf, Unreadable, utcText, type Shape, type StoredRecord } from './twentyFourSevenOfficeRecords';
import { child, element, type XmlOut } from './xml';

const NS = 'http://24sevenOffice.com/webservices';

/** XmlSerializer's null for an int with that default. */
export const NO_INT = '-2147483648';

const ADDRESS: Shape = { Street: 'string', State: 'string', PostalCode: 'string', PostalArea: 'string', Name: 'string', City: 'string', Country: 'string' };
const PHONE: Shape = { Description: 'string', Value: 'string' };
const EMAIL: Shape = { Description: 'string', Name: 'string', Value: 'string' };

/** The Company of the WSDL, in its order (Relations, Maps, Username and Password left out). */
export const COMPANY: Shape = {
	Id: 'int',
	ExternalId: 'string',
	OrganizationNumber: 'string',
	Name: 'string',
	FirstName: 'string',
	NickName: 'string',
	Addresses: { Post: ADDRESS, Delivery: ADDRESS, Visit: ADDRESS, Invoice: ADDRESS },
	PhoneNumbers: { Home: PHONE, Fax: PHONE, Mobile: PHONE, Primary: PHONE, Work: PHONE },
	EmailAddresses: { Home: EMAIL, Invoice: EMAIL, Primary: EMAIL, Work: EMAIL, Alternative: EMAIL },
	Url: 'string',
	Country: 'string',
	Note: 'string',
	InvoiceLanguage: 'string',
	Type: ['None', 'Lead', 'Consumer', 'Business', 'Supplier'],
	IncorporationDate: 'dateTime',
	DateCreated: 'dateTime',
	Status: 'int',
	PriceList: 'int',
	Owner: 'int',
	BankAccountNo: 'string',
	BankAccountType: 'string',
	BankAccountCountry: 'string',
	BankAccountBic: 'string',
	Discount: 'decimal',
	TypeGroup: 'int',
	DateChanged: 'dateTime',
	BlockInvoice: 'boolean',
	DistributionMethod: ['Unchanged', 'Print', 'EMail', 'ElectronicInvoice', 'Default'],
	PaymentTime: 'int',
	GlnNumber: 'string',
	VatNumber: 'string',
	Private: 'boolean',
};

const ENUM_NAMES = { Type: 'CompanyType', DistributionMethod: 'DistributionMethod' };

/** Customers each emulated client has besides its own company (Id 1). */
const SEED: Record<number, StoredRecord[]> = {
	2001: [
		{
			Id: '2',
			ExternalId: 'C-2',
			OrganizationNumber: '987654321',
			Name: 'Fjord & Fjell <Consult>',
			Addresses: {
				Post: { Street: 'Bryggen 5', PostalCode: '5003', City: 'Bergen' },
				Visit: { Street: 'Bryggen 5', PostalCode: '5003', City: 'Bergen', Country: 'NO' },
			},
			PhoneNumbers: { Primary: { Value: '+47 55 00 00 00' } },
			EmailAddresses: { Primary: { Value: 'post@fjordfjell.example' }, Invoice: { Value: 'faktura@fjordfjell.example' } },
			Country: 'NO',
			Type: 'Business',
			DateCreated: '2024-05-02T09:00:00',
			DateChanged: '2026-02-14T13:30:00',
		},
		{ Id: '3', Name: 'Kari Nordmann', Country: 'NO', Type: 'Consumer', DateCreated: '2025-01-10T08:00:00', DateChanged: '2026-03-01T08:00:00' },
	],
	2002: [{ Id: '2', Name: 'Second Client Customer AB', OrganizationNumber: '5561234567', Country: 'SE', Type: 'Business', DateChanged: '2026-01-20T10:00:00' }],
};

/** The client's CRM: its own company (Id 1, changed in 2025), then its customers. */
export function seedCompanies(identity: TsoIdentity): StoredRecord[] {
	const own: StoredRecord = { Id: '1', Name: identity.clientName, Country: 'NO', Type: 'Business', DateCreated: '2020-01-01T00:00:00', DateChanged: '2025-06-01T12:00:00' };
	return [own, ...(SEED[identity.clientId] ?? []).map((company) => structuredClone(company))];
}

export function companyService(call: SoapCall, companies: StoredRecord[]): Reply {
	try {
		return call.operation === 'GetCompanies' ? getCompanies(call, companies) : saveCompanies(call, companies);
	} catch (error) {
		if (error instanceof Unreadable) return unreadable(call, error.message);
		throw error;
	}
}

function getCompanies(call: SoapCall, companies: StoredRecord[]): Reply {
	const search = child(call.body, NS, 'searchParams');
	const properties = child(call.body, NS, 'returnProperties');
	// Both are dereferenced by the service; a missing one is a NullReferenceException.
	if (search === undefined || properties === undefined) return nullReference(call);
	const wanted = properties.children.filter((item) => item.local === 'string').map((item) => item.text.trim());
	const unknown = wanted.find((name) => !Object.hasOwn(COMPANY, name));
	if (unknown !== undefined) return serverFault(call.version, `Property '${unknown}' is not a valid return property for Company`);

	const params = readRecord(search, SEARCH, NS);
	const ids = child(search, NS, 'CompanyIds')?.children.map((item) => String(Number(item.text)));
	const name = textOf(params, 'CompanyName')?.toLowerCase();
	const changedAfter = textOf(params, 'ChangedAfter');
	const found = companies.filter(
		(company) =>
			(params.CompanyId === undefined || params.CompanyId === NO_INT || company.Id === params.CompanyId) &&
			(ids === undefined || ids.includes(textOf(company, 'Id') ?? '')) &&
			(!name || (textOf(company, 'Name') ?? '').toLowerCase().includes(name)) &&
			(params.ExternalId === undefined || company.ExternalId === params.ExternalId) &&
			(!params.OrganizationNumber || company.OrganizationNumber === params.OrganizationNumber) &&
			(!params.CompanyEmail || contactValues(company, 'EmailAddresses').includes(String(params.CompanyEmail).toLowerCase())) &&
			(!params.CompanyPhone || contactValues(company, 'PhoneNumbers').includes(String(params.CompanyPhone).toLowerCase())) &&
			(changedAfter === undefined || (textOf(company, 'DateChanged') ?? '') > changedAfter),
	);
	return result(call, [element('GetCompaniesResult', found.map((company) => element('Company', renderRecord(company, COMPANY, wanted))))]);
}

const SEARCH: Shape = {
	ExternalId: 'string',
	CompanyId: 'int',
	CompanyName: 'string',
	ChangedAfter: 'dateTime',
	CompanyEmail: 'string',
	CompanyPhone: 'string',
	OrganizationNumber: 'string',
};

function contactValues(company: StoredRecord, list: string): string[] {
	const entries = company[list];
	if (entries === undefined || typeof entries !== 'object' || Array.isArray(entries)) return [];
	return Object.values(entries).map((entry) => (textOf(entry as StoredRecord, 'Value') ?? '').toLowerCase());
}

/** Why the service refuses a company it can read, or undefined. */
function refusal(company: StoredRecord, existing: StoredRecord | undefined): string | undefined {
	if (company.Id !== undefined && company.Id !== NO_INT && existing === undefined) return `Company with Id ${String(company.Id)} does not exist`;
	const merged = existing ? { ...existing, ...company } : company;
	const name = (textOf(merged, 'Name') ?? '').trim();
	if (!name) return 'Name is required';
	if (name.length > 200) return 'Name can be at most 200 characters';
	if ((textOf(merged, 'FirstName') ?? '').length > 50) return 'FirstName can be at most 50 characters';
	if ((textOf(merged, 'OrganizationNumber') ?? '').length > 20) return 'OrganizationNumber can be at most 20 characters';
	const country = textOf(company, 'Country');
	if (country !== undefined && country !== '' && !/^[A-Z]{2}$/.test(country)) return `Country '${country}' is not a two-letter country code`;
	return undefined;
}

function saveCompanies(call: SoapCall, companies: StoredRecord[]): Reply {
	const list = child(call.body, NS, 'companies');
	if (list === undefined) return nullReference(call);
	// Every company is read before any is saved: one that cannot be read faults the whole call.
	const incoming = list.children.filter((node) => node.ns === NS && node.local === 'Company').map((item) => readRecord(item, COMPANY, NS, ENUM_NAMES));
	const saved: XmlOut[] = [];
	for (const company of incoming) {
		const id = company.Id === NO_INT ? undefined : textOf(company, 'Id');
		const existing = id === undefined ? undefined : companies.find((entry) => entry.Id === id);
		const problem = refusal(company, existing);
		if (problem !== undefined) {
			const echo = { Id: id ?? NO_INT, Name: textOf(company, 'Name') ?? '' };
			saved.push(element('Company', [apiException('ValidationException', problem), ...renderRecord(echo, COMPANY)]));
			continue;
		}
		const now = utcText(new Date().toISOString().slice(0, 19));
		const stamps = { DateChanged: now };
		let record: StoredRecord;
		if (existing) {
			record = mergeRecord(existing, { ...company, Id: existing.Id as string }, COMPANY);
			Object.assign(record, stamps);
			companies[companies.indexOf(existing)] = record;
		} else {
			const next = String(Math.max(0, ...companies.map((entry) => Number(entry.Id))) + 1);
			record = { Type: 'None', ...company, Id: next, DateCreated: now, ...stamps };
			companies.push(record);
		}
		saved.push(element('Company', renderRecord(record, COMPANY)));
	}
	return result(call, [element('SaveCompaniesResult', saved)]);
}

function unreadable(call: SoapCall, reason: string): Reply {
	return soapFault(call.version, { code: 'Client', message: `Server was unable to read request. ---> There is an error in XML document. ---> ${reason}` });
}

function nullReference(call: SoapCall): Reply {
	return serverFault(call.version, 'Object reference not set to an instance of an object.');
}

function result(call: SoapCall, children: XmlOut[]): Reply {
	return soapReply(call.version, element(`${call.operation}Response`, children, { xmlns: NS }));
}
