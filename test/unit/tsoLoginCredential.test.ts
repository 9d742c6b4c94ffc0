/** The `credential` element 24SevenOffice's Login receives, built from the credential's fields and checked first. */
import type { INode } from 'n8n-workflow';

import { DEFAULT_IDENTITY, loginCredential } from '../../nodes/TwentyFourSevenOffice/transport/credentials';
import { refusalOf } from './refusal';

const node: INode = { id: '1', name: '24SevenOffice', type: 'twentyFourSevenOffice', typeVersion: 1, position: [0, 0], parameters: {} };
const APP = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const IDENTITY = 'A1B2C3D4-0000-1111-2222-333344445555';

test('white space around the IDs and the user name is dropped; the password is sent as typed', () => {
	expect(loginCredential(node, 0, { applicationId: ` ${APP}\n`, identityId: ` ${IDENTITY} `, username: ' kari@example.no ', password: ' pass word ', apiUrl: '' })).toEqual({
		ApplicationId: APP,
		IdentityId: IDENTITY,
		Username: 'kari@example.no',
		Password: ' pass word ',
	});
});

test('an empty identity is the default one', () => {
	expect(loginCredential(node, 0, { applicationId: APP, identityId: ' ', username: 'u', password: 'p', apiUrl: '' }).IdentityId).toBe(DEFAULT_IDENTITY);
	expect(loginCredential(node, 0, { applicationId: APP, username: 'u', password: 'p', apiUrl: '' }).IdentityId).toBe(DEFAULT_IDENTITY);
	expect(DEFAULT_IDENTITY).toBe('00000000-0000-0000-0000-000000000000');
});

test.each([
	[{ applicationId: 'not-a-guid' }, 'The Application ID in the 24SevenOffice credential is not a valid ID', 'It must be a GUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6: the ID 24SevenOffice issued for your integration.'],
	[{ applicationId: `${APP}0` }, 'The Application ID in the 24SevenOffice credential is not a valid ID', expect.any(String)],
	[{ identityId: '1234' }, 'The Identity ID in the 24SevenOffice credential is not a valid ID', 'Leave it empty for the default identity, or enter a GUID from the Get Identities operation.'],
])('%j is refused before sending', (change, message, description) => {
	expect(refusalOf(() => loginCredential(node, 5, { applicationId: APP, username: 'u', password: 'p', apiUrl: '', ...change }))).toEqual([message, description, 5]);
});
