import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { credentialTestNode } from '../nodes/shared/credentialTest';
import { logOn, type TwinfieldCredentials } from '../nodes/Twinfield/actions/session/logOn.operation';

/** The five characters XML escapes; a session ID never has them, but a stored value is not trusted. */
function xmlText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export class TwinfieldApi implements ICredentialType {
	name = 'twinfieldApi';

	displayName = 'Twinfield API';

	icon: Icon = { light: 'file:../icons/twinfield.svg', dark: 'file:../icons/twinfield.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-twinfield-24sevenoffice#twinfield-credential-user-and-password';

	properties: INodeProperties[] = [
		{
			displayName: 'User',
			name: 'user',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. jdoe',
			description: 'The Twinfield user name, as typed on the Twinfield log-on page',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			hint: 'The password of this Twinfield user. Most organisations only allow OAuth2 since 2021: then use the Twinfield OAuth2 credential instead.',
		},
		{
			displayName: 'Organisation',
			name: 'organisation',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. MYORG',
			description: 'The organisation code, as typed on the Twinfield log-on page',
		},
		{
			displayName: 'Log-On URL',
			name: 'loginUrl',
			type: 'string',
			required: true,
			default: 'https://login.twinfield.com',
			description: "Twinfield's log-on host. Change it only to reach a test environment.",
		},
		// The session kept with the credential: n8n fills these through preAuthentication
		// when they are empty or when a call says the session ended.
		{
			displayName: 'Session ID',
			name: 'sessionId',
			type: 'hidden',
			typeOptions: { expirable: true },
			default: '',
		},
		{
			displayName: 'Cluster',
			name: 'cluster',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	/** Logs on and hands n8n the session to keep; a log-on that needs an SMS code or a new password fails here. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
		const session = await logOn(
			{ helpers: this.helpers as never, node: credentialTestNode('Twinfield'), itemIndex: 0 },
			credentials as unknown as TwinfieldCredentials,
			{ version: '1.1', timeoutMs: 30_000, allowUnfinished: false },
		);
		return { sessionId: session.sessionId, cluster: session.cluster, accessToken: session.accessToken ?? '' };
	}

	/** Puts the kept session into a Twinfield SOAP request: its SessionID header and its cluster. */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const request = { ...requestOptions };
		if (typeof request.body === 'string') {
			request.body = request.body.replace(/<SessionID>[^<]*<\/SessionID>/, `<SessionID>${xmlText(String(credentials.sessionId ?? ''))}</SessionID>`);
		}
		if (request.url.startsWith('/')) request.url = `${String(credentials.cluster ?? '').replace(/\/+$/, '')}${request.url}`;
		return request;
	}
}
