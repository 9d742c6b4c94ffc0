/**
 * 24SevenOffice Contact run by n8n's workflow engine against the emulator
 * over HTTP: Get, Get Many, Create and Update with PersonService, which saves
 * one person per call, their errors per item and the requests they make.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { searchContacts } from '../../nodes/TwentyFourSevenOffice/methods/listSearch';
import { tsoDemo } from '../emulator';
import { useEmulator, visibleText } from './harness';
import { credentialStore, editorContext, NODE, requestsOf, runNode, sentRequest, storedSessionId } from './tsoTestKit';

const emulator = useEmulator({ loginsBeforeThrottle: 50 });
const TSO = 'http://24sevenOffice.com/webservices';

const counts = () => emulator().counts()['24sevenoffice'] ?? {};
const contact = (parameters: INodeParameters): INodeParameters => ({ resource: 'contact', ...parameters });
const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
const fromItem = { __rl: true, mode: 'id', value: '={{ $json.id }}' };

/** Contact 2 of the demo client, written by hand from the emulator's seed and the vendor's PersonItem type. */
const INGRID = {
	Id: 2,
	FirstName: 'Ingrid',
	LastName: 'Fjell',
	CustomerId: 2,
	WorkPosition: 'Innkjøpssjef',
	EmailAddresses: [{ Type: 'Primary', Value: 'ingrid@fjordfjell.example' }],
	PhoneNumbers: [{ Type: 'Mobile', Value: '+47 911 11 111' }],
	PostAddress: { Street: 'Bryggen 5', PostalCode: '5003', City: 'Bergen', Type: 'Post' },
	DateRegistered: '2024-05-02T09:05:00Z',
	DateChanged: '2026-02-20T10:00:00Z',
};
const PER = { Id: 3, FirstName: 'Per', LastName: 'Hansen', CustomerId: 3, DateRegistered: '2025-01-10T08:10:00Z', DateChanged: '2026-03-02T07:45:00Z' };
const PORTAL_PASSWORD = 'portal-secret-2';

const savedPersons = () => requestsOf(emulator(), 'SavePerson').map((request) => sentRequest(request).personItem as IDataObject);

describe('Contact → Get Many', () => {
	it('asks PersonService on its own path for the contacts, not the employees, and never puts out a portal password', async () => {
		const run = await runNode(credentialStore(emulator()), contact({ operation: 'getMany', returnAll: true }));
		expect(run.error).toBeUndefined();
		expect(run.json(NODE)).toEqual([INGRID, PER]);
		const [request] = requestsOf(emulator(), 'GetPersons');
		expect(request.path).toBe('/CRM/Contact/PersonService.asmx');
		expect(request.headers.soapaction).toBe(`"${TSO}/GetPersons"`);
		expect(sentRequest(request)).toEqual({ personSearch: { IsEmployee: 'False' } });
		expect(JSON.stringify(run.json(NODE))).not.toContain(PORTAL_PASSWORD);
		expect(counts()).toEqual({ Login: 1, GetPersons: 1 });
	});

	it.each([
		['customer', { customerId: '2' }, { CustomerId: '2', IsEmployee: 'False' }, [2]],
		['changed after', { changedAfter: '2026-03-01T00:00:00Z' }, { ChangedAfter: '2026-03-01T00:00:00', IsEmployee: 'False' }, [3]],
		['a part of the name', { name: 'fjell' }, { IsEmployee: 'False', Name: 'fjell' }, [2]],
		['email', { email: 'ingrid@fjordfjell.example' }, { Email: 'ingrid@fjordfjell.example', IsEmployee: 'False' }, [2]],
		['nothing, employees included', { includeEmployees: true }, '', [1, 2, 3]],
	])('filters by %s', async (_what, filters, personSearch, ids) => {
		const run = await runNode(credentialStore(emulator()), contact({ operation: 'getMany', returnAll: true, filters }));
		expect(run.json(NODE).map((json) => json.Id)).toEqual(ids);
		expect(sentRequest(requestsOf(emulator(), 'GetPersons')[0]).personSearch).toEqual(personSearch);
	});
});

describe('Contact → Get', () => {
	it('gets a contact by ID in the same shape as Get Many; an employee or unknown ID fails only its item', async () => {
		const run = await runNode(credentialStore(emulator()), contact({ operation: 'get', contact: fromItem }), [{ id: 2 }, { id: 1 }, { id: 99 }], true);
		const output = run.json(NODE);
		expect(output[0]).toEqual(INGRID);
		expect(output[1].error).toBe('24SevenOffice has no contact with ID 1');
		expect(output[2].error).toBe('24SevenOffice has no contact with ID 99');
		expect(sentRequest(requestsOf(emulator(), 'GetPersons')[0]).personSearch).toEqual({ Id: '2', IsEmployee: 'False' });
	});
});

describe('Contact → Create', () => {
	it('saves one person per item with SavePerson and puts out the contact as Get reads it', async () => {
		const store = credentialStore(emulator());
		const run = await runNode(
			store,
			contact({
				operation: 'create',
				firstName: 'Kari',
				lastName: 'Berg',
				customer: byId(2),
				additionalFields: { email: 'kari@fjordfjell.example', mobile: '+47 922 22 222', workPosition: 'Regnskap', street: 'Bryggen 5', postalCode: '5003', city: 'Bergen', dateOfBirth: '1990-04-01' },
			}),
		);
		expect(run.error).toBeUndefined();
		const [saved] = run.json(NODE);
		expect(saved).toEqual({
			Id: 4,
			FirstName: 'Kari',
			LastName: 'Berg',
			CustomerId: 2,
			WorkPosition: 'Regnskap',
			EmailAddresses: [{ Type: 'Primary', Value: 'kari@fjordfjell.example' }],
			PhoneNumbers: [{ Type: 'Mobile', Value: '+47 922 22 222' }],
			PostAddress: { City: 'Bergen', PostalCode: '5003', Street: 'Bryggen 5', Type: 'Post' },
			DateOfBirth: '1990-04-01T00:00:00Z',
			DateRegistered: expect.stringMatching(/Z$/),
			DateChanged: expect.stringMatching(/Z$/),
		});
		expect(savedPersons()).toEqual([
			{
				CustomerId: '2',
				DateOfBirth: '1990-04-01T00:00:00',
				FirstName: 'Kari',
				LastName: 'Berg',
				PostAddress: { City: 'Bergen', PostalCode: '5003', Street: 'Bryggen 5', Type: 'Post' },
				WorkPosition: 'Regnskap',
				EmailAddresses: { EmailAddress: { Type: 'Primary', Value: 'kari@fjordfjell.example' } },
				PhoneNumbers: { PhoneNumber: { Type: 'Mobile', Value: '+47 922 22 222' } },
			},
		]);
		expect(requestsOf(emulator(), 'SavePerson')[0].path).toBe('/CRM/Contact/PersonService.asmx');
		expect(counts()).toEqual({ Login: 1, SavePerson: 1, GetPersons: 1 });
		const read = await runNode(store, contact({ operation: 'get', contact: byId(4) }));
		expect(read.json(NODE)).toEqual([saved]);
	});

	it('three items are three SavePerson calls, each read back once; a refused one fails only its item', async () => {
		const store = credentialStore(emulator());
		const run = await runNode(
			store,
			contact({ operation: 'create', firstName: '={{ $json.first }}', lastName: 'Test', customer: { __rl: true, mode: 'id', value: '={{ $json.customer }}' } }),
			[
				{ first: 'A', customer: 2 },
				{ first: 'B', customer: 99 },
				{ first: 'C', customer: '' },
			],
			true,
		);
		const output = run.json(NODE);
		expect(output[0]).toEqual(expect.objectContaining({ Id: 4, FirstName: 'A', CustomerId: 2 }));
		expect(output[1].error).toBe('24SevenOffice rejected SavePerson: CustomerId 99: no company has this Id');
		expect(output[2]).toEqual(expect.objectContaining({ Id: 5, FirstName: 'C' }));
		expect(output[2]).not.toHaveProperty('CustomerId');
		expect(counts()).toEqual({ Login: 1, SavePerson: 3, GetPersons: 2 });
		const text = visibleText(run, NODE);
		expect(text).not.toContain(tsoDemo.password);
		expect(text).not.toContain(storedSessionId(store));
	});

	it('an item without a name is not sent', async () => {
		const run = await runNode(credentialStore(emulator()), contact({ operation: 'create', firstName: '', lastName: ' ' }), [{}], true);
		expect(run.json(NODE)[0].error).toBe('The contact has no name');
		expect(counts()).toEqual({});
	});

	it('after the kept session ended, logs in once and sends SavePerson once more: the contact is saved once', async () => {
		const store = credentialStore(emulator());
		expect((await runNode(store, contact({ operation: 'getMany', limit: 1 }))).error).toBeUndefined();
		emulator().expireSessions();
		const run = await runNode(store, contact({ operation: 'create', firstName: 'Once', lastName: 'Only' }));
		expect(run.json(NODE)[0]).toEqual(expect.objectContaining({ Id: 4, FirstName: 'Once' }));
		expect(counts()).toEqual({ Login: 2, GetPersons: 2, SavePerson: 2 });
		const all = await runNode(store, contact({ operation: 'getMany', returnAll: true, filters: { name: 'once' } }));
		expect(all.json(NODE)).toHaveLength(1);
	});
});

describe('Contact → Update', () => {
	it('reads the contact and sends it whole with the changes, so nothing else is lost', async () => {
		const store = credentialStore(emulator());
		const run = await runNode(store, contact({ operation: 'update', contact: byId(2), updateFields: { workPosition: 'Daglig leder', phone: '+47 55 11 11 11', city: 'Os' } }));
		expect(run.error).toBeUndefined();
		const expected = {
			...INGRID,
			WorkPosition: 'Daglig leder',
			PhoneNumbers: [
				{ Type: 'Mobile', Value: '+47 911 11 111' },
				{ Type: 'Primary', Value: '+47 55 11 11 11' },
			],
			PostAddress: { ...INGRID.PostAddress, City: 'Os' },
			DateChanged: expect.stringMatching(/Z$/),
		};
		expect(run.json(NODE)).toEqual([expected]);
		const [sent] = savedPersons();
		expect(sent).toEqual(
			expect.objectContaining({
				Id: '2',
				FirstName: 'Ingrid',
				CustomerId: '2',
				EmailAddresses: { EmailAddress: { Type: 'Primary', Value: 'ingrid@fjordfjell.example' } },
				WorkPosition: 'Daglig leder',
			}),
		);
		expect(counts()).toEqual({ Login: 1, GetPersons: 2, SavePerson: 1 });
		const read = await runNode(store, contact({ operation: 'get', contact: byId(2) }));
		expect(read.json(NODE)).toEqual([expected]);
		expect(JSON.stringify(read.json(NODE))).not.toContain(PORTAL_PASSWORD);
	});

	it('an unknown contact or nothing to change fails its item and saves nothing', async () => {
		const run = await runNode(credentialStore(emulator()), contact({ operation: 'update', contact: fromItem, updateFields: { comment: '={{ $json.comment }}' } }), [{ id: 99, comment: 'x' }, { id: 3, comment: '' }], true);
		expect(run.json(NODE).map((json) => json.error)).toEqual(['24SevenOffice has no contact with ID 99', 'Nothing to change for contact 3']);
		expect(counts().SavePerson).toBeUndefined();
	});
});

describe('the contact list of the resource locator', () => {
	it('searches contacts by name', async () => {
		const context = editorContext(credentialStore(emulator()), contact({ operation: 'get' }));
		expect(await searchContacts.call(context, 'ingrid')).toEqual({ results: [{ name: 'Ingrid Fjell', value: '2' }], paginationToken: undefined });
		expect(sentRequest(requestsOf(emulator(), 'GetPersons')[0])).toEqual({ personSearch: { Name: 'ingrid' } });
	});
});
