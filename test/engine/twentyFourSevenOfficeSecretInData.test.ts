/** A 24SevenOffice password inside the returned session ID: the session ID reaches the next step as sent; only what people see is masked. */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { tsoIdentities, tsoShortPassword } from '../emulator';
import { postSoap, runStep, soap11, tsoCredential, useEmulator, visibleText } from './harness';

const emulator = useEmulator({ tsoSessionIdPrefix: 'perf' });
const TSO = 'http://24sevenOffice.com/webservices';

function step(operation: string, parameters: INodeParameters = {}, items: object[] = [{}], password = tsoShortPassword.password) {
	return runStep(
		{ name: '24SevenOffice', type: 'twentyFourSevenOffice', parameters: { resource: 'session', operation, ...parameters }, continueOnFail: false },
		'twentyFourSevenOfficeApi',
		tsoCredential(emulator(), { ...tsoShortPassword, password }),
		items,
	);
}

/** A later step's call with the session's cookie, as an HTTP Request node would make it. */
async function clientName(cookie: string): Promise<{ status: number; body: string }> {
	return await postSoap(
		`${emulator().twentyFourSevenOfficeUrl}/Client/V001/ClientService.asmx`,
		`${TSO}/GetClientInformation`,
		soap11(`<GetClientInformation xmlns="${TSO}" />`),
		{ Cookie: cookie },
	);
}

function expectUsable(session: IDataObject) {
	expect(tsoShortPassword.password).toBe('perf');
	expect(session.sessionId).toMatch(/^perf[a-z0-5]{20}$/);
	expect(session.cookie).toBe(`ASP.NET_SessionId=${String(session.sessionId)}`);
}

describe('a 24SevenOffice password inside the session ID', () => {
	it('Log In outputs the session ID as sent, and it works', async () => {
		const run = await step('logIn');
		expect(run.error).toBeUndefined();
		const [session] = run.json('24SevenOffice');
		expectUsable(session);
		const answer = await clientName(session.cookie as string);
		expect(answer.status).toBe(200);
		expect(answer.body).toContain('R&amp;D');
		expect(tsoIdentities.special.clientName).toBe('R&D <"Special"> AS');
	});

	it('Ensure Session logs in and outputs the real session ID', async () => {
		const run = await step('ensureSession');
		expect(run.error).toBeUndefined();
		const [session] = run.json('24SevenOffice');
		expect(session).toMatchObject({ authenticated: true, reused: false });
		expectUsable(session);
		expect((await clientName(session.cookie as string)).status).toBe(200);
	});

	it('Ensure Session reuses that session when an item hands it on', async () => {
		const [first] = (await step('logIn')).json('24SevenOffice');
		const run = await step('ensureSession', { sessionId: '={{ $json.sessionId }}' }, [first]);
		expect(run.error).toBeUndefined();
		expect(run.json('24SevenOffice')[0]).toEqual({ sessionId: first.sessionId, cookie: first.cookie, authenticated: true, reused: true });
	});

	it('still hides the password in an error', async () => {
		emulator().inject({ kind: 'fault', service: '24sevenoffice', operation: 'Login', faultString: 'Password perf is not accepted' });
		const run = await step('logIn');
		expect(run.error?.message).toBe('24SevenOffice rejected Login: Password [hidden] is not accepted');
		expect(visibleText(run, '24SevenOffice')).not.toContain('perf');
	});
});
