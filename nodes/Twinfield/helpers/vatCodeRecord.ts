/** A Twinfield VAT code (`<vat>`) as one JSON record: its type, today's rate and the rates with their start dates. */
import type { IDataObject } from 'n8n-workflow';

import { findChild, findChildren, type XmlElement } from '../../shared/soap/xml';
import { isoDate, isoStamp, numberOf, textOf } from './twinfieldValues';

/** The rate that applies on `day` (yyyymmdd): the one with the latest start date on or before it. */
export function rateOn(rates: Array<{ startDate: string | null; percentage: number | null }>, day: string): number | null {
	const iso = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
	let best: { startDate: string | null; percentage: number | null } | undefined;
	for (const rate of rates) {
		if (rate.startDate !== null && rate.startDate <= iso && (best?.startDate ?? '') <= rate.startDate) best = rate;
	}
	return best?.percentage ?? null;
}

export function vatCodeRecord(vat: XmlElement, office: string, today: string): IDataObject {
	const percentages = findChildren(findChild(vat, 'percentages'), 'percentage').map((rate) => ({
		startDate: isoDate(textOf(rate, 'date')),
		percentage: numberOf(rate, 'percentage'),
		status: rate.attributes.status ?? null,
		accounts: findChildren(findChild(rate, 'accounts'), 'account').map((account) => ({
			generalLedgerAccount: textOf(account, 'dim1'),
			groupCountry: textOf(account, 'groupcountry'),
			group: textOf(account, 'group'),
			percentage: numberOf(account, 'percentage'),
			lineType: textOf(account, 'linetype'),
		})),
	}));
	return {
		office,
		code: textOf(vat, 'code'),
		name: textOf(vat, 'name'),
		shortName: textOf(vat, 'shortname'),
		type: textOf(vat, 'type'),
		status: vat.attributes.status ?? null,
		percentage: rateOn(percentages, today),
		percentages,
		created: isoStamp(textOf(vat, 'created')),
		modified: isoStamp(textOf(vat, 'modified')),
	};
}
