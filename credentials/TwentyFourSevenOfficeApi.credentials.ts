/** The 24SevenOffice credential; it stores the session it logs in for. */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

export class TwentyFourSevenOfficeApi implements ICredentialType {
	name = 'twentyFourSevenOfficeApi';

	displayName = '24SevenOffice API';

	icon: Icon = {
		light: 'file:../icons/twentyFourSevenOffice.svg',
		dark: 'file:../icons/twentyFourSevenOffice.dark.svg',
	};

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-24sevenoffice#24sevenoffice-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Application ID',
			name: 'applicationId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6',
			description: 'The ID (a GUID) that 24SevenOffice issued for your integration',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. name@example.com',
			description: 'The user name you log in to 24SevenOffice with',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			hint: "The password of that 24SevenOffice user. n8n stores it encrypted and sends it only to log in.",
		},
		{
			displayName: 'Identity ID',
			name: 'identityId',
			type: 'string',
			default: '',
			placeholder: 'Leave empty for the default identity',
			description: "The identity (company) to log in as. Leave empty for the user's default identity.",
		},
		{
			displayName: 'API URL',
			name: 'apiUrl',
			type: 'string',
			required: true,
			default: 'https://api.24sevenoffice.com',
			description: "24SevenOffice's API host. Change it only to reach a test environment.",
		},
		{
			displayName: 'Session ID',
			// The session stored with the credential, filled by preAuthentication.
			name: 'sessionId',
			type: 'hidden',
			typeOptions: { expirable: true },
			default: '',
		},
	];

	/** n8n runs this when the stored session is empty or a request failed, and stores what it returns. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return await (await import('../nodes/TwentyFourSevenOffice/transport/credentialAuth')).sessionForCredential(this.helpers, credentials);
	}

	/** Every request made with this credential carries the session cookie, on either 24SevenOffice host. */
	authenticate = async (credentials: ICredentialDataDecryptedObject, request: IHttpRequestOptions) =>
		(await import('../nodes/TwentyFourSevenOffice/transport/credentialAuth')).withSessionCookie(credentials, request);
}
