/** Get Many: the dimensions of a kind the Finder finds (1 credit a page of 100), each then read whole (1 credit each). */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { optionsField } from '../../../shared/n8n/options';
import { returnAllFields, wantedCount } from '../../../shared/n8n/returnAll';
import { inputError } from '../../../shared/soap/errors';
import { findDimensions, readDimension } from '../../helpers/dimensionReads';
import { dimensionSessionProperties } from '../fields/dimensionSession';
import { officeLocator, requiredValue } from '../fields/locators';
import type { DimensionKind } from './kinds';

function filtersField(kind: DimensionKind): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Include Hidden',
				name: 'includeHidden',
				type: 'boolean',
				default: false,
				description: `Whether to include hidden ${kind.plural} too`,
			},
			{
				displayName: 'Modified Since',
				name: 'modifiedSince',
				type: 'dateTime',
				default: '',
				description: `Only ${kind.plural} changed at or after this moment (UTC)`,
			},
			{
				displayName: 'Name or Code',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. Acme* or 10*',
				description: 'Only those whose code or name matches: * matches any text and ? one character; text without them matches anywhere in the code or name',
			},
		],
	};
}

/** n8n's date-time as Twinfield's `YYYYMMDDHHMMSS` in UTC; an input error when it is no date. */
export function twinfieldStamp(run: Parameters<Operation['execute']>[0], itemIndex: number, value: string): string {
	if (!value) return '';
	const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
	if (Number.isNaN(date.getTime())) {
		throw inputError(run.node, itemIndex, `Modified Since "${value.slice(0, 40)}" is not a date`, 'Pick a date and time, e.g. 2026-01-31T00:00:00.');
	}
	return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** The Finder's pattern: as typed when it has wildcards, else the text anywhere. */
function finderPattern(search: string): string {
	const text = search.trim();
	if (text === '') return '*';
	return /[*?]/.test(text) ? text : `*${text}*`;
}

export function getManyOperation(kind: DimensionKind): Operation {
	return {
		option: {
			name: 'Get Many',
			value: 'getMany',
			description: `Get many ${kind.plural} of an office, optionally filtered by name or code, change date and hidden status`,
			action: `Get many ${kind.plural}`,
		},
		properties: [
			...dimensionSessionProperties,
			officeLocator,
			...returnAllFields({ hint: `Twinfield counts 1 credit per 100 ${kind.plural} found and 1 per ${kind.noun} read` }),
			filtersField(kind),
			optionsField(),
		],
		async execute(run, itemIndex) {
			const office = requiredValue(run.context, itemIndex, 'office', 'Office');
			const filters = run.context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
			const query = {
				office,
				types: kind.types,
				pattern: finderPattern(String(filters.search ?? '')),
				modifiedSince: twinfieldStamp(run, itemIndex, String(filters.modifiedSince ?? '')),
				includeHidden: filters.includeHidden === true,
			};
			const found = await findDimensions(run, itemIndex, query, wantedCount(run.context, itemIndex));
			const records: IDataObject[] = [];
			// One read per record, one after the other: Twinfield limits how many calls run at once.
			for (const { type, code } of found) records.push(kind.record(await readDimension(run, itemIndex, { office, type, code })));
			return records;
		},
	};
}
