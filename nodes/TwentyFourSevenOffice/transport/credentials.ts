/** Reading and checking the 24SevenOffice credential before anything is sent. */
import type { INode } from 'n8n-workflow';

import { inputError } from '../../shared/soap/errors';

export interface TwentyFourSevenOfficeCredentials {
	applicationId: string;
	username: string;
	password: string;
	identityId?: string;
	apiUrl: string;
}

export const DEFAULT_IDENTITY = '00000000-0000-0000-0000-000000000000';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
	return GUID.test(value.trim());
}

/** The `credential` element of `Login`, after checking both GUIDs. */
export function loginCredential(node: INode, itemIndex: number, credentials: TwentyFourSevenOfficeCredentials) {
	const applicationId = (credentials.applicationId ?? '').trim();
	const identityId = (credentials.identityId ?? '').trim() || DEFAULT_IDENTITY;
	if (!isGuid(applicationId)) {
		throw inputError(
			node,
			itemIndex,
			'The Application ID in the 24SevenOffice credential is not a valid ID',
			'It must be a GUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6: the ID 24SevenOffice issued for your integration.',
		);
	}
	if (!isGuid(identityId)) {
		throw inputError(
			node,
			itemIndex,
			'The Identity ID in the 24SevenOffice credential is not a valid ID',
			'Leave it empty for the default identity, or enter a GUID from the Get Identities operation.',
		);
	}
	return {
		ApplicationId: applicationId,
		IdentityId: identityId,
		Username: (credentials.username ?? '').trim(),
		Password: credentials.password ?? '',
	};
}
