/** A Twinfield article (`<article>`) as one JSON record: its header and its sub-articles with prices. */
import type { IDataObject } from 'n8n-workflow';

import { findChild, findChildren, type XmlElement } from '../../shared/soap/xml';
import { booleanOf, numberOf, textOf } from './twinfieldValues';

export function articleRecord(article: XmlElement): IDataObject {
	const header = findChild(article, 'header');
	return {
		office: textOf(header, 'office'),
		code: textOf(header, 'code'),
		name: textOf(header, 'name'),
		shortName: textOf(header, 'shortname'),
		type: textOf(header, 'type'),
		status: header?.attributes.status ?? null,
		unitNameSingular: textOf(header, 'unitnamesingular'),
		unitNamePlural: textOf(header, 'unitnameplural'),
		vatCode: textOf(header, 'vatcode'),
		allowChangeVatCode: booleanOf(header, 'allowchangevatcode'),
		performanceType: textOf(header, 'performancetype'),
		allowDiscountOrPremium: booleanOf(header, 'allowdiscountorpremium'),
		allowChangeUnitsPrice: booleanOf(header, 'allowchangeunitsprice'),
		allowDecimalQuantity: booleanOf(header, 'allowdecimalquantity'),
		subArticles: findChildren(findChild(article, 'lines'), 'line').map((line) => ({
			subCode: textOf(line, 'subcode'),
			name: textOf(line, 'name'),
			shortName: textOf(line, 'shortname'),
			unitsPriceExcl: numberOf(line, 'unitspriceexcl'),
			unitsPriceInc: numberOf(line, 'unitspriceinc'),
			units: numberOf(line, 'units'),
			generalLedgerAccount: textOf(line, 'freetext1'),
			status: line.attributes.status ?? null,
		})),
	};
}
