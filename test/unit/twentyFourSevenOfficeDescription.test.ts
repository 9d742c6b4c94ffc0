/** What the editor shows of the 24SevenOffice node and credential. */
import type { INodeProperties } from 'n8n-workflow';

import { TwentyFourSevenOfficeApi } from '../../credentials/TwentyFourSevenOfficeApi.credentials';
import * as operations from '../../nodes/TwentyFourSevenOffice/actions/session/Session.resource';
import { TwentyFourSevenOffice } from '../../nodes/TwentyFourSevenOffice/TwentyFourSevenOffice.node';

const { description } = new TwentyFourSevenOffice();
const credential = new TwentyFourSevenOfficeApi();
const field = (properties: INodeProperties[], name: string) => properties.filter((property) => property.name === name);

describe('24SevenOffice node description', () => {
	it('Ensure Session is the default and says it is the one to start with', () => {
		const operation = field(description.properties, 'operation')[0];
		expect(operation.default).toBe('ensureSession');
		expect(operations.ensureSession.option.action).toMatch(/start here/i);
		expect(operations.ensureSession.option.description).toMatch(/^Start here/);
	});

	it("Session ID is empty by default: the credential's session, nothing read from the incoming item", () => {
		const sessionIds = field(description.properties, 'sessionId');
		expect(sessionIds.length).toBeGreaterThan(0);
		for (const sessionId of sessionIds) expect(sessionId).toMatchObject({ default: '', placeholder: "The credential's session" });
	});
});

describe('24SevenOffice credential', () => {
	it('keeps the session in a hidden, expirable field filled by preAuthentication', () => {
		expect(field(credential.properties, 'sessionId')[0]).toMatchObject({ type: 'hidden', typeOptions: { expirable: true }, default: '' });
		expect(typeof credential.preAuthentication).toBe('function');
		expect(typeof credential.authenticate).toBe('function');
	});

	it('adds the session cookie and keeps other cookies', async () => {
		const authenticate = credential.authenticate as (credentials: object, request: object) => Promise<{ headers: Record<string, string> }>;
		const request = await authenticate({ sessionId: 'abc' }, { url: 'http://127.0.0.1/', headers: { cookie: 'lb=1; ASP.NET_SessionId=old' } });
		expect(request.headers).toEqual({ Cookie: 'ASP.NET_SessionId=abc; lb=1' });
	});

	it('does not send a stored session ID that breaks the rule of a typed one, and keeps the other cookies', async () => {
		const authenticate = credential.authenticate as (credentials: object, request: object) => Promise<{ headers: Record<string, string> }>;
		const request = await authenticate({ sessionId: 'abc; other=1' }, { url: 'http://127.0.0.1/', headers: { cookie: 'lb=1' } });
		expect(request.headers).toEqual({ Cookie: 'lb=1' });
	});

	it('the form has placeholders that do not look filled in, and a password hint', () => {
		expect(field(credential.properties, 'username')[0].placeholder).toMatch(/^e\.g\. /);
		expect(field(credential.properties, 'password')[0].hint).toBeTruthy();
		expect(field(credential.properties, 'identityId')[0].placeholder).not.toMatch(/^[0-9-]+$/);
	});
});
