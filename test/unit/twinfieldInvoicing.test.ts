/** Writing a sales invoice message and naming Twinfield's messages by field: expected texts written by hand. */
import type { INode } from 'n8n-workflow';

import { fieldOf } from '../../nodes/Twinfield/helpers/documentRefusal';
import { decimalText, linesFromJson, salesInvoiceXml } from '../../nodes/Twinfield/helpers/salesInvoiceMessage';
import { rateOn, vatCodeRecord } from '../../nodes/Twinfield/helpers/vatCodeRecord';
import { parseXml } from '../../nodes/shared/soap/xml';
import { refusalOf } from './refusal';

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

	it.each([
		[{ office: '' }, 'No office given', 'Enter the code of the Twinfield office (administration), e.g. 001.'],
		[{ invoiceType: '' }, 'No invoice type given', 'Enter the invoice type, e.g. FACTUUR.'],
		[{ customer: '' }, 'No customer given', 'Enter the customer code, e.g. 1000.'],
		[{ status: '' }, 'The status "" is not known', 'Use concept (the default) or final.'],
		[{ lines: [] }, 'The invoice has no lines', 'Add at least one line with an article and a quantity.'],
		[{ period: '03/2026' }, 'The period "03/2026" is not a Twinfield period', 'Write the period as year/period, e.g. 2026/03, or leave it empty to derive it from the invoice date.'],
		[{ currency: 'euro' }, 'The currency "EURO" is not a currency code', 'Use a three-letter currency code such as EUR, or leave it empty for the office currency.'],
		[{ invoiceDate: 'soon' }, 'The invoice date is not a date', 'Enter the invoice date as a date, e.g. 2026-01-31.'],
		[{ lines: [{ quantity: 1 }] }, 'Line 1 has no article', 'Every line needs an article code, e.g. CONSULT. Get Many of the Article resource lists them.'],
		[{ lines: [{ article: 'A', quantity: '' }] }, 'Line 1: the quantity is not a number', 'Enter the quantity as a number with a dot for decimals, e.g. 2 or 1.5.'],
		[{ lines: [{ article: 'A', units: 'x' }] }, 'Line 1: the units are not a number', "Enter the units as a number, or leave them empty to use the article's."],
		[{ lines: [{ article: 'A', price: 'x' }] }, 'Line 1: the price is not a number', "Enter the price excluding VAT as a number with a dot for decimals, e.g. 95.50, or leave it empty to use the article's."],
	])('refuses %j: %s', (change, message, description) => {
		expect(refusalOf(() => salesInvoiceXml(node, 2, { ...base, ...change }))).toEqual([message, description, 2]);
	});

	it('writes both dates as Twinfield dates', () => {
		expect(salesInvoiceXml(node, 0, { ...base, invoiceDate: '2026-03-10', dueDate: '2026-04-09T00:00:00.000Z' })).toContain(
			'<invoicedate>20260310</invoicedate><duedate>20260409</duedate>',
		);
	});

	it('leaves out empty dates, and a line without a quantity has one', () => {
		const xml = salesInvoiceXml(node, 0, { ...base, invoiceDate: ' ', dueDate: undefined, lines: [{ article: 'A', units: '', price: null }] });
		expect(xml).toBe(
			'<salesinvoice raisewarning="false"><header><office>001</office><invoicetype>FACTUUR</invoicetype><customer>1000</customer><status>concept</status></header>' +
				'<lines><line id="1"><article>A</article><quantity>1</quantity></line></lines></salesinvoice>',
		);
	});

	it.each([['[1]'], ['[null]'], ['[[]]'], ['"x"'], [{ article: 'A' }]])('refuses the Lines (JSON) %j: no array of objects', (value) => {
		expect(() => linesFromJson(node, 0, value)).toThrow('The Lines (JSON) must be an array of line objects');
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

describe('a VAT code as a record', () => {
	it("reads its rates with their accounts, and today's rate", () => {
		const vat = parseXml(
			'<vat status="active"><code>VH</code><name>BTW hoog</name><shortname>hoog</shortname><type>sales</type><created>20120101120000</created><modified>20190102080000</modified><percentages>' +
				'<percentage status="active"><date>20120101</date><percentage>19.0</percentage><accounts><account id="1"><dim1>1520</dim1><groupcountry>NL</groupcountry><group>NL</group><percentage>100</percentage><linetype>vat</linetype></account></accounts></percentage>' +
				'<percentage status="active"><date>20121001</date><percentage>21.0</percentage></percentage>' +
				'<percentage><date/><percentage/></percentage></percentages></vat>',
		);
		expect(vatCodeRecord(vat, '001', '20260101')).toEqual({
			office: '001',
			code: 'VH',
			name: 'BTW hoog',
			shortName: 'hoog',
			type: 'sales',
			status: 'active',
			percentage: 21,
			percentages: [
				{ startDate: '2012-01-01', percentage: 19, status: 'active', accounts: [{ generalLedgerAccount: '1520', groupCountry: 'NL', group: 'NL', percentage: 100, lineType: 'vat' }] },
				{ startDate: '2012-10-01', percentage: 21, status: 'active', accounts: [] },
				{ startDate: null, percentage: null, status: null, accounts: [] },
			],
			created: '2012-01-01T12:00:00Z',
			modified: '2019-01-02T08:00:00Z',
		});
		expect(vatCodeRecord(vat, '001', '20120601').percentage).toBe(19);
		expect(vatCodeRecord(parseXml('<vat><code>N</code></vat>'), '002', '20260101')).toMatchObject({ status: null, percentage: null, percentages: [], created: null });
	});
});
