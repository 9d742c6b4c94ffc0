import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

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
	];
}
