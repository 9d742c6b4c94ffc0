/**
 * 24SevenOffice Call Service run by n8n's workflow engine against the emulator over HTTP.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { TSO_ACCOUNTING_NS, tsoDemo, TSO_NOT_AUTHENTICATED } from '../emulator';
import { runWorkflow } from './runWorkflow';
import { runStep, tsoCredential, useEmulator, visibleText } from './harness';
import { credentialStore, runNode, storedSessionId } from './tsoTestKit';
import { chain } from './workflow';

const emulator = useEmulator({ loginsBeforeThrottle: 10 });
/** An emulator whose sessions are dead as soon as they are made, so no retry can succeed. */
const deadEnd = useEmulator({ loginsBeforeThrottle: 10, sessionTtlMs: -1 });
const TSO = 'http://24sevenOffice.com/webservices';

const GET_COMPANIES = { searchParams: { ChangedAfter: '2026-01-01' }, returnProperties: ['Id', 'Name', 'Type'] };

function bundle(amount: number, transactionNo = 1001) {
	return {
		BundleList: {
			Bundles: [
				{
					YearId: 2026,
					Vouchers: [
						{
							TransactionNo: transactionNo,
							Entries: [
								{ AccountNo: 1500, Date: '2026-11-20', Amount: amount, Comment: 'Invoice 7 <Nordlys & co>' },
								{ AccountNo: 3000, Date: '2026-11-20', Amount: -125.5 },
							],
							Sort: 1,
						},
					],
					Name: 'Sales',
				},
			],
			SaveOption: 0,
		},
	};
}

function call(parameters: INodeParameters, items: object[] = [{}], continueOnFail = false, target = emulator) {
	const { parameters: json, ...rest } = parameters;
	return runStep(
		{
			name: '24SevenOffice',
			type: 'twentyFourSevenOffice',
			parameters: { resource: 'service', operation: 'callService', service: 'CompanyService', ...rest, parameters: typeof json === 'string' ? json : JSON.stringify(json ?? {}) },
			continueOnFail,
		},
		'twentyFourSevenOfficeApi',
		tsoCredential(target(), tsoDemo),
		items,
	);
}

const requestsFor = (operation: string) => emulator().requests.filter((request) => request.operation === operation);

async function logIn(target = emulator): Promise<IDataObject> {
	const run = await runStep(
		{ name: 'Log In', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation: 'logIn' } },
		'twentyFourSevenOfficeApi',
		tsoCredential(target(), tsoDemo),
	);
	return run.json('Log In')[0];
}

describe('24SevenOffice Call Service: CompanyService', () => {
	it('gets companies with the credential session, as the WSDL describes the request, and outputs typed JSON', async () => {
		const run = await call({ serviceOperation: 'GetCompanies', parameters: GET_COMPANIES });
		expect(run.error).toBeUndefined();
		expect(run.json('24SevenOffice')).toEqual([
			{
				GetCompaniesResult: [
					{ Id: 2, Name: 'Fjord & Fjell <Consult>', Type: 'Business' },
					{ Id: 3, Name: 'Kari Nordmann', Type: 'Consumer' },
				],
			},
		]);
		const [request] = requestsFor('GetCompanies');
		expect(request.path).toBe('/CRM/Company/V001/CompanyService.asmx');
		expect(request.headers.soapaction).toBe(`"${TSO}/GetCompanies"`);
		expect(request.headers.cookie).toMatch(/^ASP\.NET_SessionId=[a-z0-5]{24}$/);
		expect(request.body).toContain(
			`<GetCompanies xmlns="${TSO}">\n      <searchParams>\n        <ChangedAfter>2026-01-01</ChangedAfter>\n      </searchParams>\n      <returnProperties>\n        <string>Id</string>\n        <string>Name</string>\n        <string>Type</string>\n      </returnProperties>\n    </GetCompanies>`,
		);
		expect(requestsFor('Login')).toHaveLength(1);
	});

	it('splits the result into one item per company on request, paired with the input item', async () => {
		const run = await call({ serviceOperation: 'GetCompanies', parameters: GET_COMPANIES, splitResult: true }, [{ a: 1 }, { a: 2 }]);
		expect(run.json('24SevenOffice').map((json) => json.Id)).toEqual([2, 3, 2, 3]);
		expect(run.output('24SevenOffice').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }]);
		expect(requestsFor('Login')).toHaveLength(1);
	});

	it('uses the session of the incoming item when Session ID names one', async () => {
		const session = await logIn();
		const run = await call({ serviceOperation: 'GetCompanies', parameters: GET_COMPANIES, sessionId: '={{ $json.sessionId }}' }, [session]);
		expect(run.json('24SevenOffice')[0].GetCompaniesResult).toHaveLength(2);
		expect(requestsFor('GetCompanies')[0].headers.cookie).toBe(session.cookie);
		expect(requestsFor('Login')).toHaveLength(1);
	});

	it("a fault that is not about the session is reported as it is: the item's session is not swapped for the credential's", async () => {
		const session = await logIn();
		emulator().inject({ kind: 'fault', service: '24sevenoffice', operation: 'GetCompanies', faultString: 'Server was unable to process request. ---> Invalid search parameters.' });
		const run = await call({ serviceOperation: 'GetCompanies', parameters: GET_COMPANIES, sessionId: '={{ $json.sessionId }}' }, [session]);
		expect(run.error?.message).toBe('24SevenOffice rejected GetCompanies: Invalid search parameters.');
		expect(requestsFor('GetCompanies')).toHaveLength(1);
		expect(requestsFor('Login')).toHaveLength(1);
	});

	it("masks the credential's session ID and password when a fault echoes them", async () => {
		const store = credentialStore(emulator());
		const parameters = { resource: 'service', operation: 'callService', service: 'CompanyService', serviceOperation: 'GetCompanies', parameters: JSON.stringify(GET_COMPANIES) };
		expect((await runNode(store, parameters)).error).toBeUndefined();
		const sessionId = storedSessionId(store);
		emulator().inject({ kind: 'fault', service: '24sevenoffice', operation: 'GetCompanies', faultString: `Session ${sessionId} with password ${tsoDemo.password} may not do this.` });
		const run = await runNode(store, parameters);
		expect(run.error?.message).toBe('24SevenOffice rejected GetCompanies: Session [hidden] with password [hidden] may not do this.');
		expect(visibleText(run, '24SevenOffice')).not.toContain(sessionId);
		expect(visibleText(run, '24SevenOffice')).not.toContain(tsoDemo.password);
	});

	it('masks a session n8n logged in for during the very call, when the fault echoes its cookie', async () => {
		const store = credentialStore(emulator());
		emulator().inject({ kind: 'fault', service: '24sevenoffice', operation: 'GetCompanies', faultString: 'Request with {cookie} refused.' });
		const run = await runNode(store, { resource: 'service', operation: 'callService', service: 'CompanyService', serviceOperation: 'GetCompanies', parameters: JSON.stringify(GET_COMPANIES) });
		const sessionId = storedSessionId(store);
		expect(sessionId).not.toBe('');
		expect(run.error?.message).toBe('24SevenOffice rejected GetCompanies: Request with ASP.NET_SessionId=[hidden] refused.');
		expect(visibleText(run, '24SevenOffice')).not.toContain(sessionId);
	});

	it('saves companies; one refused by an APIException fails the item and names the refused and the saved ones', async () => {
		const companies = { companies: [{ Name: 'Ny Kunde AS', Type: 'Business' }, { Id: 99, Name: 'Ghost' }] };
		const run = await call({ serviceOperation: 'SaveCompanies', parameters: companies });
		expect(run.error?.message).toBe('24SevenOffice refused 1 of 2 records in SaveCompanies: Company with Id 99 does not exist');
		expect(run.error?.description).toBe(
			'Company 2: ValidationException: Company with Id 99 does not exist The other 1 record was saved (Id 4): send only the refused ones again, after correcting them.',
		);
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(requestsFor('SaveCompanies')[0].body).toMatch(/<companies>\s*<Company>\s*<Name>Ny Kunde AS<\/Name>\s*<Type>Business<\/Type>\s*<\/Company>\s*<Company>\s*<Id>99<\/Id>/);
	});

	it('names every refused record, one per line', async () => {
		const run = await call({ serviceOperation: 'SaveCompanies', parameters: { companies: [{ Id: 98, Name: 'Ghost A' }, { Id: 99, Name: 'Ghost B' }] } });
		expect(run.error?.message).toBe('24SevenOffice refused 2 of 2 records in SaveCompanies: Company with Id 98 does not exist');
		expect(run.error).toMatchObject({
			errorResponse: { refused: 'Company 1: ValidationException: Company with Id 98 does not exist Company 2: ValidationException: Company with Id 99 does not exist' },
		});
		expect(run.error?.description).toBe(
			'Company 1: ValidationException: Company with Id 98 does not exist Company 2: ValidationException: Company with Id 99 does not exist None of the records were saved.',
		);
	});

	it('with Continue On Fail, a refused record becomes an error item and the other items go on', async () => {
		const run = await call(
			{ serviceOperation: 'SaveCompanies', parameters: '={{ JSON.stringify({ companies: [{ Name: $json.name }] }) }}' },
			[{ name: 'Good AS' }, { name: '' }, { name: 'Also Good AS' }],
			true,
		);
		expect(run.error).toBeUndefined();
		const output = run.json('24SevenOffice');
		expect(output[0].SaveCompaniesResult).toEqual([expect.objectContaining({ Id: 4, Name: 'Good AS' })]);
		expect(output[1]).toEqual({ error: '24SevenOffice refused 1 of 1 record in SaveCompanies: Name is required', details: expect.stringContaining('None of the records were saved.') });
		expect(output[2].SaveCompaniesResult).toEqual([expect.objectContaining({ Id: 5, Name: 'Also Good AS' })]);
	});

	it('logs in once more and retries once when the service says the session is gone', async () => {
		const session = await logIn();
		emulator().expireSessions();
		const run = await call({ serviceOperation: 'GetCompanies', parameters: GET_COMPANIES, sessionId: '={{ $json.sessionId }}', splitResult: true }, [session, session]);
		expect(run.error).toBeUndefined();
		expect(run.json('24SevenOffice')).toHaveLength(4);
		const calls = requestsFor('GetCompanies');
		expect(calls).toHaveLength(3);
		expect(calls[0].headers.cookie).toBe(session.cookie);
		expect(calls[1].headers.cookie).not.toBe(session.cookie);
		expect(calls[2].headers.cookie).toBe(calls[1].headers.cookie);
		expect(requestsFor('Login')).toHaveLength(2);
	});

	it('explains a fault of the service, e.g. GetCompanies without returnProperties', async () => {
		const run = await call({ serviceOperation: 'GetCompanies', parameters: { searchParams: {} } });
		expect(run.error?.message).toBe('24SevenOffice rejected GetCompanies: Object reference not set to an instance of an object.');
	});
});

describe('24SevenOffice Call Service: AccountService and TransactionService', () => {
	it('saves a bundle, and TransactionService (lower-case namespace) reads the posted entries back', async () => {
		const saved = await call({ service: 'AccountService', serviceOperation: 'SaveBundleList', parameters: bundle(125.5) });
		expect(saved.error).toBeUndefined();
		expect(saved.json('24SevenOffice')).toEqual([{ SaveBundleListResult: { Type: 'Ok' } }]);
		const sent = requestsFor('SaveBundleList')[0];
		expect(sent.path).toBe('/Economy/Account/V004/Accountservice.asmx');
		expect(sent.body).toMatch(/<Bundles>\s*<Bundle>\s*<YearId>2026<\/YearId>\s*<Vouchers>\s*<Voucher>\s*<TransactionNo>1001<\/TransactionNo>\s*<Entries>\s*<Entry>/);
		expect(sent.body).toContain('<Comment>Invoice 7 &lt;Nordlys &amp; co&gt;</Comment>');

		const read = await call({
			service: 'TransactionService',
			serviceOperation: 'GetTransactions',
			parameters: { searchParams: { DateStart: '2026-11-01', DateEnd: '2026-11-30' } },
			splitResult: true,
		});
		expect(read.error).toBeUndefined();
		expect(read.json('24SevenOffice').map((json) => [json.AccountNo, json.Amount, json.Comment, json.Open])).toEqual([
			[1500, 125.5, 'Invoice 7 <Nordlys & co>', false],
			[3000, -125.5, '', false],
		]);
		const [request] = requestsFor('GetTransactions');
		expect(request.headers.soapaction).toBe(`"${TSO_ACCOUNTING_NS}GetTransactions"`);
		expect(request.body).toContain(`<GetTransactions xmlns="${TSO_ACCOUNTING_NS}">`);
	});

	it('turns a save result other than Ok into a clear error, without a retry', async () => {
		const run = await call({ service: 'AccountService', serviceOperation: 'SaveBundleList', parameters: bundle(100) });
		expect(run.error?.message).toBe('24SevenOffice did not carry out SaveBundleList (NotSaved): Voucher 1001 is not in balance (difference -25.50)');
		expect(run.error?.description).toContain('Nothing was saved');
		expect(requestsFor('SaveBundleList')).toHaveLength(1);
	});

	it('treats Type NotAuthenticated in a 200 answer as a dead session: one new log-in, one retry', async () => {
		const session = await logIn();
		emulator().expireSessions();
		const run = await call({ service: 'AccountService', serviceOperation: 'SaveBundleList', parameters: bundle(125.5), sessionId: session.sessionId as string });
		expect(run.error).toBeUndefined();
		expect(run.json('24SevenOffice')).toEqual([{ SaveBundleListResult: { Type: 'Ok' } }]);
		expect(requestsFor('SaveBundleList')).toHaveLength(2);
		expect(requestsFor('Login')).toHaveLength(2);
	});

	it.each([
		['a fault', 'CompanyService', 'GetCompanies', GET_COMPANIES, TSO_NOT_AUTHENTICATED],
		['Type NotAuthenticated', 'AccountService', 'SaveBundleList', bundle(125.5), 'Not authenticated'],
	])('stops with a clear error when even a fresh session is refused (%s)', async (_how, service, operation, parameters, said) => {
		const session = await logIn(deadEnd);
		const run = await call({ service, serviceOperation: operation, parameters, sessionId: session.sessionId as string }, [{}], false, deadEnd);
		expect(run.error?.message).toBe(`24SevenOffice says the session is not logged in, even right after a new log-in: ${said}`);
		expect(run.error?.description).toContain(`may use ${service}`);
		const sent = deadEnd().requests;
		// The given session, then one new log-in and one retry: no more.
		expect(sent.filter((request) => request.operation === operation)).toHaveLength(2);
		expect(sent.filter((request) => request.operation === 'Login')).toHaveLength(2);
	});

	it('with Continue On Fail, a later item whose fresh session is refused again at once stops, without another log-in', async () => {
		const run = await call({ serviceOperation: 'GetCompanies', parameters: GET_COMPANIES }, [{}, {}], true, deadEnd);
		const [first, second] = run.json('24SevenOffice');
		expect(first.error).toBe(`24SevenOffice says the session is not logged in, even right after a new log-in: ${TSO_NOT_AUTHENTICATED}`);
		expect(second).toEqual({
			error: '24SevenOffice ended the new session at once',
			details: 'The session this run logged in was refused right after the log-in. Run the workflow again; if it keeps happening, contact 24SevenOffice support.',
		});
		const sent = deadEnd().requests;
		expect(sent.filter((request) => request.operation === 'Login')).toHaveLength(1);
		expect(sent.filter((request) => request.operation === 'GetCompanies')).toHaveLength(2);
	});

	it('calls a service by a custom path, host and namespace', async () => {
		const run = await call({
			service: 'custom',
			servicePath: '/Economy/Account/V004/Accountservice.asmx',
			serviceHost: 'api',
			serviceNamespace: TSO,
			serviceOperation: 'GetAccountList',
			splitResult: true,
			options: { soapVersion: '1.2' },
		});
		expect(run.error).toBeUndefined();
		expect(run.json('24SevenOffice')[0]).toEqual({ AccountId: 11, AccountNo: 1500, AccountName: 'Kundefordringer', AccountTax: 0, TaxNo: 0 });
		expect(requestsFor('GetAccountList')[0].headers['content-type']).toBe('application/soap+xml; charset=utf-8');
	});
});

describe('24SevenOffice Call Service: input', () => {
	it.each([
		[{ serviceOperation: 'GetCompanies', parameters: '{"searchParams": ' }, /^The Parameters are not valid JSON$/],
		[{ serviceOperation: 'GetCompanies', parameters: '["Id"]' }, /^The Parameters cannot be sent: The parameters must be a JSON object/],
		[{ serviceOperation: 'GetCompanies', parameters: { 'search params': {} } }, /^The Parameters cannot be sent: "search params" is not a valid parameter name/],
		[{ serviceOperation: 'Get Companies' }, /^"Get Companies" is not an operation name$/],
		[{ serviceOperation: ' ' }, /^No operation name was given$/],
		[{ service: 'custom', servicePath: 'https://evil.example.com/x.asmx', serviceOperation: 'GetCompanies' }, /^The Service Path is not the path/],
		[{ serviceOperation: 'GetCompanies', sessionId: 'abc; other=1' }, /^The session ID is not a 24SevenOffice session ID$/],
	])('refuses %j before sending anything', async (parameters, message) => {
		const run = await call(parameters as INodeParameters);
		expect(run.error?.message).toMatch(message);
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(emulator().requests.filter((request) => request.operation !== 'Login')).toHaveLength(0);
	});

	it('keeps the password out of errors and output', async () => {
		const run = await call({ serviceOperation: 'SaveCompanies', parameters: { companies: [{ Name: '' }] } });
		expect(run.error).toBeDefined();
		expect(visibleText(run, '24SevenOffice')).not.toContain(tsoDemo.password);
	});

	it('hands JSON to the next node: companies read in one step are saved by the next', async () => {
		const service = { resource: 'service', operation: 'callService', service: 'CompanyService' };
		const run = await runWorkflow(
			chain(
				[{}],
				{ name: 'Companies', type: 'twentyFourSevenOffice', parameters: { ...service, serviceOperation: 'GetCompanies', parameters: JSON.stringify(GET_COMPANIES), splitResult: true }, credential: 'c' },
				{
					name: 'Rename',
					type: 'twentyFourSevenOffice',
					parameters: { ...service, serviceOperation: 'SaveCompanies', parameters: "={{ JSON.stringify({ companies: [{ Id: $json.Id, Name: $json.Name + ' (checked)' }] }) }}", splitResult: true },
					credential: 'c',
				},
			),
			{ twentyFourSevenOfficeApi: { c: tsoCredential(emulator(), tsoDemo) } },
		);
		expect(run.error).toBeUndefined();
		expect(run.json('Rename').map((json) => [json.Id, json.Name])).toEqual([
			[2, 'Fjord & Fjell <Consult> (checked)'],
			[3, 'Kari Nordmann (checked)'],
		]);
		// Both nodes use the session stored with the credential: one log-in in all.
		expect(requestsFor('Login')).toHaveLength(1);
	});
});
