/** The pack's credential types by name, as n8n loads them. */
import type { ICredentialType } from 'n8n-workflow';

import { TwentyFourSevenOfficeApi } from '../../credentials/TwentyFourSevenOfficeApi.credentials';
import { TwinfieldApi } from '../../credentials/TwinfieldApi.credentials';

export const credentialTypes: Record<string, ICredentialType> = Object.fromEntries(
	[new TwinfieldApi(), new TwentyFourSevenOfficeApi()].map((type) => [type.name, type]),
);
