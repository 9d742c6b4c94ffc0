import { NodeApiError, NodeOperationError, type INode } from 'n8n-workflow';

import { callSoap, type CallContext, type SoapService } from '../../nodes/shared/soap/call';

const NS = 'urn:example';
const service: SoapService = {
	displayName: 'Example',
	namespace: NS,
	adviceForFault: (fault) => (fault.detailCode === '7' ? 'Do the seventh thing.' : undefined),
};
const node: INode = { id: '1', name: 'Example', type: 'example', typeVersion: 1, position: [0, 0], parameters: {} };
const SECRET = 's3cr3t&<pw>';

type Answer = { statusCode: number; headers?: Record<string, string>; body: string } | Error;

function contextAnswering(answer: Answer) {
	const sent: Array<Record<string, unknown>> = [];
	const context = {
		node,
		itemIndex: 3,
		helpers: {
			httpRequest: async (request: Record<string, unknown>) => {
				sent.push(request);
				if (answer instanceof Error) throw answer;
				return { statusCode: answer.statusCode, headers: answer.headers ?? {}, body: answer.body };
			},
		},
	} as unknown as CallContext;
	return { context, sent };
}

const call = (answer: Answer, version: '1.1' | '1.2' = '1.1') => {
	const { context, sent } = contextAnswering(answer);
	const result = callSoap(context, service, { url: 'http://127.0.0.1:1/svc.asmx', version, operation: 'Op', fields: { password: SECRET } });
	return { result, sent };
};

const envelope11 = (body: string) =>
	`<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${body}</soap:Body></soap:Envelope>`;

async function failure(answer: Answer, version: '1.1' | '1.2' = '1.1') {
	const error = await call(answer, version).result.then(
		() => undefined,
		(caught: NodeApiError) => caught,
	);
	expect(error).toBeInstanceOf(NodeApiError);
	const text = `${error!.message}\n${error!.description ?? ''}\n${JSON.stringify(error)}`;
	expect(text).not.toContain('s3cr3t');
	expect(error!.context.itemIndex).toBe(3);
	return error!;
}

describe('callSoap', () => {
	it('posts the envelope with the SOAP headers and returns the response element', async () => {
		const { result, sent } = call({
			statusCode: 200,
			headers: { 'set-cookie': 'ASP.NET_SessionId=abc; path=/; HttpOnly' } as never,
			body: envelope11(`<OpResponse xmlns="${NS}"><OpResult>1</OpResult></OpResponse>`),
		});
		const answer = await result;
		expect(answer.response.name).toBe('OpResponse');
		expect(answer.cookies).toEqual(['ASP.NET_SessionId=abc']);
		expect(sent[0]).toMatchObject({
			method: 'POST',
			url: 'http://127.0.0.1:1/svc.asmx',
			headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '"urn:example/Op"' },
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		});
		expect(sent[0].body).toContain('<password>s3cr3t&amp;&lt;pw&gt;</password>');
	});

	it('turns a SOAP 1.1 fault into an error with the service advice and detail code', async () => {
		const error = await failure({
			statusCode: 500,
			body: envelope11(
				'<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Nope.</faultstring><detail><code>7</code><message>Nope.</message></detail></soap:Fault>',
			),
		});
		expect(error.message).toBe('Example rejected Op: Nope.');
		expect(error.description).toContain('Do the seventh thing.');
		expect(error.description).toContain('Example error code: 7');
		expect(error.httpCode).toBe('500');
	});

	it('turns a SOAP 1.2 fault into an error', async () => {
		const error = await failure(
			{
				statusCode: 500,
				body: '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><s:Fault><s:Code><s:Value>s:Sender</s:Value></s:Code><s:Reason><s:Text xml:lang="en">Bad input.</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>',
			},
			'1.2',
		);
		expect(error.message).toBe('Example rejected Op: Bad input.');
		expect(error.description).toContain('Example found a problem in the request.');
		expect(error.description).not.toContain('Fault code');
	});

	it('explains a 429 with its Retry-After', async () => {
		const error = await failure({ statusCode: 429, headers: { 'retry-after': '30' }, body: 'Too many' });
		expect(error.message).toContain('HTTP 429');
		expect(error.description).toContain('Wait 30 seconds');
		expect(error.httpCode).toBe('429');
	});

	it('explains 401 and 403 as access problems', async () => {
		for (const statusCode of [401, 403]) {
			const error = await failure({ statusCode, body: '<html><head><title>Denied</title></head></html>' });
			expect(error.message).toBe(`Example denied access to Op (HTTP ${statusCode})`);
			expect(error.description).toContain('"Denied"');
		}
	});

	it('explains a 5xx HTML page from a gateway', async () => {
		const error = await failure({ statusCode: 502, body: '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>' });
		expect(error.message).toBe('Example could not handle Op (HTTP 502)');
		expect(error.description).toContain('502 Bad Gateway');
	});

	it('explains an HTML page sent with 200', async () => {
		const error = await failure({ statusCode: 200, body: '<html><head><title>Sign in</title></head><body/></html>' });
		expect(error.message).toBe('Example sent a web page instead of a SOAP response to Op');
		expect(error.description).toContain('Sign in');
	});

	it('explains an empty body, white space or a BOM alone included', async () => {
		const error = await failure({ statusCode: 200, body: '' });
		expect(error.message).toBe('Example sent an empty answer to Op');
		expect((await failure({ statusCode: 200, body: '\uFEFF \r\n\t' })).message).toBe('Example sent an empty answer to Op');
	});

	it('reads an answer that starts with a BOM and white space, when it has no XML declaration to come first', async () => {
		const withoutDeclaration = envelope11(`<OpResponse xmlns="${NS}"><OpResult>ok</OpResult></OpResponse>`).replace(/^<\?xml[^>]*\?>/, '');
		const { result } = call({ statusCode: 200, body: `\uFEFF\r\n  ${withoutDeclaration}` });
		expect((await result).response.name).toBe('OpResponse');
	});

	it('explains a truncated body', async () => {
		const error = await failure({ statusCode: 200, body: envelope11(`<OpResponse xmlns="${NS}">`).slice(0, 150) });
		expect(error.message).toBe('Example sent an incomplete answer to Op');
		expect(error.description).toContain('it ends before <soap:Body> is closed');
	});

	it('explains XML that is not SOAP', async () => {
		const error = await failure({ statusCode: 200, body: '<rss><channel/></rss>' });
		expect(error.message).toBe('Example sent something other than a SOAP response to Op');
	});

	it('explains JSON instead of SOAP without calling it broken XML', async () => {
		const error = await failure({ statusCode: 200, body: '{"error":"wrong endpoint"}' });
		expect(error.message).toBe('Example sent something other than a SOAP response to Op');
		expect(error.description).toContain('{\\"error\\":\\"wrong endpoint\\"}');
	});

	it('explains a redirect instead of following it', async () => {
		const error = await failure({ statusCode: 301, headers: { location: 'https://example.test/svc.asmx' }, body: '' });
		expect(error.message).toBe('Example redirected Op elsewhere (HTTP 301)');
		expect(error.description).toContain('https://example.test/svc.asmx');
	});

	it('takes an XHTML page for a web page', async () => {
		const error = await failure({
			statusCode: 200,
			body: '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html><head><title>Portal</title></head></html>',
		});
		expect(error.message).toBe('Example sent a web page instead of a SOAP response to Op');
	});

	it('explains a response for another operation or namespace', async () => {
		const error = await failure({ statusCode: 200, body: envelope11('<OpResponse xmlns="urn:other"/>') });
		expect(error.message).toBe('Example sent an unexpected answer to Op');
		expect(error.description).toContain('Expected <OpResponse> in "urn:example"');
	});

	it('explains a timeout without leaking the request', async () => {
		const timeout = Object.assign(new Error('timeout of 1000ms exceeded'), { code: 'ECONNABORTED', config: { data: SECRET } });
		const error = await failure(timeout);
		expect(error.message).toBe('Example did not answer Op within 30 seconds');
	});

	it('explains a refused connection and a dropped one', async () => {
		expect((await failure(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).message).toBe('Could not connect to Example at 127.0.0.1:1');
		expect((await failure(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).message).toBe(
			'The connection to Example closed before the answer was complete',
		);
	});

	it.each([
		['ECONNABORTED', 'x', 'Example did not answer Op within 30 seconds'],
		['ETIMEDOUT', 'x', 'Example did not answer Op within 30 seconds'],
		[undefined, 'Request Timeout', 'Example did not answer Op within 30 seconds'],
		['ENOTFOUND', 'x', 'The Example server 127.0.0.1:1 could not be found'],
		['EAI_AGAIN', 'x', 'The Example server 127.0.0.1:1 could not be found'],
		['EPIPE', 'x', 'The connection to Example closed before the answer was complete'],
		['ECONNRESET', 'x', 'The connection to Example closed before the answer was complete'],
		[undefined, 'aborted', 'The connection to Example closed before the answer was complete'],
		[undefined, 'Premature close', 'The connection to Example closed before the answer was complete'],
		['EPROTO', 'x', 'The request to Example failed before an answer arrived'],
		[42, 'x', 'The request to Example failed before an answer arrived'],
	])('names the cause of a failed request by its code %p and message %p', async (code, message, expected) => {
		const error = await failure(Object.assign(new Error(message), code === undefined ? {} : { code }));
		expect(error.message).toBe(expected);
	});

	it('strips the ASP.NET wrapper from fault texts', async () => {
		const error = await failure({
			statusCode: 500,
			body: envelope11('<soap:Fault><faultcode>soap:Server</faultcode><faultstring>Server was unable to process request. ---> Limit exceeded.</faultstring></soap:Fault>'),
		});
		expect(error.message).toBe('Example rejected Op: Limit exceeded.');
	});

	it('refuses a URL that is not a web address before sending anything', async () => {
		const { context, sent } = contextAnswering({ statusCode: 200, body: '' });
		const error = await callSoap(context, service, { url: 'login.example.test', version: '1.1', operation: 'Op' }).catch((e) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('The Example URL in the credential is not a web address');
		expect(sent).toHaveLength(0);
	});

	it('refuses values XML cannot carry before sending anything', async () => {
		const { context, sent } = contextAnswering({ statusCode: 200, body: '' });
		const error = await callSoap(context, service, { url: 'http://x', version: '1.1', operation: 'Op', fields: { password: 'a\u0000b' } }).catch((e) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(sent).toHaveLength(0);
	});
});

describe('the kind of step, told by the operation when it does not say', () => {
	const support = 'If it keeps happening, contact Example support with this message.';
	it.each([
		['Logon', `Check the credential: its user, password and URL. ${support}`],
		['LOGIN', `Check the credential: its user, password and URL. ${support}`],
		['HasSession', `Check the session ID the node uses and its other fields. ${support}`],
		['GetCompanies', `Check the node's fields and its credential. ${support}`],
		['Logons', `Check the node's fields and its credential. ${support}`],
	])('a fault of %s gets advice for its kind', async (operation, advice) => {
		const { context } = contextAnswering({ statusCode: 500, body: envelope11('<soap:Fault><faultcode>soap:Client</faultcode><faultstring>No</faultstring></soap:Fault>') });
		const failure = await callSoap(context, service, { url: 'http://127.0.0.1:1/svc.asmx', version: '1.1', operation, fields: {} }).catch((error: NodeApiError) => error);
		expect((failure as NodeApiError).description).toBe(`${advice} Example found a problem in the request.`);
	});
});
