/**
 * Seeded accounts of both emulated services. Tests and the demo import these,
 * so every value here is part of the emulator's contract.
 */

export type TwinfieldLogonResult =
	| 'Ok'
	| 'Blocked'
	| 'Untrusted'
	| 'Invalid'
	| 'Deleted'
	| 'Disabled'
	| 'OrganisationInactive'
	| 'ClientInvalid'
	| 'Failed'
	| 'TokenInvalid'
	| 'NoAvailableCompanies'
	| 'OAuth2AuthenticationRequired';

export type TwinfieldNextAction = 'None' | 'SMSLogon' | 'ChangePassword';

export interface TwinfieldUser {
	readonly user: string;
	readonly password: string;
	readonly organisation: string;
	readonly result: TwinfieldLogonResult;
	readonly nextAction: TwinfieldNextAction;
}

const organisation = 'DEMO-ORG';
const password = 'demo-password';

/** A user whose Logon always answers `result`; the name is the result in lower case. */
function failing(result: TwinfieldLogonResult): TwinfieldUser {
	return { user: result.toLowerCase(), password, organisation, result, nextAction: 'None' };
}

export const twinfieldDemo: TwinfieldUser = {
	user: 'demo',
	password,
	organisation,
	result: 'Ok',
	nextAction: 'None',
};

/** Every XML-special character in password and organisation, to prove escaping end to end. */
export const twinfieldSpecial: TwinfieldUser = {
	user: 'special',
	password: 'p&ss<wo>rd"\'',
	organisation: 'R&D <"Org">\'',
	result: 'Ok',
	nextAction: 'None',
};

export const twinfieldSmsUser: TwinfieldUser = {
	user: 'sms-user',
	password,
	organisation,
	result: 'Ok',
	nextAction: 'SMSLogon',
};

export const twinfieldChangePasswordUser: TwinfieldUser = {
	user: 'change-password',
	password,
	organisation,
	result: 'Ok',
	nextAction: 'ChangePassword',
};

export const twinfieldUsers: readonly TwinfieldUser[] = [
	twinfieldDemo,
	twinfieldSpecial,
	twinfieldSmsUser,
	twinfieldChangePasswordUser,
	failing('Blocked'),
	failing('Untrusted'),
	failing('Deleted'),
	failing('Disabled'),
	failing('OrganisationInactive'),
	failing('ClientInvalid'),
	failing('Failed'),
	failing('TokenInvalid'),
	failing('NoAvailableCompanies'),
	failing('OAuth2AuthenticationRequired'),
];

/** The only SMS code SmsLogon accepts. */
export const twinfieldSmsCode = '123456';

/** The only OAuth 2 access token AccessTokenLogon and the AccessToken header accept. */
export const twinfieldAccessToken = 'demo-access-token';

/** Companies SelectCompany (and the OAuth CompanyCode header) accept. */
export const twinfieldCompanies: readonly string[] = ['DEMO1', 'DEMO2'];

export interface TsoIdentity {
	readonly id: string;
	readonly userId: number;
	readonly userName: string;
	/** The user's contact and employee in the client: Identity.User.ContactId and EmployeeId. */
	readonly contactId: number;
	readonly employeeId: number;
	readonly clientId: number;
	readonly clientName: string;
	readonly isDefault: boolean;
	readonly blocked: boolean;
	/** Identity.IsProtected. */
	readonly isProtected: boolean;
}

export interface TsoUser {
	readonly applicationId: string;
	readonly username: string;
	readonly password: string;
	/** What Login sends by default: all zeros means "the user's default identity". */
	readonly identityId: string;
}

export const tsoApplicationId = '6f1c2a9e-4b7d-4e35-a0c8-93d2e5b17f40';
export const tsoZeroIdentityId = '00000000-0000-0000-0000-000000000000';

export const tsoIdentities = {
	demoDefault: {
		id: '3f2a9c1e-7b64-4d0a-9c85-2e61d4b7a901',
		userId: 1001,
		userName: 'Demo User',
		contactId: 3001,
		employeeId: 4001,
		clientId: 2001,
		clientName: 'Demo Company AS',
		isDefault: true,
		isProtected: false,
		blocked: false,
	},
	demoSecond: {
		id: '8c41e7d2-05ab-4f36-b1d9-6a7e23c9f402',
		userId: 1001,
		userName: 'Demo User',
		contactId: 3002,
		employeeId: 4002,
		clientId: 2002,
		clientName: 'Second Company AS',
		isDefault: false,
		isProtected: true,
		blocked: false,
	},
	/** Belongs to the demo user but Login with it answers "Provided IdentityId is blocked". */
	demoBlocked: {
		id: '5d9b3e70-c2f1-4a88-9e04-b7c61a2d3f03',
		userId: 1001,
		userName: 'Demo User',
		contactId: 3003,
		employeeId: 4003,
		clientId: 2003,
		clientName: 'Blocked Company AS',
		isDefault: false,
		isProtected: false,
		blocked: true,
	},
	special: {
		id: 'e07a4c19-6d2b-4e5f-8a3c-91b0f2d6c704',
		userId: 1002,
		userName: 'Special <&> User',
		contactId: 3004,
		employeeId: 4004,
		clientId: 2004,
		clientName: 'R&D <"Special"> AS',
		isDefault: true,
		isProtected: false,
		blocked: false,
	},
} satisfies Record<string, TsoIdentity>;

export const tsoBlockedIdentityId = tsoIdentities.demoBlocked.id;

export const tsoDemo: TsoUser = {
	applicationId: tsoApplicationId,
	username: 'demo@example.com',
	password: 'demo-password',
	identityId: tsoZeroIdentityId,
};

export const tsoSpecial: TsoUser = {
	applicationId: tsoApplicationId,
	username: 'special@example.com',
	password: 'p&ss<wo>rd"\'',
	identityId: tsoZeroIdentityId,
};

/** A password short enough to occur inside a session ID, e.g. with the emulator's tsoSessionIdPrefix "perf". */
export const tsoShortPassword: TsoUser = {
	applicationId: tsoApplicationId,
	username: 'short@example.com',
	password: 'perf',
	identityId: tsoZeroIdentityId,
};

export interface TsoAccount {
	readonly username: string;
	readonly password: string;
	readonly identities: readonly TsoIdentity[];
}

export const tsoUsers: readonly TsoAccount[] = [
	{
		username: tsoDemo.username,
		password: tsoDemo.password,
		identities: [tsoIdentities.demoDefault, tsoIdentities.demoSecond, tsoIdentities.demoBlocked],
	},
	{
		username: tsoSpecial.username,
		password: tsoSpecial.password,
		identities: [tsoIdentities.special],
	},
	{
		username: tsoShortPassword.username,
		password: tsoShortPassword.password,
		identities: [tsoIdentities.special],
	},
];
