/** Update: changes only the given fields of customers or suppliers: each is read, changed and sent back whole, 25 to a request. */
import type { BatchOperation } from '../../../shared/n8n/operation';
import { soapOptionsField } from '../../../shared/n8n/options';
import { inputError } from '../../../shared/soap/errors';
import { readDimension } from '../../helpers/dimensionReads';
import { applyRelationChanges, SERVER_ELEMENTS, type RelationChanges } from '../../helpers/relationDocument';
import { fromAnswer } from '../../helpers/xmlDocument';
import { dimensionSessionProperties } from '../fields/dimensionSession';
import { officeLocator, requiredValue } from '../fields/locators';
import { addressesField, bankAccountsField, readRelationChanges, relationFieldOptions } from '../fields/relationFields';
import { codeField } from './codeField';
import type { DimensionKind } from './kinds';
import { prepareEach, saveDimensions } from './saveOutcomes';

function changesNothing(changes: RelationChanges): boolean {
	return Object.values(changes).every((value) => value === undefined);
}

export function updateOperation(kind: DimensionKind): BatchOperation {
	return {
		option: {
			name: 'Update',
			value: 'update',
			description: `Change the given fields of a ${kind.noun}, keeping all others`,
			action: `Update a ${kind.noun}`,
		},
		properties: [
			...dimensionSessionProperties,
			officeLocator,
			codeField(kind),
			{
				displayName: 'Update Fields',
				name: 'updateFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [{ displayName: 'Name', name: 'name', type: 'string', default: '' }, ...relationFieldOptions(kind.noun)],
			},
			addressesField,
			bankAccountsField,
			soapOptionsField,
		],
		async executeBatch(run, items) {
			// Two items changing one dimension would both start from the same read: the later save would undo the earlier.
			const claimedBy = new Map<string, number>();
			const prepared = await prepareEach(items.length, async (itemIndex) => {
				const office = requiredValue(run.context, itemIndex, 'office', 'Office');
				const code = requiredValue(run.context, itemIndex, kind.parameter, kind.label);
				const changes = readRelationChanges(run.context, itemIndex, 'updateFields');
				if (changesNothing(changes)) {
					throw inputError(run.node, itemIndex, `Nothing to update for ${kind.noun} ${code}`, 'Add a field under Update Fields, Addresses or Bank Accounts.');
				}
				if (changes.name === '') throw inputError(run.node, itemIndex, `The ${kind.noun} would have no name`, 'Twinfield needs a name; leave Name out to keep the current one.');
				const key = `${office}\u0000${code}`;
				const earlier = claimedBy.get(key);
				if (earlier !== undefined) {
					throw inputError(run.node, itemIndex, `Item ${earlier} already updates ${kind.noun} ${code}`, `Both would start from the same ${kind.noun} and the later would undo the earlier. Put all changes of one ${kind.noun} into one item.`);
				}
				// Twinfield's save replaces the document: read it, change what was asked, send it back whole.
				const document = fromAnswer(await readDimension(run, itemIndex, { office, type: kind.types[0], code }), SERVER_ELEMENTS);
				try {
					applyRelationChanges(document, changes);
				} catch (error) {
					throw inputError(run.node, itemIndex, (error as Error).message, 'Use Twinfield element names as keys, and leave office, type, code and the values Twinfield fills in (inuse, uid, modified, touched, behaviour) out.');
				}
				claimedBy.set(key, itemIndex);
				return { office, document };
			});
			return await saveDimensions(run, kind, prepared);
		},
	};
}
