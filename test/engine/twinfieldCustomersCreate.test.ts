/**
 * Twinfield Customer → Create through n8n's engine against the emulator:
 * documents go 25 to a ProcessXmlString under <dimensions>, each item gets its
 * own outcome, and a fair-use 429 is waited out and sent again.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { twinfieldDemo } from '../emulator';
import type { CredentialStore } from './credentialsHelper';
import { twinfieldCredential, useEmulator } from './harness';
import { runWorkflow } from './runWorkflow';
import { chain } from './workflow';

const emulator = useEmulator();
const store = (): CredentialStore => ({ twinfieldApi: { test: twinfieldCredential(emulator(), twinfieldDemo) } });
const office = { __rl: true, mode: 'id', value: 'DEMO1' };

async function create(items: IDataObject[], parameters: INodeParameters, continueOnFail = true) {
	const step = { name: 'Twinfield', type: 'twinfield', credential: 'test', continueOnFail, parameters: { resource: 'customer', operation: 'create', office, ...parameters } };
	return await runWorkflow(chain(items, step), store());
}

const processXmlRequests = () => emulator().requests.filter((request) => request.operation === 'ProcessXmlString');

/** The documents one request sent, read by fast-xml-parser's reading in the emulator. */
const sentCodes = (index: number) => [...(processXmlRequests()[index]?.values?.xmlRequest ?? '').matchAll(/<code>([^<]*)<\/code>/g)].map((match) => match[1]);

/** How many messages of each root were sent, e.g. `{ read: 100, dimensions: 4 }`. */
function sentKinds(): Record<string, number> {
	const kinds: Record<string, number> = {};
	for (const request of processXmlRequests()) {
		const root = /^<(\w+)/.exec(request.values?.xmlRequest ?? '')?.[1] ?? '';
		kinds[root] = (kinds[root] ?? 0) + 1;
	}
	return kinds;
}

describe('Twinfield Customer Create', () => {
	it('creates 100 customers in 4 requests of at most 25, each item its own record', async () => {
		const items = Array.from({ length: 100 }, (_unused, index) => ({ code: String(1100 + index), name: `Klant ${index}` }));
		const run = await create(items, { code: '={{ $json.code }}', name: '={{ $json.name }}' }, false);
		expect(run.error).toBeUndefined();
		const output = run.json('Twinfield');
		expect(output).toHaveLength(100);
		expect(output.map((item) => item.code)).toEqual(items.map((item) => item.code));
		expect(output[7]).toMatchObject({ office: 'DEMO1', type: 'DEB', code: '1107', name: 'Klant 7', status: 'active', inUse: false, dueDays: null, controlAccount: '1300', level: 2 });
		expect(processXmlRequests()).toHaveLength(4);
		expect([0, 1, 2, 3].map((index) => sentCodes(index).length)).toEqual([25, 25, 25, 25]);
		expect(processXmlRequests()[0].values?.xmlRequest).toMatch(/^<dimensions><dimension status="active"><office>DEMO1<\/office><type>DEB<\/type><code>1100<\/code><name>Klant 0<\/name><\/dimension>/);
		// Each record is paired with its input item.
		const task = run.run.data.resultData.runData.Twinfield[0];
		expect(task.data?.main[0]?.map((item) => item.pairedItem)).toEqual(items.map((_item, item) => ({ item })));
		// One Finder search for the codes in use (1 credit), then saves of 3 credits a request, whatever the number of documents.
		expect(emulator().requests.filter((request) => request.operation === 'Search')).toHaveLength(1);
		expect(emulator().twinfieldCreditsSpent()).toBe(1 + 12);
	});

	it('updates and deletes 100 customers with one read each and 4 saves', async () => {
		const items = Array.from({ length: 100 }, (_unused, index) => ({ code: String(1100 + index) }));
		await create(items, { code: '={{ $json.code }}', name: 'Eerst' }, false);
		emulator().requests.length = 0;
		const customer = { __rl: true, mode: 'id', value: '={{ $json.code }}' };
		const updated = await create(items, { operation: 'update', customer, updateFields: { name: '={{ "Klant " + $json.code }}' } }, false);
		expect(updated.json('Twinfield').map((record) => record.name)).toEqual(items.map((item) => `Klant ${item.code}`));
		expect(sentKinds()).toEqual({ read: 100, dimensions: 4 });
		emulator().requests.length = 0;
		const deleted = await create(items, { operation: 'delete', customer }, false);
		expect(deleted.json('Twinfield').every((record) => record.status === 'deleted')).toBe(true);
		expect(sentKinds()).toEqual({ read: 100, dimensions: 4 });
	});

	it('sends the customers of each office in requests of their own', async () => {
		const run = await create([{ office: 'DEMO1' }, { office: 'DEMO2' }, { office: 'DEMO1' }], { office: { __rl: true, mode: 'id', value: '={{ $json.office }}' }, code: '={{ 1400 + $itemIndex }}', name: 'Per kantoor' }, false);
		expect(run.json('Twinfield').map((record) => `${String(record.office)} ${String(record.code)}`)).toEqual(['DEMO1 1400', 'DEMO2 1401', 'DEMO1 1402']);
		expect([sentCodes(0), sentCodes(1)]).toEqual([['1400', '1402'], ['1401']]);
	});

	it('refuses a code in use before sending, so that Create never overwrites a customer', async () => {
		const run = await create([{ code: '1000' }, { code: '1250' }, { code: '1250' }], { code: '={{ $json.code }}', name: 'Nieuw' });
		const output = run.json('Twinfield');
		expect(output[0].error).toBe('Office DEMO1 already has customer 1000');
		expect(output[0].details).toBe('Create makes new customers; to change customer 1000, use Update. Leave Code empty to take the next free number.');
		expect(output[1]).toMatchObject({ code: '1250', name: 'Nieuw' });
		expect(output[2].error).toBe('Office DEMO1 already has customer 1250');
		expect(sentCodes(0)).toEqual(['1250']);
		const acme = await create([{}], { operation: 'get', customer: { __rl: true, mode: 'id', value: '1000' } });
		expect(acme.json('Twinfield')[0].name).toBe('Acme B.V.');
	});

	it('a refused customer gets its own error; the others of the same request are saved', async () => {
		const items = [
			{ code: '1200', name: 'Eerste B.V.', country: 'NL' },
			{ code: '1201', name: 'Tweede B.V.', country: 'XX' },
			{ code: '1202', name: '', country: 'NL' },
			{ code: '1203', name: 'Vierde B.V.', country: 'BE' },
		];
		const run = await create(items, {
			code: '={{ $json.code }}',
			name: '={{ $json.name || "" }}',
			addresses: { address: [{ type: 'invoice', default: true, name: '={{ $json.name }}', city: 'Utrecht', country: '={{ $json.country }}' }] },
		});
		expect(run.error).toBeUndefined();
		const output = run.json('Twinfield');
		expect(output[0]).toMatchObject({ code: '1200', name: 'Eerste B.V.' });
		expect(output[1].error).toBe('Twinfield refused the customer 1201: Country XX does not exist. (Address Country)');
		// Checked by the node before sending: no name.
		expect(output[2].error).toBe('The customer has no name');
		expect(output[3]).toMatchObject({ code: '1203', addresses: [{ type: 'invoice', default: true, city: 'Utrecht', country: 'BE' }] });
		// One request for the three sendable items.
		expect(processXmlRequests()).toHaveLength(1);
		expect(sentCodes(0)).toEqual(['1200', '1201', '1203']);
	});

	it('waits out a fair-use 429 and sends the batch again', async () => {
		emulator().inject({ kind: 'rateLimit', retryAfter: 1, service: 'twinfield', operation: 'ProcessXmlString' });
		const started = Date.now();
		const run = await create([{ name: 'Na de wacht' }], { code: '1300', name: '={{ $json.name }}' }, false);
		expect(run.error).toBeUndefined();
		expect(run.json('Twinfield')[0]).toMatchObject({ code: '1300', name: 'Na de wacht' });
		expect(processXmlRequests()).toHaveLength(2);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
	});

	it('gives up after two more tries with a clear error on every item', async () => {
		emulator().inject({ kind: 'rateLimit', retryAfter: 1, service: 'twinfield', operation: 'ProcessXmlString', times: 3 });
		const run = await create([{ name: 'Een' }, { name: 'Twee' }], { code: '={{ 1310 + $itemIndex }}', name: '={{ $json.name }}' });
		expect(run.error).toBeUndefined();
		const output = run.json('Twinfield');
		expect(output.map((item) => item.error)).toEqual([
			'Twinfield is limiting requests (HTTP 429 Too Many Requests)',
			'Twinfield is limiting requests (HTTP 429 Too Many Requests)',
		]);
		expect(String(output[0].details)).toMatch(/^The node waited 3 seconds in all and sent the request 2 more times; Twinfield still refused it/);
		expect(processXmlRequests()).toHaveLength(3);
	});

	it('says a save without a proper answer may have run, and does not send it again', async () => {
		emulator().inject({ kind: 'html', service: 'twinfield', operation: 'ProcessXmlString' });
		const run = await create([{}, {}], { code: '={{ 1330 + $itemIndex }}', name: 'Onzeker' });
		const output = run.json('Twinfield');
		expect(output.map((item) => item.error)).toEqual(['Twinfield could not handle ProcessXmlString (HTTP 502)', 'Twinfield could not handle ProcessXmlString (HTTP 502)']);
		expect(String(output[1].details)).toMatch(/Twinfield may have saved these items all the same: check them in Twinfield \(Get\) before running them again/);
		expect(processXmlRequests()).toHaveLength(1);
	});

	it('leaves Process XML as it was: its 429 is reported at once', async () => {
		emulator().inject({ kind: 'rateLimit', retryAfter: 1, service: 'twinfield', operation: 'ProcessXmlString' });
		const run = await create([{}], { resource: 'xml', operation: 'processXml', message: '<list><type>offices</type></list>' });
		expect(run.json('Twinfield')[0].error).toBe('Twinfield is limiting requests (HTTP 429 Too Many Requests)');
		expect(processXmlRequests()).toHaveLength(1);
	});

	it('does not wait longer than a minute: a longer Retry-After is reported at once', async () => {
		emulator().inject({ kind: 'rateLimit', retryAfter: 120, service: 'twinfield', operation: 'ProcessXmlString' });
		const run = await create([{}], { code: '1320', name: 'Later' });
		expect(run.json('Twinfield')[0].error).toBe('Twinfield is limiting requests (HTTP 429 Too Many Requests)');
		expect(String(run.json('Twinfield')[0].details)).toContain('Wait 120 seconds');
		expect(processXmlRequests()).toHaveLength(1);
	});
});
