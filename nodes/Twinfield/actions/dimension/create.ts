/** Create: new customers or suppliers, sent 25 to a request; a code left empty is the next free number. */
import type { BatchOperation, OperationRun } from '../../../shared/n8n/operation';
import { soapOptionsField } from '../../../shared/n8n/options';
import { inputError } from '../../../shared/soap/errors';
import { findDimensions } from '../../helpers/dimensionReads';
import { newRelationDocument } from '../../helpers/relationDocument';
import { dimensionSessionProperties } from '../fields/dimensionSession';
import { officeLocator, requiredValue } from '../fields/locators';
import { addressesField, bankAccountsField, readRelationChanges, relationFieldOptions } from '../fields/relationFields';
import type { DimensionKind } from './kinds';
import { prepareEach, saveDimensions } from './saveOutcomes';

/**
 * The highest numeric code of the type in the office, hidden ones included
 * (their codes are taken too): Twinfield does not number dimensions itself.
 */
async function highestCode(run: OperationRun, itemIndex: number, office: string, type: string): Promise<number> {
	const found = await findDimensions(run, itemIndex, { office, types: [type], pattern: '*', modifiedSince: '', includeHidden: true }, Infinity);
	return found.reduce((highest, { code }) => (/^\d+$/.test(code) ? Math.max(highest, Number(code)) : highest), 0);
}

export function createOperation(kind: DimensionKind): BatchOperation {
	const type = kind.types[0];
	return {
		option: {
			name: 'Create',
			value: 'create',
			description: `Create a ${kind.noun} in an office`,
			action: `Create a ${kind.noun}`,
		},
		properties: [
			...dimensionSessionProperties,
			officeLocator,
			{
				displayName: 'Code',
				name: 'code',
				type: 'string',
				default: '',
				placeholder: `e.g. ${kind.example}`,
				description: `The new ${kind.noun}'s code. Leave empty to take the next free number after the highest code in the office.`,
			},
			{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: `The ${kind.noun}'s name` },
			{
				displayName: 'Additional Fields',
				name: 'additionalFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: relationFieldOptions(kind.noun),
			},
			addressesField,
			bankAccountsField,
			soapOptionsField,
		],
		async executeBatch(run, items) {
			const next = new Map<string, number>();
			const prepared = await prepareEach(items.length, async (itemIndex) => {
				const office = requiredValue(run.context, itemIndex, 'office', 'Office');
				const name = String(run.context.getNodeParameter('name', itemIndex, '') ?? '').trim();
				if (name === '') throw inputError(run.node, itemIndex, `The ${kind.noun} has no name`, `Twinfield needs a name for every ${kind.noun}. Fill in Name.`);
				const changes = { ...readRelationChanges(run.context, itemIndex, 'additionalFields'), name };
				let code = String(run.context.getNodeParameter('code', itemIndex, '') ?? '').trim();
				if (code === '') {
					const key = `${office}\u0000${type}`;
					const highest = next.get(key) ?? (await run.once(`highestCode:${key}`, async () => await highestCode(run, itemIndex, office, type)));
					next.set(key, highest + 1);
					code = String(highest + 1);
				}
				try {
					return { office, document: newRelationDocument(office, type, code, changes) };
				} catch (error) {
					throw inputError(run.node, itemIndex, (error as Error).message, 'Use Twinfield element names as keys, and leave office, type, code and the values Twinfield fills in (inuse, uid, modified, touched, behaviour) out.');
				}
			});
			return await saveDimensions(run, kind, prepared);
		},
	};
}
