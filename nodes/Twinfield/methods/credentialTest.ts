/** The credential Test buttons: a real log-on with the credential being edited. */
import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { credentialTestNode, credentialTestResult } from '../../shared/n8n/credentialTest';
import { logOn, type TwinfieldCredentials } from '../transport/logOn';
import { connectUrl, type TwinfieldOAuthCredentials } from '../transport/oauth';

export async function twinfieldApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	return await credentialTestResult(async () => {
		await logOn(
			{ helpers: this.helpers, node: credentialTestNode('Twinfield'), itemIndex: 0 },
			credential.data as unknown as TwinfieldCredentials,
			// A session that still wants an SMS code or a new password would fail every run: the test says so.
			{ version: '1.1', timeoutMs: 30_000, allowUnfinished: false },
		);
		return 'Logged on to Twinfield';
	});
}

/**
 * OAuth2: asks Twinfield's accesstokenvalidation about the stored token, which
 * proves it works and names the organisation and user it belongs to.
 */
export async function twinfieldOAuth2ApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = (credential.data ?? {}) as TwinfieldOAuthCredentials;
	const token = data.oauthTokenData?.access_token;
	if (!token) return { status: 'Error', message: 'Not connected yet. Click "Connect my account" to sign in to Twinfield.' };
	// Credential tests only get the older request helper.
	const { helpers } = this;
	let answer: { statusCode: number; body: unknown };
	try {
		answer = (await helpers.request({
			method: 'GET',
			uri: `${connectUrl(data.accessTokenUrl)}/accesstokenvalidation`,
			qs: { token },
			json: true,
			resolveWithFullResponse: true,
			simple: false,
			timeout: 30_000,
		})) as { statusCode: number; body: unknown };
	} catch {
		return { status: 'Error', message: 'Could not reach Twinfield. Check the Access Token URL and the network.' };
	}
	if (answer.statusCode === 400) {
		return {
			status: 'Error',
			message: 'Twinfield no longer accepts the stored access token. It expires after an hour; workflows renew it by themselves. If they fail too, click "Reconnect".',
		};
	}
	const claims = (answer.body && typeof answer.body === 'object' ? answer.body : {}) as Record<string, unknown>;
	if (answer.statusCode !== 200 || typeof claims['twf.organisationCode'] !== 'string') {
		return { status: 'Error', message: `Twinfield did not confirm the access token (HTTP ${answer.statusCode}). Check the Access Token URL.` };
	}
	const user = typeof claims['twf.organisationUserCode'] === 'string' ? ` as user ${claims['twf.organisationUserCode']}` : '';
	return { status: 'OK', message: `Connected to Twinfield organisation ${claims['twf.organisationCode']}${user}` };
}
