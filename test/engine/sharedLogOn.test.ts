/**
 * Runs side by side that use one credential, as n8n's queue-mode workers run
 * them: they share one log-on, after the service ended the session too, and a
 * session another process kept meanwhile is used rather than a new log-on.
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { tsoDemo, twinfieldDemo } from '../emulator';
import type { CredentialStore } from './credentialsHelper';
import { tsoCredential, twinfieldCredential, twinfieldOAuthCredential, useEmulator } from './harness';
import { runWorkflow } from './runWorkflow';
import { chain } from './workflow';

// 24SevenOffice quarantines a user after 5 log-ins an hour.
const emulator = useEmulator({ loginsBeforeThrottle: 5 });

const count = (operation: string) => emulator().requests.filter((request) => request.operation === operation).length;
const OFFICES = '<list><type>offices</type></list>';
const SIDE_BY_SIDE = 10;

function twinfieldStore(): CredentialStore {
	return { twinfieldApi: { shared: twinfieldCredential(emulator(), twinfieldDemo) } };
}

function tsoStore(): CredentialStore {
	return { twentyFourSevenOfficeApi: { shared: tsoCredential(emulator(), tsoDemo) } };
}

async function processXml(store: CredentialStore) {
	return await runWorkflow(
		chain([{}], { name: 'Twinfield', type: 'twinfield', parameters: { resource: 'xml', operation: 'processXml', message: OFFICES }, credential: 'shared' }),
		store,
	);
}

async function getCompanies(store: CredentialStore) {
	const parameters = JSON.stringify({ searchParams: { CompanyName: 'Fjord' }, returnProperties: ['Id', 'Name'] });
	return await runWorkflow(
		chain([{}], {
			name: '24SevenOffice',
			type: 'twentyFourSevenOffice',
			parameters: { resource: 'service', operation: 'callService', service: 'CompanyService', serviceOperation: 'GetCompanies', parameters, splitResult: true },
			credential: 'shared',
		}),
		store,
	);
}

async function sideBySide<T extends { error?: unknown }>(work: () => Promise<T>): Promise<T[]> {
	const runs = await Promise.all(Array.from({ length: SIDE_BY_SIDE }, work));
	expect(runs.map((run) => run.error)).toEqual(Array.from({ length: SIDE_BY_SIDE }, () => undefined));
	return runs;
}

describe('runs side by side with one Twinfield password credential', () => {
	it('log on once, and once more after Twinfield ended the session', async () => {
		const store = twinfieldStore();
		await sideBySide(async () => await processXml(store));
		expect(count('Logon')).toBe(1);
		expect(count('ProcessXmlString')).toBe(SIDE_BY_SIDE);

		emulator().expireSessions();
		await sideBySide(async () => await processXml(store));
		expect(count('Logon')).toBe(2);
		// Each call refused on the ended session is sent once more: none ran twice.
		expect(count('ProcessXmlString')).toBeLessThanOrEqual(4 * SIDE_BY_SIDE);
	});

	it("after another process's log-on ended the kept session, a call waits for that log-on's session instead of logging on", async () => {
		const store = twinfieldStore();
		expect((await processXml(store)).error).toBeUndefined();
		// Another worker logs on with the same user (ending this session) and keeps its session a moment later.
		const elsewhere: CredentialStore = { twinfieldApi: { elsewhere: twinfieldCredential(emulator(), twinfieldDemo) } };
		const otherRun = await runWorkflow(
			chain([{}], { name: 'Twinfield', type: 'twinfield', parameters: { resource: 'xml', operation: 'processXml', message: OFFICES }, credential: 'elsewhere' }),
			elsewhere,
		);
		expect(otherRun.error).toBeUndefined();
		const kept = store.twinfieldApi.shared as ICredentialDataDecryptedObject;
		const newer = String((elsewhere.twinfieldApi.elsewhere as ICredentialDataDecryptedObject).sessionId);
		expect(kept.sessionId).not.toBe(newer);
		const logons = count('Logon');
		setTimeout(() => (kept.sessionId = newer), 300);

		const run = await processXml(store);
		expect(run.error).toBeUndefined();
		expect(run.json('Twinfield')).toHaveLength(2);
		expect(count('Logon')).toBe(logons);
	});

	it('when the credential ends up keeping an ended session while a newer one got answers here, the newer one is kept again without a log-on', async () => {
		const store = twinfieldStore();
		expect((await processXml(store)).error).toBeUndefined();
		const ended = String((store.twinfieldApi.shared as ICredentialDataDecryptedObject).sessionId);
		// A second log-on in this process (its answer stored elsewhere) ends the first; the credential still keeps the first.
		const elsewhere = twinfieldStore();
		expect((await processXml(elsewhere)).error).toBeUndefined();
		const live = String((elsewhere.twinfieldApi.shared as ICredentialDataDecryptedObject).sessionId);
		expect(live).not.toBe(ended);
		const logons = count('Logon');

		const run = await processXml(store);
		expect(run.error).toBeUndefined();
		expect(count('Logon')).toBe(logons);
		expect((store.twinfieldApi.shared as ICredentialDataDecryptedObject).sessionId).toBe(live);
		expect(store.twinfieldApi.shared).not.toHaveProperty('sessionToKeep');
	});
});

describe('runs side by side with one Twinfield OAuth 2 credential', () => {
	const refreshes = () => emulator().requests.filter((request) => request.path.endsWith('/connect/token') && request.body.includes('grant_type=refresh_token')).length;

	it('refresh the expired token once', async () => {
		const store: CredentialStore = { twinfieldOAuth2Api: { shared: twinfieldOAuthCredential(emulator()) } };
		const run = async () =>
			await runWorkflow(
				chain([{}], {
					name: 'Twinfield',
					type: 'twinfield',
					typeVersion: 1.1,
					credentialType: 'twinfieldOAuth2Api',
					parameters: { authentication: 'oAuth2', resource: 'xml', operation: 'processXml', message: OFFICES },
					credential: 'shared',
				}),
				store,
			);
		await sideBySide(run);
		expect(refreshes()).toBe(0);

		emulator().twinfieldOAuth.expireAccessTokens();
		await sideBySide(run);
		expect(refreshes()).toBe(1);
	});
});

describe('runs side by side with one 24SevenOffice credential', () => {
	it('log in once, and once more after the service ended the session, within the hourly limit', async () => {
		const store = tsoStore();
		await sideBySide(async () => await getCompanies(store));
		expect(count('Login')).toBe(1);

		emulator().expireSessions();
		const runs = await sideBySide(async () => await getCompanies(store));
		expect(count('Login')).toBe(2);
		expect(runs.map((run) => run.json('24SevenOffice')[0])).toEqual(Array.from({ length: SIDE_BY_SIDE }, () => ({ Id: 2, Name: 'Fjord & Fjell <Consult>' })));
	});
});
