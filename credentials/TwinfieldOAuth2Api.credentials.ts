/** The Twinfield OAuth 2 credential: n8n's authorization-code flow as Twinfield wants it (nonce, Basic client authentication). */
import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

const CONNECT_URL = 'https://login.twinfield.com/auth/authentication/connect';

export class TwinfieldOAuth2Api implements ICredentialType {
	name = 'twinfieldOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Twinfield OAuth2 API';

	icon: Icon = { light: 'file:../icons/twinfield.svg', dark: 'file:../icons/twinfield.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-twinfield#twinfield-oauth2-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'string',
			default: `${CONNECT_URL}/authorize`,
			required: true,
			description: "Twinfield's authorization address. Change it only to reach a test environment.",
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			default: `${CONNECT_URL}/token`,
			required: true,
			description: "Twinfield's token address. Change it only to reach a test environment.",
		},
		// n8n's own OAuth2 fields, with a word on where their values come from.
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			hint: 'From the OAuth client you registered with Twinfield, with the OAuth Redirect URL above as its redirect URL',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			hint: 'The secret of that OAuth client. n8n stores it encrypted and sends it only to Twinfield\'s token address.',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			// twf.organisation puts the cluster address into the token; offline_access gives the refresh token.
			default: 'openid twf.user twf.organisation twf.organisationUser offline_access',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			// Twinfield refuses an authorization request without a nonce; n8n adds none itself.
			default: 'nonce=n8n',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			// Twinfield documents client authentication with a Basic header.
			default: 'header',
		},
		{
			displayName: 'Company Code',
			name: 'companyCode',
			type: 'string',
			default: '',
			placeholder: 'e.g. 001',
			description:
				'The default company (office) code for calls that need one. Nodes can choose another company. List Companies shows the codes this user may use.',
		},
	];
}
