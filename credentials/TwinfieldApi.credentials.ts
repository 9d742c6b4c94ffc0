/** The Twinfield credential with user and password; it keeps the session it logs on for. */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

export class TwinfieldApi implements ICredentialType {
	name = 'twinfieldApi';

	displayName = 'Twinfield API';

	icon: Icon = { light: 'file:../icons/twinfield.svg', dark: 'file:../icons/twinfield.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-twinfield#twinfield-credential-user-and-password';

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
		return await (await import('../nodes/Twinfield/transport/credentialAuth')).sessionForCredential(this.helpers, credentials);
	}

	/** Puts the kept session into a Twinfield SOAP request: its SessionID header and its cluster. */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return (await import('../nodes/Twinfield/transport/credentialAuth')).withKeptSession(credentials, requestOptions);
	}
}
