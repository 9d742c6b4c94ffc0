/**
 * Twinfield XML Message → Process XML run by n8n's workflow engine against the
 * emulator: the message goes out escaped byte for byte with the session's
 * header, the answer comes back as JSON, Twinfield's refusals as errors.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { twinfieldDemo } from '../emulator';
import type { CredentialStore } from './credentialsHelper';
import { twinfieldCredential, useEmulator, visibleText } from './harness';
import { runWorkflow } from './runWorkflow';
import { chain, type Step } from './workflow';

const emulator = useEmulator();

const store = (): CredentialStore => ({ twinfieldApi: { test: twinfieldCredential(emulator(), twinfieldDemo) } });

function processXmlStep(message: string, parameters: INodeParameters = {}, continueOnFail: Step['continueOnFail'] = false): Step {
	return {
		name: 'Twinfield',
		type: 'twinfield',
		parameters: { resource: 'xml', operation: 'processXml', message, ...parameters },
		credential: 'test',
		continueOnFail,
	};
}

async function processXml(message: string, parameters: INodeParameters = {}, credentials = store(), items: IDataObject[] = [{}]) {
	return await runWorkflow(chain(items, processXmlStep(message, parameters)), credentials);
}

const count = (operation: string) => emulator().requests.filter((request) => request.operation === operation).length;

const SAVE_WITH_PROBLEMS =
	'<transaction destiny="temporary"><header><office>DEMO1</office><code>MEMO</code><date>20250115</date></header>' +
	'<lines><line type="detail"><dim1>1300</dim1><dim2>9999</dim2><value>100.00</value><debitcredit>debit</debitcredit></line>' +
	'<line type="detail"><dim1>8000</dim1><value>100.00</value><debitcredit>credit</debitcredit></line></lines></transaction>';

const SAVE_WITH_WARNING = (raisewarning: string) =>
	`<transaction destiny="temporary"${raisewarning}><header><office>DEMO1</office><code>MEMO</code><date>20250115</date></header>` +
	'<lines><line type="detail"><dim1>1300</dim1><dim2>1000</dim2><value>100.00</value><debitcredit>debit</debitcredit></line>' +
	'<line type="detail"><dim1>8000</dim1><value>100.00</value><debitcredit>credit</debitcredit></line></lines></transaction>';

describe('Twinfield Process XML', () => {
	it('lists offices with the session kept with the credential, one item per office', async () => {
		const message = '<list><type>offices</type></list>';
		const run = await processXml(message);
		expect(run.error).toBeUndefined();
		expect(run.json('Twinfield')).toEqual([
			{ code: 'DEMO1', name: 'Demo company 1', shortname: 'Demo 1' },
			{ code: 'DEMO2', name: 'Demo company 2', shortname: 'Demo 2' },
		]);
		// The call itself logs on through the credential: no check before it, none after the log-on.
		expect([count('Logon'), count('KeepAlive'), count('ProcessXmlString')]).toEqual([1, 0, 1]);
		const request = emulator().requests.find((item) => item.operation === 'ProcessXmlString');
		expect(request?.service).toBe('twinfield-cluster');
		expect(request?.headers.soapaction).toBe('"http://www.twinfield.com/ProcessXmlString"');
		expect(request?.values?.xmlRequest).toBe(message);
		expect(request?.body).toContain('<xmlRequest>&lt;list&gt;&lt;type&gt;offices&lt;/type&gt;&lt;/list&gt;</xmlRequest>');
		expect(request?.body).toMatch(/<Header xmlns="http:\/\/www\.twinfield\.com\/">\s*<SessionID>[0-9a-f-]{36}<\/SessionID>\s*<\/Header>/);
	});

	it('sends characters XML must escape byte for byte', async () => {
		const message = '<read><type>dimensions</type><office>DEMO1</office><dimtype>DEB</dimtype><code>A&amp;B "x" \'y\' &lt;z&gt;</code></read>';
		const run = await processXml(message, {}, store(), [{}]);
		// Twinfield's not-found answer: <dimension result="0"> with the message on <code>.
		expect(run.error?.message).toMatch(/^Twinfield refused the dimension: Dimension A&B "x" 'y' <z> does not exist\. \(at dimension\/code\)$/);
		const request = emulator().requests.find((item) => item.operation === 'ProcessXmlString');
		expect(request?.values?.xmlRequest).toBe(message);
	});

	it('reads a customer into JSON: attributes kept, repeated elements as arrays', async () => {
		const run = await processXml('<read><type>dimensions</type><office>DEMO1</office><dimtype>DEB</dimtype><code>1000</code></read>');
		expect(run.error).toBeUndefined();
		const [item] = run.json('Twinfield');
		const dimension = item.dimension as IDataObject;
		expect(dimension).toMatchObject({
			status: 'active',
			result: '1',
			office: { name: 'Demo company 1', shortname: 'Demo 1', _: 'DEMO1' },
			type: { _: 'DEB' },
			code: '1000',
			name: 'Acme B.V.',
			vatnumber: 'NL001234567B01',
		});
		const addresses = (dimension.addresses as IDataObject).address as IDataObject[];
		expect(addresses).toHaveLength(2);
		expect(addresses[0]).toMatchObject({ id: '1', type: 'invoice', default: 'true', city: 'Amsterdam' });
		// One bank, still an array: Twinfield repeats <bank>.
		expect((dimension.banks as IDataObject).bank).toEqual([{ id: '1', default: 'true', ascription: 'Acme B.V.', iban: 'NL91ABNA0417164300', natbiccode: '' }]);
	});

	it('lists dimensions, one item per dimension with the list attributes', async () => {
		const run = await processXml('<list><type>dimensions</type><office>DEMO1</office><dimtype>CRD</dimtype></list>');
		expect(run.json('Twinfield')).toEqual([
			{ code: '2000', name: 'Papier & Co', shortname: '', office: 'DEMO1', type: 'CRD' },
			{ code: '2001', name: 'Energie Noord', shortname: '', office: 'DEMO1', type: 'CRD' },
		]);
	});

	it('turns a browse into one item per row keyed by the column labels, amounts as numbers', async () => {
		const message =
			'<columns code="100"><column><field>fin.trs.head.office</field><operator>equal</operator><from>DEMO1</from></column>' +
			'<column><field>fin.trs.head.number</field><label>Invoice</label></column>' +
			'<column><field>fin.trs.line.dim2</field></column>' +
			'<column><field>fin.trs.line.openbasevaluesigned</field></column>' +
			'<column><field>fin.trs.line.matchstatus</field><operator>equal</operator><from>available</from></column></columns>';
		const run = await processXml(message);
		expect(run.error).toBeUndefined();
		const rows = run.json('Twinfield');
		expect(rows).toHaveLength(3);
		expect(rows[0]).toEqual({
			Office: 'DEMO1',
			Invoice: '202600002',
			Customer: '1001',
			'Open amount': 484.5,
			Status: 'available',
			key: { office: 'DEMO1', code: 'VRK', number: '202600002', line: '1' },
		});
	});

	it('names each message of a refused save and the element it sits on', async () => {
		const run = await processXml(SAVE_WITH_PROBLEMS);
		expect(run.error?.message).toBe(
			'Twinfield refused the transaction: Dimension 9999 does not exist in administration DEMO1. (at transaction/lines/line[1]/dim2) (and 1 more)',
		);
		expect(run.error?.description).toBe(
			[
				'(1) warning at transaction/header/date: The date lies in 2025, a year that is closed; the transaction is booked in the first open period.',
				'(2) error at transaction/lines/line[1]/dim2: Dimension 9999 does not exist in administration DEMO1.',
				'(3) error at transaction/lines/line[1]/dim2: Dimension 9999 is not allowed on a line with general ledger account 1300.',
				'Correct the message and run it again.',
			].join(' '),
		);
		expect(run.error?.context?.itemIndex).toBe(0);
	});

	it('with Continue On Fail, a refused item becomes an error item and the others go on', async () => {
		const items = [{ message: SAVE_WITH_PROBLEMS }, { message: '<list><type>offices</type></list>' }];
		const run = await runWorkflow(chain(items, processXmlStep('={{ $json.message }}', {}, true)), store());
		expect(run.error).toBeUndefined();
		const output = run.output('Twinfield');
		expect(output[0].json.error).toMatch(/^Twinfield refused the transaction/);
		expect(output[0].pairedItem).toEqual({ item: 0 });
		expect(output.slice(1).map((item) => [item.json.code, item.pairedItem])).toEqual([
			['DEMO1', { item: 1 }],
			['DEMO2', { item: 1 }],
		]);
		expect(count('Logon')).toBe(1);
	});

	it('a warning stops a save unless the message allows it, and says how', async () => {
		const run = await processXml(SAVE_WITH_WARNING(''));
		expect(run.error?.message).toBe(
			'Twinfield did not save the transaction because of a warning: The date lies in 2025, a year that is closed; the transaction is booked in the first open period. (at transaction/header/date)',
		);
		expect(run.error?.description).toContain('add raisewarning="false" to the <transaction> element');
	});

	it('outputs the warnings of a save that went through, and the raw XML on request', async () => {
		const run = await processXml(SAVE_WITH_WARNING(' raisewarning="false"'), { options: { includeRawXml: true } });
		expect(run.error).toBeUndefined();
		const [item] = run.json('Twinfield');
		expect((item.transaction as IDataObject).result).toBe('1');
		expect(((item.transaction as IDataObject).header as IDataObject).number).toMatch(/^\d+$/);
		expect(item.warnings).toEqual([
			{ type: 'warning', element: 'transaction/header/date', message: 'The date lies in 2025, a year that is closed; the transaction is booked in the first open period.' },
		]);
		expect(item.xml).toMatch(/^<transaction location="temporary" result="1">/);
		const task = run.run.data.resultData.runData.Twinfield[0];
		expect(JSON.stringify(task.hints)).toContain('Twinfield warned: The date lies in 2025');
	});

	it('refuses a message that is not XML before sending anything', async () => {
		const run = await processXml('&lt;list&gt;&lt;type&gt;offices&lt;/type&gt;&lt;/list&gt;');
		expect(run.error?.message).toMatch(/^The XML message is not well-formed XML/);
		expect(run.error?.description).toContain('do not escape it');
		expect(count('ProcessXmlString')).toBe(0);
	});

	it('explains a browse Twinfield cannot run', async () => {
		const run = await processXml('<columns code="100"><column><field>no.such.field</field></column></columns>');
		expect(run.error?.message).toBe('Twinfield rejected ProcessXmlString: An error occurred on the server. Reference: 2026-01-15 C0A1B2C3');
	});

	it('uses the session of a Log On step in front, without a log-on of its own', async () => {
		const logOn: Step = { name: 'Log On', type: 'twinfield', parameters: { resource: 'session', operation: 'logOn' }, credential: 'test' };
		const step = processXmlStep('<list><type>offices</type></list>', { session: 'input' });
		const run = await runWorkflow(chain([{}], logOn, step), store());
		expect(run.error).toBeUndefined();
		expect(run.json('Twinfield').map((item) => item.code)).toEqual(['DEMO1', 'DEMO2']);
		expect(count('Logon')).toBe(1);
	});

	it('says to log on again when the session from the input has ended', async () => {
		const logOn: Step = { name: 'Log On', type: 'twinfield', parameters: { resource: 'session', operation: 'logOn' }, credential: 'test' };
		const first = await runWorkflow(chain([{}], logOn), store());
		const session = first.json('Log On')[0];
		emulator().expireSessions();
		const run = await runWorkflow(chain([session], processXmlStep('<list><type>offices</type></list>', { session: 'input' })), store());
		expect(run.error?.message).toBe('Twinfield rejected ProcessXmlString: Your logon credentials are not valid anymore. Try to log on again.');
		expect(run.error?.description).toMatch(/^The session has ended/);
		expect(count('Logon')).toBe(1);
	});

	it('explains a header from the input that is not a Twinfield session', async () => {
		const run = await processXml('<list><type>offices</type></list>', { session: 'input' }, store(), [{ soapHeader: 'nonsense', cluster: emulator().twinfieldClusterUrl }]);
		expect(run.error?.message).toMatch(/^The SOAP header from the input is not XML/);
		expect(run.error?.context?.itemIndex).toBe(0);
		const second = await runWorkflow(
			chain([{ soapHeader: '<Header/>', cluster: 'x' }, { soapHeader: 'nonsense', cluster: emulator().twinfieldClusterUrl }], processXmlStep('<list><type>offices</type></list>', { session: 'input' }, true)),
			store(),
		);
		expect(second.output('Twinfield').map((item) => [item.json.error !== undefined, item.pairedItem])).toEqual([
			[true, { item: 0 }],
			[true, { item: 1 }],
		]);
		expect(second.json('Twinfield')[1].error).toMatch(/^The SOAP header from the input is not XML/);
		expect(visibleText(run, 'Twinfield')).not.toContain(twinfieldDemo.password);
	});
});

const logOnStep: Step = { name: 'Log On', type: 'twinfield', parameters: { resource: 'session', operation: 'logOn' }, credential: 'test' };

describe('Twinfield session kept with the password credential', () => {
	it('logs on once for 20 runs while the session lives, and is reused by Log On too', async () => {
		const credentials = store();
		for (let run = 0; run < 20; run++) {
			const result = await processXml('<list><type>offices</type></list>', {}, credentials);
			expect(result.error).toBeUndefined();
		}
		const logOn = await runWorkflow(chain([{}], { name: 'Log On', type: 'twinfield', parameters: { resource: 'session', operation: 'logOn' }, credential: 'test' }), credentials);
		expect(logOn.json('Log On')[0]).toMatchObject({ sessionId: credentials.twinfieldApi.test.sessionId, ready: true });
		// Only Log On checks the kept session (its job is to hand over a live one): 20 calls, 1 log-on, 1 check.
		expect([count('Logon'), count('KeepAlive'), count('ProcessXmlString')]).toEqual([1, 1, 20]);
	});

	it('logs on once again when the kept session has ended before the run', async () => {
		const credentials = store();
		await processXml('<list><type>offices</type></list>', {}, credentials);
		const before = credentials.twinfieldApi.test.sessionId;
		emulator().expireSessions();
		const run = await processXml('<list><type>offices</type></list>', {}, credentials);
		expect(run.error).toBeUndefined();
		// Run 2: ProcessXml (session ended), Logon, ProcessXml.
		expect([count('Logon'), count('KeepAlive'), count('ProcessXmlString')]).toEqual([2, 0, 3]);
		expect(credentials.twinfieldApi.test.sessionId).not.toBe(before);
	});

	it('when a call fails because the session died, logs on once and sends it once more', async () => {
		const credentials = store();
		await processXml('<list><type>offices</type></list>', {}, credentials);
		emulator().inject({ kind: 'endSessions', operation: 'ProcessXmlString', service: 'twinfield' });
		const run = await processXml('<list><type>offices</type></list>', {}, credentials, [{}, {}]);
		expect(run.error).toBeUndefined();
		expect(run.json('Twinfield')).toHaveLength(4);
		// Run 1: Logon, ProcessXml. Run 2: ProcessXml (session ended), Logon, ProcessXml, then the second item's ProcessXml.
		expect([count('Logon'), count('KeepAlive'), count('ProcessXmlString')]).toEqual([2, 0, 4]);
	});

	it("masks the kept session's ID and the password when a fault echoes them", async () => {
		const credentials = store();
		await processXml('<list><type>offices</type></list>', {}, credentials);
		const sessionId = String(credentials.twinfieldApi.test.sessionId);
		const password = String(credentials.twinfieldApi.test.password);
		emulator().inject({ kind: 'fault', operation: 'ProcessXmlString', service: 'twinfield', faultString: `Session ${sessionId} of password ${password} is not allowed here.` });
		const run = await processXml('<list><type>offices</type></list>', {}, credentials);
		expect(run.error?.message).toBe('Twinfield rejected ProcessXmlString: Session [hidden] of password [hidden] is not allowed here.');
		expect(JSON.stringify(run.error)).not.toContain(sessionId);
		expect(JSON.stringify(run.error)).not.toContain(password);
	});

	it('reports a new session that is ended again at once, rather than log on in a loop', async () => {
		const credentials = store();
		await processXml('<list><type>offices</type></list>', {}, credentials);
		emulator().inject({ kind: 'endSessions', operation: 'ProcessXmlString', service: 'twinfield', times: 5 });
		const run = await processXml('<list><type>offices</type></list>', {}, credentials);
		expect(run.error?.message).toBe('Twinfield ended the new session at once');
		expect(run.error).toMatchObject({ errorResponse: { service: 'Twinfield', operation: 'Logon' } });
		expect(run.error?.description).toBe(
			'Another log-on with the same user ended the session this call logged on for. Twinfield allows one session per user: let one credential per user serve all workflows, then run the workflow again.',
		);
		// Run 1: Logon, ProcessXml. Run 2: ProcessXml (ended), Logon, ProcessXml (ended): then it stops.
		expect([count('Logon'), count('ProcessXmlString')]).toEqual([2, 3]);
	});

	it('reads a call sent through the credential within the Max Answer Size option', async () => {
		const credentials = store();
		emulator().inject({ kind: 'oversized', operation: 'ProcessXmlString', service: 'twinfield', bytes: 2 * 1024 * 1024 });
		const run = await processXml('<list><type>offices</type></list>', { options: { maxAnswerMb: 1 } }, credentials);
		expect(run.error?.message).toBe('Twinfield sent an answer to ProcessXmlString larger than the limit of 1 MB');
		expect(run.error?.context?.itemIndex).toBe(0);
	});

	it('gives a call sent through the credential the Timeout option as a deadline', async () => {
		const credentials = store();
		emulator().inject({ kind: 'slow', operation: 'ProcessXmlString', service: 'twinfield', delayMs: 3000 });
		const started = Date.now();
		const run = await processXml('<list><type>offices</type></list>', { options: { timeout: 1 } }, credentials);
		expect(run.error?.message).toBe('Twinfield did not answer ProcessXmlString within 1 second');
		expect(Date.now() - started).toBeLessThan(2900);
	});

	it("reads Log On's Keep Alive answer within the Max Answer Size option", async () => {
		const credentials = store();
		emulator().inject({ kind: 'oversized', operation: 'KeepAlive', service: 'twinfield', bytes: 2 * 1024 * 1024 });
		const run = await runWorkflow(chain([{}], { ...logOnStep, parameters: { ...logOnStep.parameters, options: { maxAnswerMb: 1 } } }), credentials);
		expect(run.error?.message).toBe('Twinfield sent an answer to KeepAlive larger than the limit of 1 MB');
		expect(run.error?.context?.itemIndex).toBe(0);
	});

	it("reads Log On's Keep Alive answer within the Max Answer Size option after n8n logged on again", async () => {
		const credentials = store();
		await processXml('<list><type>offices</type></list>', {}, credentials);
		// The stored session's Keep Alive fails as an ended session does; n8n logs on and sends it again.
		emulator().inject({ kind: 'fault', operation: 'KeepAlive', service: 'twinfield', faultString: 'Your logon credentials are not valid anymore. Try to log on again.' });
		emulator().inject({ kind: 'oversized', operation: 'KeepAlive', service: 'twinfield', bytes: 2 * 1024 * 1024 });
		const run = await runWorkflow(chain([{}], { ...logOnStep, parameters: { ...logOnStep.parameters, options: { maxAnswerMb: 1 } } }), credentials);
		expect(run.error?.message).toBe('Twinfield sent an answer to KeepAlive larger than the limit of 1 MB');
		expect([count('Logon'), count('KeepAlive'), count('ProcessXmlString')]).toEqual([2, 2, 1]);
	});

	it("reads Log On's Keep Alive answer within the Max Answer Size option on a session n8n logged on for this run", async () => {
		const credentials = store();
		emulator().inject({ kind: 'oversized', operation: 'KeepAlive', service: 'twinfield', bytes: 2 * 1024 * 1024, status: 500 });
		emulator().inject({ kind: 'oversized', operation: 'KeepAlive', service: 'twinfield', bytes: 2 * 1024 * 1024 });
		const run = await runWorkflow(chain([{}], { ...logOnStep, parameters: { ...logOnStep.parameters, options: { maxAnswerMb: 1 } } }), credentials);
		expect(run.error?.message).toBe('Twinfield sent an answer to KeepAlive larger than the limit of 1 MB');
		// Too large is not "session ended": no second log-on.
		expect(count('Logon')).toBe(1);
	});

	it("gives Log On's Keep Alive the Timeout option as a deadline", async () => {
		const credentials = store();
		emulator().inject({ kind: 'slow', operation: 'KeepAlive', service: 'twinfield', delayMs: 3000 });
		const run = await runWorkflow(chain([{}], { ...logOnStep, parameters: { ...logOnStep.parameters, options: { timeout: 1 } } }), credentials);
		expect(run.error?.message).toBe('Twinfield did not answer KeepAlive within 1 second');
	});

	it('stops with the reason when the new log-on is refused', async () => {
		const credentials = store();
		credentials.twinfieldApi.test.password = 'wrong';
		const run = await processXml('<list><type>offices</type></list>', {}, credentials);
		expect(run.error?.message).toBe('Twinfield rejected the user name, password or organisation');
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(visibleText(run, 'Twinfield')).not.toContain('wrong');
	});
});

describe('a kept Twinfield session ID that breaks the rules of a typed one', () => {
	it('is never sent: Twinfield asks for a new log-on, the call goes out once more and succeeds', async () => {
		const credentials = store();
		await processXml('<list><type>offices</type></list>', {}, credentials);
		const live = credentials.twinfieldApi.test.sessionId;
		credentials.twinfieldApi.test.sessionId = 'x</SessionID><Other>1</Other><SessionID>';
		const run = await processXml('<list><type>offices</type></list>', {}, credentials);
		expect(run.error).toBeUndefined();
		expect(emulator().requests.some((request) => request.body.includes('<Other>'))).toBe(false);
		// The session the first run got answers with still lives: it is kept again, no second log-on.
		expect(count('Logon')).toBe(1);
		expect(credentials.twinfieldApi.test.sessionId).toBe(live);
	});

	it('is never sent: with no session known to work, the node logs on once and the call succeeds', async () => {
		const credentials = store();
		await processXml('<list><type>offices</type></list>', {}, credentials);
		emulator().expireSessions();
		credentials.twinfieldApi.test.sessionId = 'x</SessionID><Other>1</Other><SessionID>';
		const run = await processXml('<list><type>offices</type></list>', {}, credentials);
		expect(run.error).toBeUndefined();
		expect(emulator().requests.some((request) => request.body.includes('<Other>'))).toBe(false);
		expect(count('Logon')).toBe(2);
	});
});

describe('a credential with a value that cannot be sent', () => {
	it.each(['user', 'password', 'organisation'])('a control character in the %s is an input error, refused before anything is sent', async (field) => {
		const credentials = store();
		const data = credentials.twinfieldApi.test;
		data[field] = `${String(data[field])}\u0007`;
		const run = await processXml('<list><type>offices</type></list>', {}, credentials);
		expect(run.error?.name).toBe('NodeOperationError');
		expect(run.error?.message).toMatch(/control character/);
		expect(run.error?.description).toBe('Remove control characters (such as ones pasted from other programs) and broken characters from that value, in the node or in its credential.');
		expect(run.error?.context?.itemIndex).toBe(0);
		expect(count('Logon')).toBe(0);
	});
});

describe("Log On's check of the kept session", () => {
	/** A session kept from an earlier run, then Log On with the emulator answering the Keep Alive as `injection` says. */
	async function logOnWithKeptSession(injection: Parameters<ReturnType<typeof emulator>['inject']>[0]) {
		const credentials = store();
		await processXml('<list><type>offices</type></list>', {}, credentials);
		emulator().inject({ ...injection, operation: 'KeepAlive', service: 'twinfield' });
		return await runWorkflow(chain([{}], logOnStep), credentials);
	}

	// Only a well-formed KeepAlive answer proves a session alive; written by hand, each cause named for what it is.
	it.each([
		['an empty 200 answer', { kind: 'empty' }, /^Twinfield sent an empty answer to KeepAlive$/],
		['a cut-off answer', { kind: 'truncated' }, /^(Twinfield sent an incomplete answer to KeepAlive|The connection to Twinfield closed before the answer was complete)$/],
		['a gateway page (502)', { kind: 'html' }, /^Twinfield could not handle KeepAlive \(HTTP 502\)$/],
		['a 429', { kind: 'rateLimit', retryAfter: 5 }, /^Twinfield is limiting requests \(HTTP 429 Too Many Requests\)$/],
		['a 503', { kind: 'serverError' }, /^Twinfield could not handle KeepAlive \(HTTP 503\)$/],
	] as const)('refuses %s, naming its cause, and outputs no session', async (_name, injection, message) => {
		const run = await logOnWithKeptSession(injection as never);
		expect(run.error?.message).toMatch(message);
		expect(run.error?.message).not.toMatch(/did not accept the session/);
	});
});
