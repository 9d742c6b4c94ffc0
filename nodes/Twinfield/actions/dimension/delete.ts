/** Delete: deletes or hides customers or suppliers; Twinfield deletes only those without transactions. */
import type { BatchOperation } from '../../../shared/n8n/operation';
import { soapOptionsField } from '../../../shared/n8n/options';
import { readDimension } from '../../helpers/dimensionReads';
import { SERVER_ELEMENTS } from '../../helpers/relationDocument';
import { fromAnswer } from '../../helpers/xmlDocument';
import { dimensionSessionProperties } from '../fields/dimensionSession';
import { officeLocator, requiredValue } from '../fields/locators';
import { codeField } from './codeField';
import type { DimensionKind } from './kinds';
import { prepareEach, saveDimensions } from './saveOutcomes';

export function deleteOperation(kind: DimensionKind): BatchOperation {
	return {
		option: {
			name: 'Delete',
			value: 'delete',
			description: `Delete a ${kind.noun}, or hide one that has transactions`,
			action: `Delete a ${kind.noun}`,
		},
		properties: [
			...dimensionSessionProperties,
			officeLocator,
			codeField(kind),
			{
				displayName: 'Action',
				name: 'deleteAction',
				type: 'options',
				options: [
					{ name: 'Delete', value: 'deleted', description: `Remove the ${kind.noun}; Twinfield refuses this when it has transactions` },
					{ name: 'Hide', value: 'hide', description: `Keep the ${kind.noun} with its history but hide it from lists and new entries` },
				],
				default: 'deleted',
			},
			soapOptionsField,
		],
		async executeBatch(run, items) {
			const prepared = await prepareEach(items.length, async (itemIndex) => {
				const office = requiredValue(run.context, itemIndex, 'office', 'Office');
				const code = requiredValue(run.context, itemIndex, kind.parameter, kind.label);
				const status = run.context.getNodeParameter('deleteAction', itemIndex, 'deleted') === 'hide' ? 'hide' : 'deleted';
				// Twinfield wants the whole document (its name at least) with the new status.
				const document = fromAnswer(await readDimension(run, itemIndex, { office, type: kind.types[0], code }), SERVER_ELEMENTS);
				document.attributes.status = status;
				return { office, document };
			});
			return await saveDimensions(run, kind, prepared);
		},
	};
}
