/** The nodes run as AI-agent tools: the session operations answer without any session ID, token, cookie or SOAP header. */
import type { IDataObject } from 'n8n-workflow';

import { tsoDemo, twinfieldDemo } from '../emulator';
import { runStep, tsoCredential, twinfieldCredential, useEmulator } from './harness';

const emulator = useEmulator();

const TWINFIELD_SESSION = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const TSO_SESSION = /\b[a-z0-5]{24}\b/;

async function twinfieldLogOn(type: string): Promise<IDataObject> {
	const run = await runStep(
		{ name: 'Twinfield', type, typeVersion: 1.1, credentialType: 'twinfieldApi', parameters: { authentication: 'password', resource: 'session', operation: 'logOn', options: {} } },
		'twinfieldApi',
		twinfieldCredential(emulator(), twinfieldDemo),
	);
	expect(run.error).toBeUndefined();
	return run.json('Twinfield')[0];
}

async function tsoSession(type: string, operation: string): Promise<IDataObject> {
	const run = await runStep(
		{ name: '24SevenOffice', type, credentialType: 'twentyFourSevenOfficeApi', parameters: { resource: 'session', operation } },
		'twentyFourSevenOfficeApi',
		tsoCredential(emulator(), tsoDemo),
	);
	expect(run.error).toBeUndefined();
	return run.json('24SevenOffice')[0];
}

describe('the nodes as tools of an AI agent', () => {
	it('Twinfield Log On as a tool says the session is ready and leaves out the session ID and the SOAP header', async () => {
		const asNode = await twinfieldLogOn('twinfield');
		// The plain node hands the session on, as before: another node needs it.
		expect(asNode.sessionId).toMatch(TWINFIELD_SESSION);
		expect(asNode.soapHeader).toContain('<SessionID>');

		const asTool = await twinfieldLogOn('twinfieldTool');
		expect(asTool).toEqual({
			result: 'Ok',
			nextAction: 'None',
			ready: true,
			cluster: emulator().twinfieldClusterUrl,
			sessionUrl: `${emulator().twinfieldClusterUrl}/webservices/session.asmx`,
			processXmlUrl: `${emulator().twinfieldClusterUrl}/webservices/processxml.asmx`,
			finderUrl: `${emulator().twinfieldClusterUrl}/webservices/finder.asmx`,
		});
		expect(JSON.stringify(asTool)).not.toMatch(TWINFIELD_SESSION);
	});

	it.each(['ensureSession', 'logIn'])('24SevenOffice %s as a tool says the session is live and leaves out the session ID and the cookie', async (operation) => {
		const asNode = await tsoSession('twentyFourSevenOffice', operation);
		expect(asNode.cookie).toBe(`ASP.NET_SessionId=${String(asNode.sessionId)}`);

		const asTool = await tsoSession('twentyFourSevenOfficeTool', operation);
		expect(asTool.authenticated).toBe(true);
		expect(Object.keys(asTool)).not.toEqual(expect.arrayContaining(['sessionId']));
		expect(asTool).not.toHaveProperty('cookie');
		expect(JSON.stringify(asTool)).not.toMatch(TSO_SESSION);
		expect(JSON.stringify(asTool)).not.toContain('ASP.NET_SessionId');
	});
});
