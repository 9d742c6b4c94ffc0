/** Writing a sales invoice message and naming Twinfield's messages by field: expected texts written by hand. */
import type { INode } from 'n8n-workflow';

import { fieldOf } from '../../nodes/Twinfield/helpers/documentRefusal';
import { decimalText, linesFromJson, salesInvoiceXml } from '../../nodes/Twinfield/helpers/salesInvoiceMessage';
import { rateOn } from '../../nodes/Twinfield/helpers/vatCodeRecord';

const node = { name: 'Twinfield', type: 'twinfield', typeVersion: 1, position: [0, 0], parameters: {} } as unknown as INode;
const base = { office: '001', invoiceType: 'FACTUUR', customer: '1000', status: 'concept', lines: [{ article: 'CONSULT', quantity: 2 }] };

describe('the sales invoice message', () => {
	it('holds the header and lines in Twinfield’s order, escaped, without empty elements', () => {
		const xml = salesInvoiceXml(node, 0, {
			...base,
			invoiceDate: '2026-03-10T00:00:00.000+01:00',
			period: '2026/03',
			currency: 'eur',
			headerText: 'Fish & <chips>',
			lines: [
				{ article: { __rl: true, mode: 'list', value: 'CONSULT' }, quantity: 1.5, price: '95.50', vatCode: { mode: 'code', value: 'VH' }, costCentre: 'KP100' },
				{ article: 'BOOK', quantity: 1e-7 },
			],
		});
		expect(xml).toBe(
			'<salesinvoice raisewarning="false"><header><office>001</office><invoicetype>FACTUUR</invoicetype><invoicedate>20260310</invoicedate><period>2026/03</period><currency>EUR</currency>' +
				'<customer>1000</customer><status>concept</status><headertext>Fish &amp; &lt;chips&gt;</headertext></header>' +
				'<lines><line id="1"><article>CONSULT</article><quantity>1.5</quantity><unitspriceexcl>95.5</unitspriceexcl><vatcode>VH</vatcode><dim2>KP100</dim2></line>' +
				'<line id="2"><article>BOOK</article><quantity>0.0000001</quantity></line></lines></salesinvoice>',
		);
	});

	it('refuses what Twinfield would refuse, naming the line', () => {
		expect(() => salesInvoiceXml(node, 3, { ...base, lines: [] })).toThrow('The invoice has no lines');
		expect(() => salesInvoiceXml(node, 0, { ...base, lines: [{ article: 'A', quantity: 1 }, { article: ' ' }] })).toThrow('Line 2 has no article');
		expect(() => salesInvoiceXml(node, 0, { ...base, lines: [{ article: 'A', quantity: 'two' }] })).toThrow('Line 1: the quantity is not a number');
		expect(() => salesInvoiceXml(node, 0, { ...base, lines: [{ article: 'A', price: '9,50' }] })).toThrow('Line 1: the price is not a number');
		expect(() => salesInvoiceXml(node, 0, { ...base, dueDate: '2026-02-30' })).toThrow('The due date is not a date');
		expect(() => salesInvoiceXml(node, 0, { ...base, period: '2026-03' })).toThrow('The period "2026-03" is not a Twinfield period');
		expect(() => salesInvoiceXml(node, 0, { ...base, status: 'draft' })).toThrow('The status "draft" is not known');
	});

	it('takes lines as JSON, refusing fields it does not know', () => {
		expect(linesFromJson(node, 0, '[{"article":"A","quantity":2}]')).toEqual([{ article: 'A', quantity: 2 }]);
		expect(() => linesFromJson(node, 0, '{"article":"A"}')).toThrow('The Lines (JSON) must be an array of line objects');
		expect(() => linesFromJson(node, 0, '[{"article":"A","vat":"VH"}]')).toThrow('Line 1 has a field the node does not know: vat');
		expect(() => linesFromJson(node, 0, '[{')).toThrow('The Lines (JSON) are not valid JSON');
	});

	it('writes numbers with a dot and no exponent', () => {
		expect([decimalText(3), decimalText('12.50'), decimalText(''), decimalText('1e3'), decimalText(2.5e-8)]).toEqual(['3', '12.5', undefined, 'NaN', '0.000000025']);
	});
});

describe('Twinfield’s messages in the node’s words', () => {
	it.each([
		['salesinvoice/header/customer', 'Customer'],
		['salesinvoice/lines/line[2]/vatcode', 'line 2, VAT Code'],
		['salesinvoice/lines/line/dim1', 'line 1, General Ledger Account'],
		['salesinvoices/salesinvoice[3]/lines/line[1]/article', 'line 1, Article'],
		['salesinvoice/lines', 'Lines'],
		['salesinvoice/header', ''],
		['salesinvoice', ''],
	])('%s → %s', (element, field) => {
		expect(fieldOf(element)).toBe(field);
	});
});

describe('the rate of a VAT code on a day', () => {
	const rates = [
		{ startDate: '2001-01-01', percentage: 6 },
		{ startDate: '2019-01-01', percentage: 9 },
	];
	it('is the one with the latest start on or before the day', () => {
		expect([rateOn(rates, '20181231'), rateOn(rates, '20190101'), rateOn(rates, '20000101')]).toEqual([6, 9, null]);
		expect(rateOn([...rates].reverse(), '20260101')).toBe(9);
	});
});
