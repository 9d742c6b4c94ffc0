/** A Twinfield sales invoice (`<salesinvoice>`) as one JSON record: header, lines, VAT lines, totals and the posting it made. */
import type { IDataObject } from 'n8n-workflow';

import { findChild, findChildren, type XmlElement } from '../../shared/soap/xml';
import { isoDate, numberOf, textOf } from './twinfieldValues';

function cents(value: number): number {
	return Math.round(value * 100) / 100;
}

export function salesInvoiceRecord(invoice: XmlElement): IDataObject {
	const header = findChild(invoice, 'header');
	const financials = findChild(invoice, 'financials');
	const totals = findChild(invoice, 'totals');
	const valueExcl = numberOf(totals, 'valueexcl');
	const valueInc = numberOf(totals, 'valueinc');
	// <totals> carries VAT only in some answers; otherwise it is what inc and excl differ by.
	const vatValue = numberOf(totals, 'vatvalue') ?? (valueExcl !== null && valueInc !== null ? cents(valueInc - valueExcl) : null);
	return {
		office: textOf(header, 'office'),
		invoiceType: textOf(header, 'invoicetype'),
		invoiceNumber: textOf(header, 'invoicenumber'),
		status: textOf(header, 'status'),
		customer: textOf(header, 'customer'),
		invoiceDate: isoDate(textOf(header, 'invoicedate')),
		dueDate: isoDate(textOf(header, 'duedate')),
		period: textOf(header, 'period'),
		currency: textOf(header, 'currency'),
		bank: textOf(header, 'bank'),
		paymentMethod: textOf(header, 'paymentmethod'),
		headerText: textOf(header, 'headertext'),
		footerText: textOf(header, 'footertext'),
		valueExcl,
		vatValue,
		valueInc,
		transaction: financials ? { code: textOf(financials, 'code'), number: textOf(financials, 'number') } : null,
		lines: findChildren(findChild(invoice, 'lines'), 'line').map((line) => ({
			id: Number(line.attributes.id ?? '') || null,
			article: textOf(line, 'article'),
			subArticle: textOf(line, 'subarticle'),
			description: textOf(line, 'description'),
			quantity: numberOf(line, 'quantity'),
			units: numberOf(line, 'units'),
			unitsPriceExcl: numberOf(line, 'unitspriceexcl'),
			vatCode: textOf(line, 'vatcode'),
			valueExcl: numberOf(line, 'valueexcl'),
			vatValue: numberOf(line, 'vatvalue'),
			valueInc: numberOf(line, 'valueinc'),
			generalLedgerAccount: textOf(line, 'dim1'),
			costCentre: textOf(line, 'dim2'),
		})),
		vatLines: findChildren(findChild(invoice, 'vatlines'), 'vatline').map((line) => ({
			vatCode: textOf(line, 'vatcode'),
			vatValue: numberOf(line, 'vatvalue'),
		})),
	};
}
