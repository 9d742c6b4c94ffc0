/**
 * 24SevenOffice PersonService on the webservices host: GetPersons with its
 * personSearch, and SavePerson, which saves one person per call and answers
 * its Id (a long): no Id creates, an Id replaces that person with what was
 * sent. Employees cannot be saved there. It has no APIException: a refusal
 * is a SOAP fault. Shapes from the service's WSDL.
 */
import type { Reply } from './types';
import type { SoapCall } from './soap';
import { serverFault, soapFault, soapReply } from './soap';
import { readRecord, renderRecord, textOf, Unreadable, utcText, type Shape, type StoredRecord } from './twentyFourSevenOfficeRecords';
import { child, element, leaf, type XmlOut } from './xml';

const NS = 'http://24sevenOffice.com/webservices';

const ADDRESS: Shape = {
	City: 'string',
	Country: 'string',
	County: 'string',
	Description: 'string',
	PostalArea: 'string',
	PostalCode: 'string',
	State: 'string',
	Street: 'string',
	Type: ['Post'],
};

/** The PersonItem of the WSDL, in its order (RelationData left out). */
export const PERSON: Shape = {
	Comment: 'string',
	ConsumerPersonNo: 'string',
	Country: 'string',
	CustomerId: 'int',
	DateRegistered: 'dateTime',
	DateChanged: 'dateTime',
	DateOfBirth: 'dateTime',
	Department: 'string',
	EmailAddresses: { entry: 'EmailAddress', of: { Description: 'string', Type: ['Home', 'Primary', 'Alternative'], Value: 'string' } },
	EmployeeNumber: 'int',
	FaxNumber: { Description: 'string', Type: ['Primary'], Value: 'string' },
	FirstName: 'string',
	Gender: ['NoChange', 'Unknown', 'Female', 'Male'],
	Id: 'long',
	LastName: 'string',
	Nickname: 'string',
	PersonalStatus: 'string',
	PhoneNumbers: { entry: 'PhoneNumber', of: { Description: 'string', Type: ['Primary', 'Mobile'], Value: 'string' } },
	PostAddress: ADDRESS,
	Url: 'string',
	WebPassword: 'string',
	WebUserName: 'string',
	Workplace: 'string',
	WorkPosition: 'string',
	IsPrivate: 'boolean',
	HourCost: 'decimal',
	EmployeeId: 'int',
};

const ENUM_NAMES = { Type: 'EmailAddressType', Gender: 'Gender' };

const SEARCH: Shape = {
	ChangedAfter: 'dateTime',
	ConsumerPersonNo: 'string',
	CustomerId: 'long',
	Email: 'string',
	EmployeeId: 'int',
	GetRelationData: 'boolean',
	Id: 'long',
	IsEmployee: ['none', 'True', 'False'],
	Name: 'string',
	Role: 'string',
	Phone: 'string',
};

/** The persons every emulated client starts with: an employee, then contacts of customers 2 and 3. */
export function seedPersons(): StoredRecord[] {
	return [
		{ Id: '1', FirstName: 'Ola', LastName: 'Nordmann', EmployeeId: '1', EmployeeNumber: '1', DateRegistered: '2020-01-01T00:00:00', DateChanged: '2025-01-01T00:00:00' },
		{
			Id: '2',
			FirstName: 'Ingrid',
			LastName: 'Fjell',
			CustomerId: '2',
			EmailAddresses: [{ Type: 'Primary', Value: 'ingrid@fjordfjell.example' }],
			PhoneNumbers: [{ Type: 'Mobile', Value: '+47 911 11 111' }],
			PostAddress: { Street: 'Bryggen 5', PostalCode: '5003', City: 'Bergen', Type: 'Post' },
			WorkPosition: 'Innkjøpssjef',
			WebUserName: 'ingrid',
			WebPassword: 'portal-secret-2',
			DateRegistered: '2024-05-02T09:05:00',
			DateChanged: '2026-02-20T10:00:00',
		},
		{ Id: '3', FirstName: 'Per', LastName: 'Hansen', CustomerId: '3', DateRegistered: '2025-01-10T08:10:00', DateChanged: '2026-03-02T07:45:00' },
	];
}

export function personService(call: SoapCall, persons: StoredRecord[], companyExists: (id: string) => boolean): Reply {
	try {
		return call.operation === 'GetPersons' ? getPersons(call, persons) : savePerson(call, persons, companyExists);
	} catch (error) {
		if (error instanceof Unreadable) {
			return soapFault(call.version, { code: 'Client', message: `Server was unable to read request. ---> There is an error in XML document. ---> ${error.message}` });
		}
		throw error;
	}
}

function values(person: StoredRecord, list: string): string[] {
	const entries = person[list];
	return Array.isArray(entries) ? entries.map((entry) => (textOf(entry, 'Value') ?? '').toLowerCase()) : [];
}

function getPersons(call: SoapCall, persons: StoredRecord[]): Reply {
	const search = child(call.body, NS, 'personSearch');
	if (search === undefined) return serverFault(call.version, 'Object reference not set to an instance of an object.');
	const params = readRecord(search, SEARCH, NS);
	const set = (name: string) => params[name] !== undefined && params[name] !== '0' && params[name] !== '';
	const name = textOf(params, 'Name')?.toLowerCase();
	const employee = textOf(params, 'IsEmployee') ?? 'none';
	const found = persons.filter(
		(person) =>
			(!set('Id') || person.Id === params.Id) &&
			(!set('CustomerId') || person.CustomerId === params.CustomerId) &&
			(!set('Email') || values(person, 'EmailAddresses').includes(String(params.Email).toLowerCase())) &&
			(!set('Phone') || values(person, 'PhoneNumbers').includes(String(params.Phone).toLowerCase())) &&
			(!name || `${textOf(person, 'FirstName') ?? ''} ${textOf(person, 'LastName') ?? ''}`.toLowerCase().includes(name)) &&
			(employee === 'none' || (employee === 'True') === (person.EmployeeId !== undefined)) &&
			(!set('ChangedAfter') || (textOf(person, 'DateChanged') ?? '') > String(params.ChangedAfter)),
	);
	return result(call, [element('GetPersonsResult', found.map((person) => element('PersonItem', renderRecord(person, PERSON))))]);
}

function savePerson(call: SoapCall, persons: StoredRecord[], companyExists: (id: string) => boolean): Reply {
	const item = child(call.body, NS, 'personItem');
	if (item === undefined) return serverFault(call.version, 'Object reference not set to an instance of an object.');
	const person = readRecord(item, PERSON, NS, ENUM_NAMES);
	const id = person.Id === undefined || person.Id === '0' ? undefined : String(person.Id);
	const existing = id === undefined ? undefined : persons.find((entry) => entry.Id === id);
	if (id !== undefined && existing === undefined) return serverFault(call.version, `Person with Id ${id} does not exist`);
	if (existing?.EmployeeId !== undefined) return serverFault(call.version, `Person ${id} is an employee: SavePerson does not save employees`);
	if (!(textOf(person, 'FirstName') ?? '').trim() && !(textOf(person, 'LastName') ?? '').trim()) {
		return serverFault(call.version, 'A person needs a FirstName or a LastName');
	}
	const customerId = textOf(person, 'CustomerId');
	if (customerId !== undefined && customerId !== '-2147483648' && !companyExists(customerId)) {
		return serverFault(call.version, `CustomerId ${customerId}: no company has this Id`);
	}
	const now = utcText(new Date().toISOString().slice(0, 19));
	// What was sent is the person: fields left out are empty afterwards, as XmlSerializer leaves them null.
	const record: StoredRecord = { ...person, DateRegistered: textOf(existing, 'DateRegistered') ?? now, DateChanged: now };
	delete record.EmployeeId;
	if (existing) {
		record.Id = existing.Id;
		persons[persons.indexOf(existing)] = record;
	} else {
		record.Id = String(Math.max(0, ...persons.map((entry) => Number(entry.Id))) + 1);
		persons.push(record);
	}
	return result(call, [leaf('SavePersonResult', String(record.Id))]);
}

function result(call: SoapCall, children: XmlOut[]): Reply {
	return soapReply(call.version, element(`${call.operation}Response`, children, { xmlns: NS }));
}
