/** Return All / Limit, as n8n's own nodes offer them on Get Many, and reading them back. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

export const DEFAULT_LIMIT = 50;

/**
 * The Return All switch and the Limit shown when it is off. `hint` says what
 * Return All may cost (requests, fair-use credits); it is shown under the switch.
 */
export function returnAllFields({ returnAllByDefault = false, hint }: { returnAllByDefault?: boolean; hint?: string } = {}): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			...(returnAllByDefault ? { default: true } : {}),
			...(hint ? { hint } : {}),
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** How many records the user wants for this item: Infinity with Return All on. */
export function wantedCount(context: IExecuteFunctions, itemIndex: number): number {
	if (context.getNodeParameter('returnAll', itemIndex, false) as boolean) return Infinity;
	const limit = Number(context.getNodeParameter('limit', itemIndex, DEFAULT_LIMIT));
	return Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : DEFAULT_LIMIT;
}

/** The first `count` records; all of them when `count` is Infinity. */
export function limited<T>(records: T[], count: number): T[] {
	return count === Infinity ? records : records.slice(0, count);
}
