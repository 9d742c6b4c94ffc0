/** Office → Get Many: the offices (administrations) the user may work in, from ProcessXml's office list (1 credit). */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { readCallOptions, soapOptionsField } from '../../../shared/n8n/options';
import { limited, returnAllFields, wantedCount } from '../../../shared/n8n/returnAll';
import { listOffices } from '../../helpers/offices';
import { clusterAccess } from '../../transport/clusterAccess';
import { dimensionSessionProperties } from '../fields/dimensionSession';

export const option: Operation['option'] = {
	name: 'Get Many',
	value: 'getMany',
	description: 'Get the offices (administrations) the user may work in, with their codes and names',
	action: 'Get many offices',
};

export const properties: INodeProperties[] = [...dimensionSessionProperties, ...returnAllFields({ returnAllByDefault: true }), soapOptionsField];

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const access = await clusterAccess(run.context, itemIndex, run);
	const offices = await listOffices({ helpers: run.context.helpers, node: run.node, itemIndex }, access, readCallOptions(run.context, itemIndex));
	return limited(offices, wantedCount(run.context, itemIndex));
};
