/**
 * 24SevenOffice Customer run by n8n's workflow engine against the emulator
 * over HTTP: Get, Get Many, Create and Update, their errors per item, the
 * requests they make, and the customer list of the resource locator.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { searchCustomers } from '../../nodes/TwentyFourSevenOffice/methods/listSearch';
import { tsoDemo } from '../emulator';
import { useEmulator, visibleText } from './harness';
import { asList, credentialStore, editorContext, NODE, requestsOf, runNode, sentRequest, storedSessionId } from './tsoTestKit';

const emulator = useEmulator({ loginsBeforeThrottle: 50 });
const TSO = 'http://24sevenOffice.com/webservices';

const counts = () => emulator().counts()['24sevenoffice'] ?? {};
const customer = (parameters: INodeParameters): INodeParameters => ({ resource: 'customer', ...parameters });
const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

/** Customer 2 of the demo client, as written by hand from the emulator's seed and the vendor's Company type. */
const FJORD_FJELL = {
	Id: 2,
	ExternalId: 'C-2',
	OrganizationNumber: '987654321',
	Name: 'Fjord & Fjell <Consult>',
	Type: 'Business',
	Addresses: {
		Post: { Street: 'Bryggen 5', PostalCode: '5003', City: 'Bergen' },
		Visit: { Street: 'Bryggen 5', PostalCode: '5003', City: 'Bergen', Country: 'NO' },
	},
	PhoneNumbers: { Primary: { Value: '+47 55 00 00 00' } },
	EmailAddresses: { Primary: { Value: 'post@fjordfjell.example' }, Invoice: { Value: 'faktura@fjordfjell.example' } },
	Country: 'NO',
	DateCreated: '2024-05-02T09:00:00Z',
	DateChanged: '2026-02-14T13:30:00Z',
};

describe('Customer → Get Many', () => {
	it('asks CompanyService for every property it puts out and gives one typed item per customer', async () => {
		const store = credentialStore(emulator());
		const run = await runNode(store, customer({ operation: 'getMany', returnAll: true }));
		expect(run.error).toBeUndefined();
		const output = run.json(NODE);
		expect(output.map((json) => json.Id)).toEqual([1, 2, 3]);
		expect(output[1]).toEqual(FJORD_FJELL);
		expect(output[2]).toEqual({ Id: 3, Name: 'Kari Nordmann', Type: 'Consumer', Country: 'NO', DateCreated: '2025-01-10T08:00:00Z', DateChanged: '2026-03-01T08:00:00Z' });

		const [request] = requestsOf(emulator(), 'GetCompanies');
		expect(request.path).toBe('/CRM/Company/V001/CompanyService.asmx');
		expect(request.headers.soapaction).toBe(`"${TSO}/GetCompanies"`);
		const sent = sentRequest(request);
		expect(sent.searchParams).toBe('');
		const properties = asList((sent.returnProperties as IDataObject).string);
		expect(properties).toEqual(expect.arrayContaining(['Id', 'Name', 'Type', 'OrganizationNumber', 'Addresses', 'PhoneNumbers', 'EmailAddresses', 'DateChanged']));
		// The web-portal password of a company is never asked for.
		expect(properties).not.toContain('Password');
		expect(counts()).toEqual({ Login: 1, GetCompanies: 1 });
	});

	it.each([
		['changed after a time in another zone, sent in UTC', { changedAfter: '2026-02-14T14:00:00+01:00' }, { ChangedAfter: '2026-02-14T13:00:00' }, [2, 3]],
		['changed after a date', { changedAfter: '2026-02-15' }, { ChangedAfter: '2026-02-15T00:00:00' }, [3]],
		['a part of the name', { name: 'fjord' }, { CompanyName: 'fjord' }, [2]],
		['the organization number', { organizationNumber: '987654321' }, { OrganizationNumber: '987654321' }, [2]],
		['the external ID', { externalId: 'C-2' }, { ExternalId: 'C-2' }, [2]],
		['an email address', { email: 'faktura@fjordfjell.example' }, { CompanyEmail: 'faktura@fjordfjell.example' }, [2]],
		['nothing that matches', { name: 'nobody' }, { CompanyName: 'nobody' }, []],
	])('filters by %s', async (_what, filters, searchParams, ids) => {
		const run = await runNode(credentialStore(emulator()), customer({ operation: 'getMany', returnAll: true, filters }));
		expect(run.error).toBeUndefined();
		expect(run.json(NODE).map((json) => json.Id)).toEqual(ids);
		expect(sentRequest(requestsOf(emulator(), 'GetCompanies')[0]).searchParams).toEqual(searchParams);
	});

	it('puts out at most Limit customers, for each input item', async () => {
		const run = await runNode(credentialStore(emulator()), customer({ operation: 'getMany', returnAll: false, limit: 2 }), [{}, {}]);
		expect(run.json(NODE).map((json) => json.Id)).toEqual([1, 2, 1, 2]);
		expect(run.output(NODE).map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }]);
		expect(counts()).toEqual({ Login: 1, GetCompanies: 2 });
	});

	it('refuses a Changed After that is no date before sending anything', async () => {
		const run = await runNode(credentialStore(emulator()), customer({ operation: 'getMany', filters: { changedAfter: 'last week' } }));
		expect(run.error?.message).toBe('Changed After is not a date');
		expect(counts()).toEqual({});
	});
});

describe('Customer → Get', () => {
	it('gets one customer by ID in the same shape as Get Many', async () => {
		const run = await runNode(credentialStore(emulator()), customer({ operation: 'get', customer: byId(2) }));
		expect(run.json(NODE)).toEqual([FJORD_FJELL]);
		expect(sentRequest(requestsOf(emulator(), 'GetCompanies')[0]).searchParams).toEqual({ CompanyId: '2' });
	});

	it('says when no customer has the ID; with Continue On Fail the other items go on', async () => {
		const run = await runNode(
			credentialStore(emulator()),
			customer({ operation: 'get', customer: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }),
			[{ id: 99 }, { id: 3 }, { id: 'abc' }],
			true,
		);
		const output = run.json(NODE);
		expect(output[0]).toEqual({ error: '24SevenOffice has no customer with ID 99', details: expect.stringContaining('Customer → Get Many lists the customers') });
		expect(output[1]).toEqual(expect.objectContaining({ Id: 3, Name: 'Kari Nordmann' }));
		expect(output[2].error).toBe('"abc" is not a customer ID');
		expect(run.output(NODE).map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(counts().GetCompanies).toBe(2);
	});
});

const NEW_CUSTOMER: INodeParameters = {
	operation: 'create',
	name: 'Nordlys & Co AS',
	customerType: 'Business',
	addresses: {
		post: { street: 'Postboks 12', postalCode: '0101', city: 'Oslo' },
		invoice: { street: 'Storgata 1', postalCode: '0155', city: 'Oslo', country: 'NO' },
	},
	phoneNumbers: { primary: { value: '+47 22 00 00 00' }, mobile: { value: '+47 900 00 000' } },
	emailAddresses: { invoice: { value: 'faktura@nordlys.example' } },
	additionalFields: { organizationNumber: '912345678', externalId: 'CRM-77', country: 'NO', moreFields: '{"PaymentTime": 14, "Note": "Key account"}' },
};

describe('Customer → Create', () => {
	it('sends a Company shaped as the WSDL says and puts out the saved customer with its new ID', async () => {
		const store = credentialStore(emulator());
		const run = await runNode(store, customer(NEW_CUSTOMER));
		expect(run.error).toBeUndefined();
		const [saved] = run.json(NODE);
		expect(saved).toEqual({
			Id: 4,
			ExternalId: 'CRM-77',
			OrganizationNumber: '912345678',
			Name: 'Nordlys & Co AS',
			Type: 'Business',
			Addresses: { Post: { Street: 'Postboks 12', PostalCode: '0101', City: 'Oslo' }, Invoice: { Street: 'Storgata 1', PostalCode: '0155', City: 'Oslo', Country: 'NO' } },
			PhoneNumbers: { Mobile: { Value: '+47 900 00 000' }, Primary: { Value: '+47 22 00 00 00' } },
			EmailAddresses: { Invoice: { Value: 'faktura@nordlys.example' } },
			Country: 'NO',
			Note: 'Key account',
			PaymentTime: 14,
			DateCreated: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
			DateChanged: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
		});
		const sent = sentRequest(requestsOf(emulator(), 'SaveCompanies')[0]);
		expect(sent).toEqual({
			companies: {
				Company: {
					ExternalId: 'CRM-77',
					OrganizationNumber: '912345678',
					Name: 'Nordlys & Co AS',
					Addresses: { Post: { Street: 'Postboks 12', PostalCode: '0101', City: 'Oslo' }, Invoice: { Street: 'Storgata 1', PostalCode: '0155', City: 'Oslo', Country: 'NO' } },
					PhoneNumbers: { Primary: { Value: '+47 22 00 00 00' }, Mobile: { Value: '+47 900 00 000' } },
					EmailAddresses: { Invoice: { Value: 'faktura@nordlys.example' } },
					Country: 'NO',
					Type: 'Business',
					PaymentTime: '14',
					Note: 'Key account',
				},
			},
		});
		// Read back by Get, it is the same customer in the same shape.
		const read = await runNode(store, customer({ operation: 'get', customer: byId(4) }));
		expect(read.json(NODE)).toEqual([saved]);
		expect(counts()).toEqual({ Login: 1, SaveCompanies: 1, GetCompanies: 1 });
	});

	it('creates 100 customers with two SaveCompanies calls of 50 and one log-in, each output paired with its item', async () => {
		const items = Array.from({ length: 100 }, (_, index) => ({ name: `Kunde ${index + 1}` }));
		const run = await runNode(credentialStore(emulator()), customer({ operation: 'create', name: '={{ $json.name }}' }), items);
		expect(run.error).toBeUndefined();
		expect(counts()).toEqual({ Login: 1, SaveCompanies: 2 });
		const calls = requestsOf(emulator(), 'SaveCompanies').map((request) => asList((sentRequest(request).companies as IDataObject).Company as IDataObject[]));
		expect(calls.map((companies) => companies.length)).toEqual([50, 50]);
		expect(calls.flat().map((company) => company.Name)).toEqual(items.map((item) => item.name));
		const output = run.output(NODE);
		expect(output.map((item) => [item.json.Id, item.json.Name, item.pairedItem])).toEqual(items.map((item, index) => [index + 4, item.name, { item: index }]));
	});

	it('fails only the items 24SevenOffice refuses, saying which field, value and what to do; the others are saved once', async () => {
		const store = credentialStore(emulator());
		const items = [
			{ name: 'Good AS', org: '' },
			{ name: 'Long Number AS', org: '123456789012345678901' },
			{ name: '', org: '' },
			{ name: 'Also Good AS', org: '' },
		];
		const run = await runNode(
			store,
			customer({ operation: 'create', name: '={{ $json.name }}', additionalFields: { organizationNumber: '={{ $json.org }}' } }),
			items,
			true,
		);
		const output = run.json(NODE);
		expect(output[0]).toEqual(expect.objectContaining({ Id: 4, Name: 'Good AS' }));
		expect(output[1]).toEqual({
			error: '24SevenOffice refused the customer in SaveCompanies: OrganizationNumber can be at most 20 characters',
			details:
				'The message concerns OrganizationNumber (from the node\'s "Organization Number" field), which was sent as "123456789012345678901". This customer was not saved; the other items are not affected. Correct the value as the message says, then run this item again. (24SevenOffice error type: ValidationException)',
		});
		expect(output[2]).toEqual({ error: 'The customer has no name', details: 'Fill in Name: a company name, or the last name of a consumer.' });
		expect(output[3]).toEqual(expect.objectContaining({ Id: 5, Name: 'Also Good AS' }));
		// One call, without the item that had no name.
		expect(counts()).toEqual({ Login: 1, SaveCompanies: 1 });
		expect(asList((sentRequest(requestsOf(emulator(), 'SaveCompanies')[0]).companies as IDataObject).Company as IDataObject[]).map((company) => company.Name)).toEqual([
			'Good AS',
			'Long Number AS',
			'Also Good AS',
		]);
		const text = visibleText(run, NODE);
		expect(text).not.toContain(tsoDemo.password);
		expect(text).not.toContain(storedSessionId(store));
	});

	it('without Continue On Fail, stops at the first refused item and names it', async () => {
		const run = await runNode(
			credentialStore(emulator()),
			customer({ operation: 'create', name: '={{ $json.name }}', additionalFields: { country: '={{ $json.country }}' } }),
			[{ name: 'A AS', country: 'NO' }, { name: 'B AS', country: 'Norway' }],
		);
		expect(run.error?.message).toBe("24SevenOffice refused the customer in SaveCompanies: Country 'Norway' is not a two-letter country code");
		expect(run.error?.description).toContain('the node\'s "Country" field), which was sent as "Norway"');
		expect(run.error?.context?.itemIndex).toBe(1);
	});

	it('refuses More Fields that are not JSON or set a field the node sets, for that item only', async () => {
		const run = await runNode(
			credentialStore(emulator()),
			customer({ operation: 'create', name: 'X AS', additionalFields: { moreFields: '={{ $json.more }}' } }),
			[{ more: '{"Name": "Y"}' }, { more: '{oops' }, { more: '{"Url": "https://x.example"}' }],
			true,
		);
		const output = run.json(NODE);
		expect(output[0].error).toBe("More Fields sets Name, which the node's own fields already set");
		expect(output[1].error).toBe('More Fields is not valid JSON');
		expect(output[2]).toEqual(expect.objectContaining({ Name: 'X AS', Url: 'https://x.example' }));
		expect(counts().SaveCompanies).toBe(1);
	});

	it('fails an item whose value XML cannot carry, before sending; the others are saved', async () => {
		const run = await runNode(credentialStore(emulator()), customer({ operation: 'create', name: '={{ $json.name }}' }), [{ name: 'Good AS' }, { name: 'Bell\u0007 AS' }], true);
		const output = run.json(NODE);
		expect(output[0]).toEqual(expect.objectContaining({ Name: 'Good AS' }));
		expect(output[1].error).toMatch(/control character/);
		expect(output[1].details).toBe('Remove control characters (such as ones pasted from other programs) and broken characters from that value.');
		expect(run.output(NODE).map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(counts().SaveCompanies).toBe(1);
		expect(emulator().requests.find((request) => request.operation === 'SaveCompanies')?.body).not.toContain('Bell');
	});

	it('a request 24SevenOffice cannot read fails its whole batch, and no later batch is sent', async () => {
		const items = Array.from({ length: 60 }, (_, index) => ({ name: `Kunde ${index + 1}`, more: index === 7 ? '{"DistributionMethod": "Fax"}' : '{}' }));
		const run = await runNode(
			credentialStore(emulator()),
			customer({ operation: 'create', name: '={{ $json.name }}', additionalFields: { moreFields: '={{ $json.more }}' } }),
			items,
			true,
		);
		const output = run.json(NODE);
		expect(output).toHaveLength(60);
		// XmlSerializer refuses the unknown enumeration value: a fault for the whole call, nothing saved.
		for (const json of output.slice(0, 50)) expect(json.error).toMatch(/^24SevenOffice rejected SaveCompanies: .*'Fax' is not a valid value for DistributionMethod/);
		for (const json of output.slice(50)) expect(json.error).toBe('This customer was not sent: an earlier SaveCompanies call of this run failed');
		expect(output[55].details).toContain('this item was not saved');
		expect(counts()).toEqual({ Login: 1, SaveCompanies: 1 });
		const all = await runNode(credentialStore(emulator()), customer({ operation: 'getMany', returnAll: true }));
		expect(all.json(NODE).map((json) => json.Id)).toEqual([1, 2, 3]);
	});

	it('after the kept session ended, logs in once and sends the batch once more: nothing is saved twice', async () => {
		const store = credentialStore(emulator());
		expect((await runNode(store, customer({ operation: 'getMany', limit: 1 }))).error).toBeUndefined();
		const before = storedSessionId(store);
		emulator().expireSessions();
		const items = [{ name: 'One AS' }, { name: 'Two AS' }, { name: 'Three AS' }];
		const run = await runNode(store, customer({ operation: 'create', name: '={{ $json.name }}' }), items);
		expect(run.error).toBeUndefined();
		expect(run.json(NODE).map((json) => json.Id)).toEqual([4, 5, 6]);
		expect(storedSessionId(store)).not.toBe(before);
		// The first SaveCompanies was refused as not logged in, so it provably saved nothing.
		expect(counts()).toEqual({ Login: 2, GetCompanies: 1, SaveCompanies: 2 });
		const all = await runNode(store, customer({ operation: 'getMany', returnAll: true, filters: { name: ' AS' } }));
		expect(all.json(NODE).map((json) => json.Name).filter((name) => ['One AS', 'Two AS', 'Three AS'].includes(name as string))).toEqual(['One AS', 'Two AS', 'Three AS']);
	});
});

describe('Customer → Update', () => {
	it('changes only the given fields; the rest of the customer stays', async () => {
		const store = credentialStore(emulator());
		const run = await runNode(
			store,
			customer({
				operation: 'update',
				customer: byId(2),
				updateFields: { name: 'Fjord & Fjell AS', note: 'Moved' },
				emailAddresses: { invoice: { value: 'ap@fjordfjell.example' } },
				addresses: { visit: { street: 'Strandkaien 2' } },
			}),
		);
		expect(run.error).toBeUndefined();
		expect(sentRequest(requestsOf(emulator(), 'SaveCompanies')[0])).toEqual({
			companies: { Company: { Id: '2', Name: 'Fjord & Fjell AS', Addresses: { Visit: { Street: 'Strandkaien 2' } }, EmailAddresses: { Invoice: { Value: 'ap@fjordfjell.example' } }, Note: 'Moved' } },
		});
		const expected = {
			...FJORD_FJELL,
			Name: 'Fjord & Fjell AS',
			Note: 'Moved',
			Addresses: { ...FJORD_FJELL.Addresses, Visit: { ...FJORD_FJELL.Addresses.Visit, Street: 'Strandkaien 2' } },
			EmailAddresses: { ...FJORD_FJELL.EmailAddresses, Invoice: { Value: 'ap@fjordfjell.example' } },
			DateChanged: expect.stringMatching(/Z$/),
		};
		expect(run.json(NODE)).toEqual([expected]);
		const read = await runNode(store, customer({ operation: 'get', customer: byId(2) }));
		expect(read.json(NODE)).toEqual([expected]);
	});

	it('an unknown customer fails its own item; an item with nothing to change is not sent', async () => {
		const run = await runNode(
			credentialStore(emulator()),
			customer({ operation: 'update', customer: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, updateFields: { note: '={{ $json.note }}' } }),
			[{ id: 99, note: 'x' }, { id: 3, note: '' }, { id: 3, note: 'VIP' }],
			true,
		);
		const output = run.json(NODE);
		expect(output[0].error).toBe('24SevenOffice refused the customer in SaveCompanies: Company with Id 99 does not exist');
		expect(output[0].details).toContain('The message concerns Id (from the node\'s "Customer" field), which was sent as "99".');
		expect(output[1]).toEqual({ error: 'Nothing to change for customer 3', details: expect.any(String) });
		expect(output[2]).toEqual(expect.objectContaining({ Id: 3, Note: 'VIP', Name: 'Kari Nordmann' }));
		expect(counts()).toEqual({ Login: 1, SaveCompanies: 1 });
	});
});

describe('the customer list of the resource locator', () => {
	it('searches customers by name and shows their organization number', async () => {
		const store = credentialStore(emulator());
		const context = editorContext(store, customer({ operation: 'get' }));
		expect(await searchCustomers.call(context, 'fjord')).toEqual({ results: [{ name: 'Fjord & Fjell <Consult> (987654321)', value: '2' }], paginationToken: undefined });
		expect(sentRequest(requestsOf(emulator(), 'GetCompanies')[0])).toEqual({ searchParams: { CompanyName: 'fjord' }, returnProperties: { string: ['Id', 'Name', 'OrganizationNumber'] } });
		expect(counts()).toEqual({ Login: 1, GetCompanies: 1 });
	});

	it('hands the editor 100 customers a page', async () => {
		const store = credentialStore(emulator());
		const items = Array.from({ length: 150 }, (_, index) => ({ name: `Kunde ${index + 1}` }));
		expect((await runNode(store, customer({ operation: 'create', name: '={{ $json.name }}' }), items)).error).toBeUndefined();
		const context = editorContext(store, customer({ operation: 'get' }));
		const first = await searchCustomers.call(context);
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'Demo Company AS', value: '1' });
		expect(first.paginationToken).toBe('100');
		const second = await searchCustomers.call(context, undefined, first.paginationToken);
		expect(second.results.map((entry) => entry.value)).toEqual(Array.from({ length: 53 }, (_, index) => String(index + 101)));
		expect(second.paginationToken).toBeUndefined();
		// The session the run logged in is used by the list too.
		expect(counts()).toEqual({ Login: 1, SaveCompanies: 3, GetCompanies: 2 });
	});
});
