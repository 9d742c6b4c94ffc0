/**
 * Twinfield's dimension resources (Customer, Supplier, General Ledger
 * Account, Cost Centre, Project, Office) through n8n's engine against the
 * emulator. Expected records are written by hand from the emulator's seed;
 * request counts come from the emulator's own log.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { twinfieldDemo } from '../emulator';
import type { CredentialStore } from './credentialsHelper';
import { twinfieldCredential, twinfieldOAuthCredential, useEmulator } from './harness';
import { loadOptionsContext, runWorkflow } from './runWorkflow';
import { chain, type Step } from './workflow';
import { methods } from '../../nodes/Twinfield/methods';

const emulator = useEmulator();
const store = (): CredentialStore => ({ twinfieldApi: { test: twinfieldCredential(emulator(), twinfieldDemo) } });
const byCode = (value: string) => ({ __rl: true, mode: 'id', value });
const DEMO1 = byCode('DEMO1');

function step(resource: string, operation: string, parameters: INodeParameters, continueOnFail = false): Step {
	return { name: 'Twinfield', type: 'twinfield', credential: 'test', continueOnFail, parameters: { resource, operation, office: DEMO1, ...parameters } };
}

async function run(resource: string, operation: string, parameters: INodeParameters, items: IDataObject[] = [{}], continueOnFail = false) {
	return await runWorkflow(chain(items, step(resource, operation, parameters, continueOnFail)), store());
}

const requests = (operation: string) => emulator().requests.filter((request) => request.operation === operation);
const sentMessages = () => requests('ProcessXmlString').map((request) => request.values?.xmlRequest ?? '');

/** Customer 1000 of the seed, as the node must put it out. */
const ACME = {
	office: 'DEMO1',
	type: 'DEB',
	code: '1000',
	name: 'Acme B.V.',
	shortName: 'ACME',
	status: 'active',
	inUse: true,
	uid: '6b9e1c4a-0d2f-4b7e-9a51-500000001000',
	modifiedAt: '2026-01-12T10:15:00.000Z',
	level: 2,
	website: 'https://acme.example',
	email: 'billing@acme.example',
	vatNumber: 'NL001234567B01',
	chamberOfCommerceNumber: '33012345',
	dueDays: 14,
	controlAccount: '1300',
	addresses: [
		{ id: 1, type: 'invoice', default: true, name: 'Acme B.V.', contact: '', attention: '', street: 'Damrak 1', addressLine2: '', postcode: '1012 JS', city: 'Amsterdam', country: 'NL', telephone: '', email: 'billing@acme.example' },
		{ id: 2, type: 'postal', default: false, name: 'Acme B.V.', contact: '', attention: '', street: '', addressLine2: '', postcode: '', city: 'Amsterdam', country: 'NL', telephone: '', email: '' },
	],
	bankAccounts: [{ id: 1, default: true, accountHolder: 'Acme B.V.', iban: 'NL91ABNA0417164300', accountNumber: '', bic: '', bankName: '', city: '', country: '' }],
};

describe('Twinfield Customer Get and Get Many', () => {
	it('gets a customer by code as one typed record, with one read', async () => {
		const result = await run('customer', 'get', { customer: byCode('1000') });
		expect(result.error).toBeUndefined();
		expect(result.json('Twinfield')).toEqual([ACME]);
		expect(sentMessages()).toEqual(['<read><type>dimensions</type><office>DEMO1</office><dimtype>DEB</dimtype><code>1000</code></read>']);
	});

	it('names an unknown code; with Continue On Fail the other items go on', async () => {
		const result = await run('customer', 'get', { customer: byCode('={{ $json.code }}') }, [{ code: '9999' }, { code: '1001' }], true);
		expect(result.error).toBeUndefined();
		const [missing, found] = result.json('Twinfield');
		expect(missing.error).toBe('Twinfield could not read customer 9999 in office DEMO1: Dimension 9999 does not exist.');
		expect(found).toMatchObject({ code: '1001', name: 'Bakkerij de Gouden Korst', inUse: true });
	});

	it('stops without Continue On Fail, naming the item', async () => {
		const result = await run('customer', 'get', { customer: byCode('9999') });
		expect(result.error?.message).toBe('Twinfield could not read customer 9999 in office DEMO1: Dimension 9999 does not exist.');
		expect(result.error?.context?.itemIndex).toBe(0);
	});

	it('gets all customers: one Finder page, then one read each, the same records as Get', async () => {
		const result = await run('customer', 'getMany', { returnAll: true });
		expect(result.error).toBeUndefined();
		const records = result.json('Twinfield');
		expect(records.map((record) => record.code)).toEqual(['1000', '1001', '1002', '1003', ...Array.from({ length: 12 }, (_unused, index) => String(1010 + index))]);
		expect(records[0]).toEqual(ACME);
		expect([requests('Search').length, requests('ProcessXmlString').length]).toEqual([1, 16]);
		expect(requests('Search')[0].body).toMatch(/<string>dimtype<\/string>\s*<string>DEB<\/string>/);
	});

	it('asks the Finder only for the Limit', async () => {
		const result = await run('customer', 'getMany', { returnAll: false, limit: 3 });
		expect(result.json('Twinfield').map((record) => record.code)).toEqual(['1000', '1001', '1002']);
		expect(requests('Search').map((request) => [request.values?.firstRow, request.values?.maxRows])).toEqual([['1', '3']]);
		expect(requests('ProcessXmlString')).toHaveLength(3);
	});

	it('filters by name or code, change date and hidden status', async () => {
		const byName = await run('customer', 'getMany', { returnAll: true, filters: { search: 'Café*' } });
		expect(byName.json('Twinfield').map((record) => record.code)).toEqual(['1002']);
		const anywhere = await run('customer', 'getMany', { returnAll: true, filters: { search: 'gouden' } });
		expect(anywhere.json('Twinfield').map((record) => record.code)).toEqual(['1001']);
		const hidden = await run('customer', 'getMany', { returnAll: true, filters: { search: 'Oude*', includeHidden: true } });
		expect(hidden.json('Twinfield')).toMatchObject([{ code: '1004', status: 'hidden', inUse: false }]);
		const recent = await run('customer', 'getMany', { returnAll: true, filters: { modifiedSince: '2026-01-10T00:00:00' } });
		expect(recent.json('Twinfield').map((record) => record.code)).toEqual(['1000']);
		expect(requests('Search')[3].body).toMatch(/<string>modifiedsince<\/string>\s*<string>20260110000000<\/string>/);
	});
});

describe('Twinfield Customer Update and Delete', () => {
	it('changes only the given fields: read, change, send back whole, 25 to a request', async () => {
		const items = [{ code: '1000', days: 45 }, { code: '1001', days: 10 }];
		const result = await run('customer', 'update', { customer: byCode('={{ $json.code }}'), updateFields: { dueDays: '={{ $json.days }}', website: 'https://new.example' } }, items);
		expect(result.error).toBeUndefined();
		const [acme, bakery] = result.json('Twinfield');
		expect(acme).toEqual({ ...ACME, dueDays: 45, website: 'https://new.example', modifiedAt: acme.modifiedAt });
		expect(String(acme.modifiedAt) > ACME.modifiedAt).toBe(true);
		expect(bakery).toMatchObject({ code: '1001', dueDays: 10, website: 'https://new.example', name: 'Bakkerij de Gouden Korst' });
		// Two reads, then both documents in one save.
		const messages = sentMessages();
		expect(messages).toHaveLength(3);
		expect(messages[2]).toMatch(/^<dimensions><dimension status="active"><office>DEMO1<\/office><type>DEB<\/type><code>1000<\/code>.*<\/dimension><dimension status="active">.*<code>1001<\/code>.*<\/dimension><\/dimensions>$/);
		// Twinfield's own values are not sent back.
		expect(messages[2]).not.toMatch(/<inuse>|<uid>|<modified>|<touched>|<behaviour>/);
		const again = await run('customer', 'get', { customer: byCode('1000') });
		expect(again.json('Twinfield')[0]).toMatchObject({ dueDays: 45, website: 'https://new.example', bankAccounts: ACME.bankAccounts, vatNumber: ACME.vatNumber });
	});

	it('refuses a second item for the same customer, whose save would undo the first', async () => {
		const result = await run('customer', 'update', { customer: byCode('1001'), updateFields: { shortName: '={{ $json.short }}' } }, [{ short: 'EEN' }, { short: 'TWEE' }], true);
		const [first, second] = result.json('Twinfield');
		expect(first).toMatchObject({ code: '1001', shortName: 'EEN' });
		expect(second.error).toBe('Item 0 already updates customer 1001');
		expect(sentMessages()).toHaveLength(2);
	});

	it('sets the e-mail on the default address and other fields from JSON', async () => {
		const result = await run('customer', 'update', {
			customer: byCode('1003'),
			updateFields: { email: 'ap@nordic.example', otherFields: '{"creditmanagement": {"basecreditlimit": "5000", "sendreminder": "email"}}' },
		});
		expect(result.error).toBeUndefined();
		expect(result.json('Twinfield')[0]).toMatchObject({ code: '1003', email: 'ap@nordic.example' });
		expect(sentMessages()[1]).toContain('<creditmanagement><basecreditlimit>5000</basecreditlimit><sendreminder>email</sendreminder></creditmanagement>');
		const read = await runWorkflow(
			chain([{}], { name: 'Twinfield', type: 'twinfield', credential: 'test', parameters: { resource: 'xml', operation: 'processXml', message: '<read><type>dimensions</type><office>DEMO1</office><dimtype>DEB</dimtype><code>1003</code></read>' } }),
			store(),
		);
		expect((read.json('Twinfield')[0].dimension as IDataObject).creditmanagement).toEqual({ basecreditlimit: '5000', sendreminder: 'email' });
	});

	it('refuses what it cannot send before sending, per item', async () => {
		const items = [{ fields: '{"inuse": "false"}' }, { fields: 'not json' }, { fields: '{}' }];
		const result = await run('customer', 'update', { customer: byCode('1000'), updateFields: { otherFields: '={{ $json.fields }}' } }, items, true);
		expect(result.json('Twinfield').map((item) => item.error)).toEqual([
			'Other Twinfield Fields: "inuse" is filled in by Twinfield and may not be sent.',
			'Other Twinfield Fields is not valid JSON',
			'Nothing to update for customer 1000',
		]);
		// Only the first item got as far as reading; nothing was saved.
		expect(sentMessages()).toHaveLength(1);
	});

	it('reports Twinfield\'s refusal per field, in the user\'s words', async () => {
		const result = await run('customer', 'update', { customer: byCode('={{ $json.code }}'), updateFields: { dueDays: '={{ $json.days }}' }, addresses: { address: [{ type: 'invoice', default: true, name: 'X', email: '={{ $json.email }}' }] } }, [
			{ code: '1000', days: 30, email: 'not-an-address' },
			{ code: '1001', days: 20, email: 'ok@example.nl' },
		], true);
		const [refused, saved] = result.json('Twinfield');
		expect(refused.error).toBe('Twinfield refused the customer 1000: E-mail address not-an-address is not valid. (Address Email)');
		expect(saved).toMatchObject({ code: '1001', dueDays: 20, email: 'ok@example.nl', addresses: [{ name: 'X', email: 'ok@example.nl' }] });
	});

	it('deletes a customer without transactions, and refuses one with them', async () => {
		const result = await run('customer', 'delete', { customer: byCode('={{ $json.code }}') }, [{ code: '1010' }, { code: '1000' }], true);
		const [deleted, refused] = result.json('Twinfield');
		expect(deleted).toMatchObject({ code: '1010', status: 'deleted' });
		expect(refused.error).toBe('Twinfield refused the customer 1000: Dimension 1000 is in use and cannot be deleted. Hide it instead. (the document as a whole)');
		const gone = await run('customer', 'get', { customer: byCode('1010') }, [{}], true);
		expect(gone.json('Twinfield')[0].error).toBe('Twinfield could not read customer 1010 in office DEMO1: Dimension 1010 does not exist.');
	});

	it('hides a customer with transactions', async () => {
		const result = await run('customer', 'delete', { customer: byCode('1000'), deleteAction: 'hide' });
		expect(result.error).toBeUndefined();
		expect(result.json('Twinfield')[0]).toMatchObject({ code: '1000', status: 'hidden', name: 'Acme B.V.' });
		expect(sentMessages()[1]).toMatch(/^<dimensions><dimension status="hide">/);
		const listed = await run('customer', 'getMany', { returnAll: true });
		expect(listed.json('Twinfield').map((record) => record.code)).not.toContain('1000');
	});
});

describe('Twinfield Customer Create codes', () => {
	it('takes the next free numbers when Code is empty, with one Finder search for the batch', async () => {
		const result = await run('customer', 'create', { name: '={{ $json.name }}' }, [{ name: 'Nieuw 1' }, { name: 'Nieuw 2' }]);
		expect(result.error).toBeUndefined();
		expect(result.json('Twinfield').map((record) => record.code)).toEqual(['1022', '1023']);
		expect([requests('Search').length, requests('ProcessXmlString').length]).toEqual([1, 1]);
		// Hidden customers hold their codes too.
		expect(requests('Search')[0].body).toMatch(/<string>includehidden<\/string>\s*<string>1<\/string>/);
	});

	it('refuses a code that does not fit the type\'s mask', async () => {
		const result = await run('customer', 'create', { code: 'ABC', name: 'Fout' }, [{}], true);
		expect(result.json('Twinfield')[0].error).toBe('Twinfield refused the customer ABC: Code ABC does not match the mask of dimension type DEB (1### to 1#####). (Code)');
	});
});

describe('Twinfield Supplier', () => {
	it('creates a supplier with a bank account and gets it back the same', async () => {
		const created = await run('supplier', 'create', {
			code: '2100',
			name: 'Drukkerij Zwart',
			additionalFields: { dueDays: 21, vatNumber: 'NL123456789B01', chamberOfCommerceNumber: '12345678', email: 'facturen@zwart.example', website: 'https://zwart.example' },
			bankAccounts: { bank: [{ default: true, iban: 'NL02 ABNA 0123 4567 89', accountHolder: 'Drukkerij Zwart' }] },
		});
		expect(created.error).toBeUndefined();
		const [record] = created.json('Twinfield');
		expect(record).toMatchObject({
			type: 'CRD',
			code: '2100',
			dueDays: 21,
			vatNumber: 'NL123456789B01',
			chamberOfCommerceNumber: '12345678',
			email: 'facturen@zwart.example',
			controlAccount: '1600',
			bankAccounts: [{ default: true, iban: 'NL02ABNA0123456789', accountHolder: 'Drukkerij Zwart' }],
			addresses: [{ type: 'invoice', default: true, name: 'Drukkerij Zwart', email: 'facturen@zwart.example' }],
		});
		const got = await run('supplier', 'get', { supplier: byCode('2100') });
		expect(got.json('Twinfield')).toEqual([record]);
		const many = await run('supplier', 'getMany', { returnAll: true });
		expect(many.json('Twinfield').map((item) => item.code)).toEqual(['2000', '2001', '2100']);
	});
});

describe('Twinfield dimension errors', () => {
	it("turns the finder's refusal into an item error under Continue On Fail", async () => {
		const result = await run('customer', 'getMany', { office: byCode('={{ $json.office }}'), returnAll: true }, [{ office: 'DEMO9' }, { office: 'DEMO2' }], true);
		const [refused, found] = result.json('Twinfield');
		expect(refused.error).toBe("Twinfield's finder refused the search: You have no access to office DEMO9.");
		expect(found).toMatchObject({ office: 'DEMO2', code: '1000', name: 'Zuid Holding' });
	});

	it('says an empty office or code is empty before sending anything', async () => {
		const result = await run('supplier', 'get', { office: byCode('={{ $json.office }}'), supplier: byCode('={{ $json.code }}') }, [{ office: '', code: '2000' }, { office: 'DEMO1', code: ' ' }], true);
		expect(result.json('Twinfield').map((item) => item.error)).toEqual(['Office is empty', 'Supplier is empty']);
		expect(emulator().requests.filter((request) => request.service === 'twinfield-cluster')).toHaveLength(0);
	});

	it('names an unknown cost centre and project', async () => {
		const centre = await run('costCentre', 'get', { code: 'K999' }, [{}], true);
		expect(centre.json('Twinfield')[0].error).toBe('Twinfield could not read cost centre K999 in office DEMO1: Dimension K999 does not exist.');
		const project = await run('project', 'get', { code: 'P9999' }, [{}], true);
		expect(project.json('Twinfield')[0].error).toBe('Twinfield could not read project P9999 in office DEMO1: Dimension P9999 does not exist.');
	});

	it('updates and deletes suppliers as customers', async () => {
		const updated = await run('supplier', 'update', { supplier: byCode('2001'), updateFields: { name: 'Energie Noord B.V.' }, bankAccounts: { bank: [{ default: true, iban: 'NL44RABO0123456789' }] } });
		expect(updated.json('Twinfield')[0]).toMatchObject({ type: 'CRD', code: '2001', name: 'Energie Noord B.V.', controlAccount: '1600', bankAccounts: [{ iban: 'NL44RABO0123456789', default: true }] });
		const deleted = await run('supplier', 'delete', { supplier: byCode('2001') });
		expect(deleted.json('Twinfield')[0]).toMatchObject({ code: '2001', status: 'deleted' });
		const many = await run('supplier', 'getMany', { returnAll: true });
		expect(many.json('Twinfield').map((item) => item.code)).toEqual(['2000']);
	});
});

describe('Twinfield General Ledger Account, Cost Centre, Project and Office', () => {
	it('gets a balance sheet account with one read, a profit and loss account with two', async () => {
		const balance = await run('generalLedgerAccount', 'get', { account: byCode('1300') });
		expect(balance.json('Twinfield')).toEqual([
			{ office: 'DEMO1', type: 'BAS', code: '1300', name: 'Debiteuren', shortName: '', status: 'active', inUse: true, uid: '6b9e1c4a-0d2f-4b7e-9a51-500000001300', modifiedAt: '2026-01-05T09:30:00.000Z', level: 1 },
		]);
		expect(requests('ProcessXmlString')).toHaveLength(1);
		const profit = await run('generalLedgerAccount', 'get', { account: byCode('8020') });
		expect(profit.json('Twinfield')[0]).toMatchObject({ type: 'PNL', code: '8020', name: 'Omzet diensten', level: 1 });
		expect(sentMessages().slice(1).map((message) => /<dimtype>(\w+)</.exec(message)?.[1])).toEqual(['BAS', 'PNL']);
	});

	it('names an unknown general ledger account as such', async () => {
		const result = await run('generalLedgerAccount', 'get', { account: byCode('9999') });
		expect(result.error?.message).toBe('Twinfield could not read general ledger account 9999 in office DEMO1: Dimension 9999 does not exist.');
	});

	it('gets all general ledger accounts: balance sheet, then profit and loss', async () => {
		const result = await run('generalLedgerAccount', 'getMany', { returnAll: true });
		expect(result.json('Twinfield').map((record) => `${String(record.type)} ${String(record.code)}`)).toEqual(['BAS 1100', 'BAS 1300', 'BAS 1510', 'BAS 1520', 'BAS 1600', 'PNL 4000', 'PNL 8000', 'PNL 8020']);
		expect([requests('Search').length, requests('ProcessXmlString').length]).toEqual([2, 8]);
	});

	it('asks each type only for what the Limit still wants', async () => {
		const result = await run('generalLedgerAccount', 'getMany', { returnAll: false, limit: 7 });
		expect(result.json('Twinfield').map((record) => String(record.code))).toEqual(['1100', '1300', '1510', '1520', '1600', '4000', '8000']);
		expect(requests('Search').map((request) => [request.values?.firstRow, request.values?.maxRows])).toEqual([
			['1', '7'],
			['1', '2'],
		]);
	});

	it('gets cost centres and a project', async () => {
		const centres = await run('costCentre', 'getMany', { returnAll: true });
		expect(centres.json('Twinfield')).toMatchObject([
			{ type: 'KPL', code: 'K100', name: 'Verkoop', level: 2 },
			{ type: 'KPL', code: 'K200', name: 'Administratie', level: 2 },
		]);
		const centre = await run('costCentre', 'get', { code: 'K200' });
		expect(centre.json('Twinfield')).toEqual([centres.json('Twinfield')[1]]);
		const project = await run('project', 'get', { code: 'P0001' });
		expect(project.json('Twinfield')[0]).toMatchObject({ type: 'PRJ', code: 'P0001', name: 'Website vernieuwing', level: 3, status: 'active' });
		const projects = await run('project', 'getMany', { returnAll: true });
		expect(projects.json('Twinfield')).toEqual(project.json('Twinfield'));
	});

	it('lists the offices', async () => {
		const result = await run('office', 'getMany', { returnAll: true });
		expect(result.json('Twinfield')).toEqual([
			{ code: 'DEMO1', name: 'Demo company 1', shortName: 'Demo 1' },
			{ code: 'DEMO2', name: 'Demo company 2', shortName: 'Demo 2' },
		]);
		expect(sentMessages()).toEqual(['<list><type>offices</type></list>']);
	});
});

describe('Twinfield dimensions with OAuth 2', () => {
	it('names the chosen office as the company of the call', async () => {
		const workflow = chain([{}], { name: 'Twinfield', type: 'twinfield', credential: 'oauth', credentialType: 'twinfieldOAuth2Api', typeVersion: 1.1, parameters: { authentication: 'oAuth2', resource: 'customer', operation: 'get', office: byCode('DEMO2'), customer: byCode('1000') } });
		const result = await runWorkflow(workflow, { twinfieldOAuth2Api: { oauth: twinfieldOAuthCredential(emulator()) } });
		expect(result.error).toBeUndefined();
		expect(result.json('Twinfield')[0]).toMatchObject({ office: 'DEMO2', code: '1000', name: 'Zuid Holding' });
		expect(requests('ProcessXmlString')[0].body).toContain('<CompanyCode>DEMO2</CompanyCode>');
	});
});

describe('Twinfield resource locator lists', () => {
	function listContext(parameters: INodeParameters) {
		const workflow = chain([{}], step('customer', 'get', parameters));
		return loadOptionsContext(workflow, 'Twinfield', store());
	}

	it('lists offices, filtered by what is typed', async () => {
		const context = listContext({});
		expect(await methods.listSearch.searchOffices.call(context, '2')).toEqual({ results: [{ name: 'Demo company 2 (DEMO2)', value: 'DEMO2' }] });
	});

	it('lists the customers of the chosen office, searched by name or code', async () => {
		const context = listContext({ office: DEMO1 });
		expect(await methods.listSearch.searchCustomers.call(context, 'Acme')).toEqual({ results: [{ name: 'Acme B.V. (1000)', value: '1000' }] });
		const all = await methods.listSearch.searchCustomers.call(context);
		expect(all.results).toHaveLength(16);
		expect(all.paginationToken).toBeUndefined();
		expect(await methods.listSearch.searchSuppliers.call(context, 'Papier')).toEqual({ results: [{ name: 'Papier & Co (2000)', value: '2000' }] });
	});

	it('lists general ledger accounts page by page: balance sheet, then profit and loss', async () => {
		const context = listContext({ office: DEMO1 });
		const first = await methods.listSearch.searchGeneralLedgerAccounts.call(context);
		expect(first.results.map((item) => item.value)).toEqual(['1100', '1300', '1510', '1520', '1600']);
		const second = await methods.listSearch.searchGeneralLedgerAccounts.call(context, undefined, first.paginationToken);
		expect(second).toEqual({ results: [{ name: 'Kantoorkosten (4000)', value: '4000' }, { name: 'Omzet (8000)', value: '8000' }, { name: 'Omzet diensten (8020)', value: '8020' }] });
	});

	it('with OAuth2 searches the chosen office with its code as the company', async () => {
		const workflow = chain([{}], { name: 'Twinfield', type: 'twinfield', credential: 'oauth', credentialType: 'twinfieldOAuth2Api', typeVersion: 1.1, parameters: { authentication: 'oAuth2', resource: 'customer', operation: 'get', office: byCode('DEMO2') } });
		const context = loadOptionsContext(workflow, 'Twinfield', { twinfieldOAuth2Api: { oauth: twinfieldOAuthCredential(emulator()) } });
		expect(await methods.listSearch.searchCustomers.call(context)).toEqual({ results: [{ name: 'Zuid Holding (1000)', value: '1000' }] });
		expect(requests('Search')[0].body).toContain('<CompanyCode>DEMO2</CompanyCode>');
	});

	it('lists nothing before an office is chosen', async () => {
		const context = listContext({ office: { __rl: true, mode: 'list', value: '' } });
		expect(await methods.listSearch.searchCustomers.call(context)).toEqual({ results: [] });
	});
});
