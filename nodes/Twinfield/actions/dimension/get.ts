/** Get: one dimension of a kind by its code, read whole (1 credit per read). */
import type { Operation } from '../../../shared/n8n/operation';
import { soapOptionsField } from '../../../shared/n8n/options';
import { readDimension } from '../../helpers/dimensionReads';
import { dimensionSessionProperties } from '../fields/dimensionSession';
import { officeLocator, requiredValue } from '../fields/locators';
import { codeField } from './codeField';
import type { DimensionKind } from './kinds';

/**
 * Reads the document of the kind's first type; for general ledger accounts a
 * code that is no balance sheet account is read as a profit and loss account.
 */
export async function readOfKind(run: Parameters<Operation['execute']>[0], itemIndex: number, kind: DimensionKind, office: string, code: string) {
	let failure: unknown;
	for (const type of kind.types) {
		try {
			return await readDimension(run, itemIndex, { office, type, code }, kind.noun);
		} catch (error) {
			failure = error;
		}
	}
	throw failure;
}

export function getOperation(kind: DimensionKind): Operation {
	return {
		option: {
			name: 'Get',
			value: 'get',
			description: `Get one ${kind.noun} by its code`,
			action: `Get a ${kind.noun}`,
		},
		properties: [...dimensionSessionProperties, officeLocator, codeField(kind), soapOptionsField],
		async execute(run, itemIndex) {
			const office = requiredValue(run.context, itemIndex, 'office', 'Office');
			const code = requiredValue(run.context, itemIndex, kind.parameter, kind.label);
			return kind.record(await readOfKind(run, itemIndex, kind, office, code));
		},
	};
}
