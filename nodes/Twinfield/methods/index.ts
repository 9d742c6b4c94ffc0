/** Everything the node offers the editor besides execution. */
import { twinfieldApiTest, twinfieldOAuth2ApiTest } from './credentialTest';
import { getCompanies } from './loadOptions';

export const credentialTest = { twinfieldApiTest, twinfieldOAuth2ApiTest };

export const loadOptions = { getCompanies };
