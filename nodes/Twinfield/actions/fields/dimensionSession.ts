/** The Session field of the dimension resources: as elsewhere, but the office names the company, so no Company field. */
import type { INodeProperties } from 'n8n-workflow';

import { sessionSourceProperties } from './sessionSource';

export const dimensionSessionProperties: INodeProperties[] = sessionSourceProperties.filter((property) => property.name !== 'company');
