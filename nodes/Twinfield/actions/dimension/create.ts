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
 * The codes of the type in the office, hidden ones included (their codes are
 * taken too), from the Finder. Twinfield's save creates or replaces: without
 * this check, Create with a code in use would overwrite that dimension.
 */
async function takenCodes(run: OperationRun, itemIndex: number, office: string, type: string): Promise<Set<string>> {
	const found = await findDimensions(run, itemIndex, { office, types: [type], pattern: '*', modifiedSince: '', includeHidden: true }, Infinity);
	return new Set(found.map(({ code }) => code));
}

/** The next number after the highest numeric code taken: Twinfield does not number dimensions itself. */
function nextFreeCode(taken: Set<string>): string {
	let highest = 0;
	for (const code of taken) if (/^\d+$/.test(code)) highest = Math.max(highest, Number(code));
	return String(highest + 1);
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
			const prepared = await prepareEach(items.length, async (itemIndex) => {
				const office = requiredValue(run.context, itemIndex, 'office', 'Office');
				const name = String(run.context.getNodeParameter('name', itemIndex, '') ?? '').trim();
				if (name === '') throw inputError(run.node, itemIndex, `The ${kind.noun} has no name`, `Twinfield needs a name for every ${kind.noun}. Fill in Name.`);
				const changes = { ...readRelationChanges(run.context, itemIndex, 'additionalFields'), name };
				// One Finder listing per office and run; the codes this run claims are added to it.
				const taken = await run.once(`takenCodes:${office}\u0000${type}`, async () => await takenCodes(run, itemIndex, office, type));
				const code = String(run.context.getNodeParameter('code', itemIndex, '') ?? '').trim() || nextFreeCode(taken);
				if (taken.has(code)) {
					throw inputError(run.node, itemIndex, `Office ${office} already has ${kind.noun} ${code}`, `Create makes new ${kind.plural}; to change ${kind.noun} ${code}, use Update. Leave Code empty to take the next free number.`);
				}
				let document;
				try {
					document = newRelationDocument(office, type, code, changes);
				} catch (error) {
					throw inputError(run.node, itemIndex, (error as Error).message, 'Use Twinfield element names as keys, and leave office, type, code and the values Twinfield fills in (inuse, uid, modified, touched, behaviour) out.');
				}
				taken.add(code);
				return { office, document };
			});
			return await saveDimensions(run, kind, prepared);
		},
	};
}
