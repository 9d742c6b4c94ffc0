/** Shared set-up for engine tests: one emulator per file, credentials pointing at it. */
import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { startEmulator, twinfieldOAuthClient, type Emulator, type TsoUser, type TwinfieldUser } from '../emulator';
import { runWorkflow, type WorkflowRun } from './runWorkflow';
import { chain, type Step } from './workflow';

export function useEmulator(options: Parameters<typeof startEmulator>[0] = {}): () => Emulator {
	let emulator: Emulator | undefined;
	beforeAll(async () => {
		emulator = await startEmulator(options);
	});
	afterAll(async () => {
		await emulator?.close();
	});
	beforeEach(() => emulator?.reset());
	return () => {
		if (!emulator) throw new Error('emulator not started');
		return emulator;
	};
}

export function twinfieldCredential(emulator: Emulator, user: Pick<TwinfieldUser, 'user' | 'password' | 'organisation'>) {
	return { user: user.user, password: user.password, organisation: user.organisation, loginUrl: emulator.twinfieldLoginUrl };
}

export function tsoCredential(emulator: Emulator, user: TsoUser, overrides: ICredentialDataDecryptedObject = {}) {
	return { ...user, apiUrl: emulator.twentyFourSevenOfficeUrl, ...overrides };
}

/** Runs Start → one node of ours, with `items` as input and the credential stored as `test`. */
/** The Twinfield OAuth 2 credential as n8n stores it once "Connect my account" has finished, against the emulator's log-on host at `loginUrl`. */
export function twinfieldOAuthCredential(emulator: Emulator, loginUrl = emulator.twinfieldLoginUrl, overrides: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject {
	const connect = `${loginUrl}/auth/authentication/connect`;
	const tokens = emulator.twinfieldOAuth.issueTokens();
	return {
		clientId: twinfieldOAuthClient.clientId,
		clientSecret: twinfieldOAuthClient.clientSecret,
		authUrl: `${connect}/authorize`,
		accessTokenUrl: `${connect}/token`,
		companyCode: 'DEMO1',
		oauthTokenData: { ...tokens, n8n_expires_at: String(Date.now() + tokens.expires_in * 1000) },
		...overrides,
	};
}

export async function runStep(
	step: Omit<Step, 'credential'> & { parameters: INodeParameters },
	credentialType: string,
	credential: ICredentialDataDecryptedObject,
	items: object[] = [{}],
	staticData?: IDataObject,
): Promise<WorkflowRun> {
	return await runWorkflow(chain(items as never, { ...step, credential: 'test' }), { [credentialType]: { test: credential } }, staticData);
}

/** Everything a user could see of an error, to check that no secret is in it. */
export function visibleText(run: WorkflowRun, nodeName: string): string {
	const error = run.error;
	return [
		error?.message,
		error?.description,
		error ? JSON.stringify(error) : '',
		JSON.stringify(run.json(nodeName)),
	].join('\n');
}

/** POSTs a raw SOAP 1.1 message, as a later HTTP Request node would. */
export async function postSoap(url: string, action: string, envelope: string, extraHeaders: Record<string, string> = {}) {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${action}"`, ...extraHeaders },
		body: envelope,
	});
	return { status: response.status, body: await response.text() };
}

export function soap11(body: string, header = ''): string {
	return `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">${header ? `<soap:Header>${header}</soap:Header>` : ''}<soap:Body>${body}</soap:Body></soap:Envelope>`;
}
