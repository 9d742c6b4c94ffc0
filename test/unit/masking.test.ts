// Secrets are masked in what people are shown, never in the data the pack reads from an answer.
import { NodeApiError, type INode } from 'n8n-workflow';

import { callSoap, type CallContext, type SoapService } from '../../nodes/shared/soap/call';
import { maskError, SecretMask } from '../../nodes/shared/soap/serverText';
import { childText } from '../../nodes/shared/soap/xml';
import { logOn } from '../../nodes/Twinfield/transport/logOn';
import type { TsoCall } from '../../nodes/TwentyFourSevenOffice/transport/itemCall';
import { sendServiceCall } from '../../nodes/TwentyFourSevenOffice/transport/serviceCall';

const NS = 'urn:example';
const service: SoapService = { displayName: 'Example', namespace: NS };
const node: INode = { id: '1', name: 'Example', type: 'example', typeVersion: 1, position: [0, 0], parameters: {} };
const PASSWORD = 'perf';
const SESSION_ID = 'perf787bqz0aa1bcd2efgh3ij';

function contextAnswering(body: string, headers: Record<string, string> = {}): CallContext {
	return {
		node,
		itemIndex: 0,
		helpers: { httpRequest: async () => ({ statusCode: 200, headers, body }) },
	} as unknown as CallContext;
}

const envelope = (payload: string) =>
	`<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${payload}</soap:Body></soap:Envelope>`;

async function failure(promise: Promise<unknown>): Promise<NodeApiError> {
	const error = await promise.then(
		() => undefined,
		(caught: NodeApiError) => caught,
	);
	expect(error).toBeInstanceOf(NodeApiError);
	return error!;
}

const shown = (error: NodeApiError) => `${error.message}\n${error.description ?? ''}\n${JSON.stringify(error)}`;

describe('the data of an answer', () => {
	it('keeps a value that contains the password as sent, and the cookie too', async () => {
		const context = contextAnswering(envelope(`<LoginResponse xmlns="${NS}"><LoginResult>${SESSION_ID}</LoginResult></LoginResponse>`), {
			'set-cookie': `ASP.NET_SessionId=${SESSION_ID}; path=/; HttpOnly`,
		});
		const result = await callSoap(context, service, {
			url: 'http://127.0.0.1:1/svc.asmx',
			version: '1.1',
			operation: 'Login',
			fields: { credential: { Username: 'u', Password: PASSWORD } },
		});
		expect(childText(result.response, 'LoginResult', NS)).toBe(SESSION_ID);
		expect(result.cookies).toEqual([`ASP.NET_SessionId=${SESSION_ID}`]);
	});
});

describe('errors that quote an answer', () => {
	it('mask the password in a fault', async () => {
		const context = contextAnswering(
			envelope(`<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Wrong password ${PASSWORD} for u</faultstring></soap:Fault>`),
		);
		const error = await failure(
			callSoap(context, service, { url: 'http://127.0.0.1:1/svc.asmx', version: '1.1', operation: 'Login', fields: { password: PASSWORD } }),
		);
		expect(error.message).toBe('Example rejected Login: Wrong password [hidden] for u');
		expect(shown(error)).not.toContain(PASSWORD);
	});

	it('mask the password in what an operation quotes from the answer after the call', async () => {
		const TW = 'http://www.twinfield.com/';
		const context = contextAnswering(
			envelope(`<LogonResponse xmlns="${TW}"><LogonResult>NoSuchUser ${PASSWORD}</LogonResult><nextAction>None</nextAction></LogonResponse>`),
		);
		const error = await failure(
			logOn(context, { user: 'u', password: PASSWORD, organisation: 'o', loginUrl: 'https://login.example' }, { version: '1.1', timeoutMs: 1000, allowUnfinished: false }),
		);
		expect(error.message).toBe('Twinfield refused the log-on (NoSuchUser [hidden])');
		expect(shown(error)).not.toContain(PASSWORD);
	});

	it('mask a secret the request sent in a status an operation reads from the answer', async () => {
		const ACC = 'http://24sevenoffice.com/webservices/economy/accounting/';
		const context = contextAnswering(
			envelope(`<SaveBundleListResponse xmlns="${ACC}"><SaveBundleListResult><Type>NotSaved</Type><Description>Key ${PASSWORD} is not valid</Description></SaveBundleListResult></SaveBundleListResponse>`),
		);
		const call = { context, credentials: { apiUrl: 'https://api.example' }, options: { version: '1.1', timeoutMs: 1000 } } as unknown as TsoCall;
		const request = {
			serviceName: 'AccountService',
			address: { path: '/Economy/Accounting/Accounting_V001/AccountService.asmx', host: 'api' as const, namespace: ACC },
			operation: 'SaveBundleList',
			fields: { BundleList: { ApiKey: PASSWORD } },
		};
		const error = await failure(sendServiceCall(call, request, 'abcdefabcdefabcdefabcdef'));
		expect(error.message).toBe('24SevenOffice did not carry out SaveBundleList (NotSaved): Key [hidden] is not valid');
		expect(shown(error)).not.toContain(PASSWORD);
	});
});

describe('masking an error after the fact', () => {
	it('masks its message, description and the texts it quotes from the answer, and nothing else', () => {
		const node: INode = { id: '1', name: 'N', type: 't', typeVersion: 1, position: [0, 0], parameters: {} };
		const error = new NodeApiError(node, { service: 'S', faultString: 'session abc123def echoed', count: 2 }, { message: 'Refused abc123def', description: 'Because abc123def.' });
		maskError(error, new SecretMask(['abc123def']));
		expect([error.message, error.description]).toEqual(['Refused [hidden]', 'Because [hidden].']);
		expect(error.errorResponse).toEqual({ service: 'S', faultString: 'session [hidden] echoed', count: 2 });
		const plain = new Error('abc123def');
		maskError(plain, new SecretMask([]));
		expect(plain.message).toBe('abc123def');
		expect(() => maskError(undefined, new SecretMask(['abc123def']))).not.toThrow();
		const quoting = Object.assign(new Error('Refused abc123def'), { errorResponse: 'abc123def' });
		maskError(quoting, new SecretMask(['abc123def']));
		expect([quoting.message, quoting.errorResponse]).toEqual(['Refused [hidden]', 'abc123def']);
	});
});

describe('the session a call carries', () => {
	it('is masked when a fault echoes it, from the header or the cookie', async () => {
		const echo = (text: string) => contextAnswering(envelope(`<soap:Fault><faultcode>soap:Client</faultcode><faultstring>${text}</faultstring></soap:Fault>`));
		const headerSession = 'twf-session-4242-abcd';
		const inHeader = await failure(
			callSoap(echo(`Session ${headerSession} is not valid anymore`), service, {
				url: 'http://127.0.0.1:1/svc.asmx',
				version: '1.1',
				operation: 'KeepAlive',
				header: { name: 'Header', namespace: NS, fields: { SessionID: headerSession } },
			}),
		);
		expect(inHeader.message).toBe('Example rejected KeepAlive: Session [hidden] is not valid anymore');
		expect(shown(inHeader)).not.toContain(headerSession);
		const cookieSession = 'tso-session-4242-efgh';
		const inCookie = await failure(
			callSoap(echo(`Cookie ASP.NET_SessionId=${cookieSession} unknown`), service, {
				url: 'http://127.0.0.1:1/svc.asmx',
				version: '1.1',
				operation: 'GetCompanies',
				cookie: `ASP.NET_SessionId=${cookieSession}; lb=1`,
			}),
		);
		expect(inCookie.message).toBe('Example rejected GetCompanies: Cookie ASP.NET_SessionId=[hidden] unknown');
		expect(shown(inCookie)).not.toContain(cookieSession);
	});
});
