/** The pack's credential types by name, as n8n loads them. */
import type { ICredentialType } from 'n8n-workflow';

import { TwentyFourSevenOfficeApi } from '../../credentials/TwentyFourSevenOfficeApi.credentials';
import { TwinfieldApi } from '../../credentials/TwinfieldApi.credentials';
import { TwinfieldOAuth2Api } from '../../credentials/TwinfieldOAuth2Api.credentials';

export const credentialTypes: Record<string, ICredentialType> = Object.fromEntries(
	[new TwinfieldApi(), new TwinfieldOAuth2Api(), new TwentyFourSevenOfficeApi()].map((type) => [type.name, type]),
);
