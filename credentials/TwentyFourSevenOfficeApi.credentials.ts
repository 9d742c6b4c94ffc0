import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

export class TwentyFourSevenOfficeApi implements ICredentialType {
	name = 'twentyFourSevenOfficeApi';

	displayName = '24SevenOffice API';

	icon: Icon = {
		light: 'file:../icons/twentyFourSevenOffice.svg',
		dark: 'file:../icons/twentyFourSevenOffice.dark.svg',
	};

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-twinfield-24sevenoffice#24sevenoffice-credential';

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
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Identity ID',
			name: 'identityId',
			type: 'string',
			default: '',
			placeholder: '00000000-0000-0000-0000-000000000000',
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
	];
}
