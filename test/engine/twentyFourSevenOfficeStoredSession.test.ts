/**
 * The 24SevenOffice session kept with the credential: n8n's preAuthentication
 * fills the hidden field, the store keeps it between runs, and every run counts
 * its requests. The credential map plays n8n's credentials table.
 */
import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { tsoDemo, tsoIdentities } from '../emulator';
import type { CredentialStore } from './credentialsHelper';
import { tsoCredential, useEmulator } from './harness';
import { runWorkflow } from './runWorkflow';
import { chain } from './workflow';

const emulator = useEmulator();

const counts = () => emulator().counts()['24sevenoffice'] ?? {};

function freshStore(): CredentialStore {
	return { twentyFourSevenOfficeApi: { stored: tsoCredential(emulator(), tsoDemo) } };
}

const storedSession = (store: CredentialStore) => (store.twentyFourSevenOfficeApi.stored as ICredentialDataDecryptedObject).sessionId;

async function run(store: CredentialStore, operation: string, parameters: INodeParameters = {}, items: object[] = [{}], continueOnFail = false) {
	return await runWorkflow(
		chain(items as never, {
			name: '24SevenOffice',
			type: 'twentyFourSevenOffice',
			parameters: { resource: 'session', operation, ...parameters },
			credential: 'stored',
			continueOnFail,
		}),
		store,
	);
}

const many = (count: number, json: object = {}) => Array.from({ length: count }, () => json);

describe('24SevenOffice Ensure Session with the session stored in the credential', () => {
	it.each([1, 100, 10_000])('%i items: one Login and one HasSession in the first run, one HasSession in the next', async (count) => {
		const store = freshStore();
		const first = await run(store, 'ensureSession', {}, many(count));
		expect(first.error).toBeUndefined();
		const outputs = first.json('24SevenOffice');
		expect(outputs).toHaveLength(count);
		const sessionId = outputs[0].sessionId as string;
		expect(outputs.every((json) => json.sessionId === sessionId && json.reused === false)).toBe(true);
		expect(counts()).toEqual({ Login: 1, HasSession: 1 });
		expect(storedSession(store)).toBe(sessionId);

		const second = await run(store, 'ensureSession', {}, many(count));
		expect(second.json('24SevenOffice').every((json) => json.sessionId === sessionId && json.reused === true)).toBe(true);
		expect(counts()).toEqual({ Login: 1, HasSession: 2 });
	});

	it('20 runs log in once', async () => {
		const store = freshStore();
		for (let index = 0; index < 20; index++) expect((await run(store, 'ensureSession')).error).toBeUndefined();
		expect(counts()).toEqual({ Login: 1, HasSession: 20 });
	});

	it('after the service ends the session, the next run logs in once and stores the new session', async () => {
		const store = freshStore();
		await run(store, 'ensureSession');
		const old = storedSession(store);
		emulator().expireSessions();
		const next = await run(store, 'ensureSession', {}, many(100));
		const fresh = next.json('24SevenOffice')[0];
		expect(fresh).toMatchObject({ authenticated: true, reused: false });
		expect(fresh.sessionId).not.toBe(old);
		expect(storedSession(store)).toBe(fresh.sessionId);
		// Run 1: Login + HasSession. Run 2: HasSession (gone), Login, and the HasSession n8n sends after its log-in.
		expect(counts()).toEqual({ Login: 2, HasSession: 3 });
	});

	it('shares the stored session with every node and workflow that uses the credential', async () => {
		const store = freshStore();
		await run(store, 'ensureSession');
		const identities = await run(store, 'getIdentities');
		expect(identities.json('24SevenOffice').map((json) => json.sessionId)).toEqual([storedSession(store), storedSession(store)]);
		expect(counts()).toEqual({ Login: 1, HasSession: 1, GetIdentities: 1 });
	});

	it("ignores another service's sessionId in the incoming item", async () => {
		const store = freshStore();
		const run1 = await run(store, 'ensureSession', {}, [{ sessionId: 'TWINFIELD-3f0b6c1e-SESSION' }]);
		expect(run1.error).toBeUndefined();
		expect(run1.json('24SevenOffice')[0].sessionId).toBe(storedSession(store));
	});

	it('still reuses an explicit session from the incoming item', async () => {
		const store = freshStore();
		const login = await run(store, 'logIn');
		const session = login.json('24SevenOffice')[0];
		const reuse = await run(store, 'ensureSession', { sessionId: '={{ $json.sessionId }}' }, [session]);
		expect(reuse.json('24SevenOffice')[0]).toMatchObject({ sessionId: session.sessionId, reused: true });
		// Log In makes a session of its own, not stored with the credential.
		expect(storedSession(store)).toBeFalsy();
	});

	it('a refused log-in stores nothing and says why', async () => {
		const store = { twentyFourSevenOfficeApi: { stored: tsoCredential(emulator(), { ...tsoDemo, password: 'wrong' }) } };
		const failed = await run(store, 'ensureSession');
		expect(failed.error?.message).toBe('24SevenOffice refused the log-in');
		expect(failed.error?.description).not.toContain("node's");
		expect(storedSession(store)).toBeFalsy();
	});
});

describe('24SevenOffice Check Session counts', () => {
	it.each([1, 100, 10_000])('%i items with one session ID send one HasSession', async (count) => {
		const store = freshStore();
		await run(store, 'ensureSession');
		const sessionId = storedSession(store);
		const before = counts().HasSession;
		const check = await run(store, 'checkSession', { sessionId: '={{ $json.sessionId }}' }, many(count, { sessionId }));
		expect(check.json('24SevenOffice')).toHaveLength(count);
		expect(check.json('24SevenOffice').every((json) => json.authenticated === true)).toBe(true);
		expect(counts().HasSession - before).toBe(1);
	});

	it('one HasSession per distinct session ID', async () => {
		const store = freshStore();
		const ids = ['aaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbb'];
		const check = await run(store, 'checkSession', { sessionId: '={{ $json.sessionId }}' }, many(50).flatMap(() => ids.map((sessionId) => ({ sessionId }))));
		expect(check.json('24SevenOffice')).toHaveLength(100);
		expect(counts()).toEqual({ HasSession: 2 });
	});

	it("checks the credential's session by default", async () => {
		const store = freshStore();
		await run(store, 'ensureSession');
		const check = await run(store, 'checkSession');
		expect(check.json('24SevenOffice')[0]).toMatchObject({ sessionId: storedSession(store), authenticated: true });
	});
});

describe('24SevenOffice calls on the stored session', () => {
	it('logs in on first use, then reuses the session in later runs', async () => {
		const store = freshStore();
		await run(store, 'getIdentities');
		await run(store, 'getIdentities');
		expect(counts()).toEqual({ Login: 1, GetIdentities: 2 });
	});

	it('a call that fails because the session died logs in once and is sent once more', async () => {
		const store = freshStore();
		await run(store, 'getIdentities');
		emulator().expireSessions();
		const again = await run(store, 'getIdentities', {}, many(100));
		expect(again.error).toBeUndefined();
		expect(again.json('24SevenOffice')).toHaveLength(200);
		// Run 2: GetIdentities fails, Login, GetIdentities again, then 99 more on the new session.
		expect(counts()).toEqual({ Login: 2, GetIdentities: 1 + 1 + 100 });
	});

	it('an explicit dead session is not replaced: the error says what to do', async () => {
		const store = freshStore();
		const failed = await run(store, 'getIdentities', { sessionId: 'abcdefabcdefabcdefabcdef' });
		expect(failed.error?.message).toMatch(/Not authenticated/);
		expect(counts().Login).toBeUndefined();
	});

	it('Set Identity switches a session once for many items, and says which item did it', async () => {
		const store = freshStore();
		const switched = await run(store, 'setIdentity', { identityId: tsoIdentities.demoSecond.id }, many(3));
		expect(switched.json('24SevenOffice').map((json) => json.switchedByItem)).toEqual([0, 0, 0]);
		expect(counts().SetIdentityById).toBe(1);
	});

	it('Set Identity refuses a second identity for the same session in one run', async () => {
		const store = freshStore();
		const items = [{ id: tsoIdentities.demoSecond.id }, { id: tsoIdentities.demoDefault.id }];
		const switched = await run(store, 'setIdentity', { identityId: '={{ $json.id }}' }, items, true);
		const [first, second] = switched.json('24SevenOffice');
		expect(first).toMatchObject({ switched: true, identityId: tsoIdentities.demoSecond.id });
		expect(second.error).toBe(`This session was already switched to identity ${tsoIdentities.demoSecond.id} by item 0`);
		expect(counts().SetIdentityById).toBe(1);
	});
});

describe("n8n's request with the predefined 24SevenOffice credential (as the HTTP Request node sends it)", () => {
	const TSO = 'http://24sevenOffice.com/webservices';
	const body = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetCompanies xmlns="${TSO}"><searchParams /><returnProperties><string>Id</string><string>Name</string></returnProperties></GetCompanies></soap:Body></soap:Envelope>`;

	async function getCompanies(store: CredentialStore) {
		return await runWorkflow(
			chain([{}], {
				name: 'GetCompanies',
				type: 'test.soapRequest',
				parameters: { url: `${emulator().twentyFourSevenOfficeUrl}/CRM/Company/V001/CompanyService.asmx`, soapAction: `"${TSO}/GetCompanies"`, body },
				credential: 'stored',
			}),
			store,
		);
	}

	it('logs in once for 20 calls, then again once after the service ended the session', async () => {
		const store = freshStore();
		for (let index = 0; index < 20; index++) {
			const call = await getCompanies(store);
			expect(call.error).toBeUndefined();
			expect(call.json('GetCompanies')[0].data).toContain(`<Name>${tsoIdentities.demoDefault.clientName}</Name>`);
		}
		expect(counts()).toEqual({ Login: 1, GetCompanies: 20 });
		const first = storedSession(store);

		emulator().expireSessions();
		const after = await getCompanies(store);
		expect(after.error).toBeUndefined();
		// The call fails (fault, HTTP 500); n8n asks the credential, HasSession says gone, Login, the call once more.
		expect(counts()).toEqual({ Login: 2, GetCompanies: 22, HasSession: 1 });
		expect(storedSession(store)).not.toBe(first);
	});

	it('a failure that is not about the session keeps the stored session', async () => {
		const store = freshStore();
		await getCompanies(store);
		const session = storedSession(store);
		emulator().inject({ kind: 'fault', service: '24sevenoffice' });
		const failed = await getCompanies(store);
		expect(failed.error).toBeUndefined();
		// n8n re-asks the credential after any error: HasSession says live, so no Login; the resend succeeds.
		expect(counts()).toEqual({ Login: 1, GetCompanies: 3, HasSession: 1 });
		expect(storedSession(store)).toBe(session);
	});
});

describe('a stored session ID that breaks the rules of a typed one', () => {
	it('is never sent: the run logs in and stores a good one', async () => {
		const store = freshStore();
		(store.twentyFourSevenOfficeApi.stored as ICredentialDataDecryptedObject).sessionId = 'abc; other=1';
		const result = await run(store, 'ensureSession');
		expect(result.error).toBeUndefined();
		expect(emulator().requests.some((request) => String(request.headers.cookie ?? '').includes('other=1'))).toBe(false);
		expect(counts().Login).toBe(1);
		expect(storedSession(store)).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(result.json('24SevenOffice')[0]).toMatchObject({ authenticated: true, reused: false, sessionId: storedSession(store) });
	});
});
