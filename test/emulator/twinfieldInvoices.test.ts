/** The emulator's sales invoices, VAT codes and articles: totals worked out by hand, Twinfield's refusals on the elements at fault. */
import { XMLParser } from 'fast-xml-parser';

import { emulatedInvoices, emulatedSalesTransactions, resetTwinfieldInvoices } from './twinfieldInvoices';
import { processXmlMessage } from './twinfieldProcessXml';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['line', 'vatline', 'salesinvoice'].includes(name) });

function send(xml: string): Record<string, any> {
	const outcome = processXmlMessage(xml, ['DEMO1', 'DEMO2']);
	if (!('answer' in outcome)) throw new Error(outcome.serverError);
	return parser.parse(outcome.answer);
}

const invoice = (lines: string, header = '', attrs = '') =>
	`<salesinvoice${attrs}><header><office>DEMO1</office><invoicetype>FACTUUR</invoicetype><customer>1001</customer><status>concept</status>${header}</header><lines>${lines}</lines></salesinvoice>`;

beforeEach(() => resetTwinfieldInvoices());

describe('emulated sales invoices', () => {
	it('computes line values, VAT per rate and totals, and gives the next number of the type', () => {
		// 3 × 95.00 = 285.00, VAT 21 % = 59.85; 1.5 × 2 × 10.10 = 30.30, VAT 9 % = 2.727 → 2.73.
		const answer = send(invoice('<line><article>CONSULT</article><quantity>3</quantity></line><line><article>BOOK</article><quantity>1.5</quantity><units>2</units><unitspriceexcl>10.10</unitspriceexcl></line>', '<invoicedate>20260310</invoicedate>'));
		const saved = answer.salesinvoice[0];
		expect(saved['@result']).toBe('1');
		expect(saved.header.invoicenumber).toBe('2');
		expect(saved.header.period).toBe('2026/03');
		expect(saved.header.duedate).toBe('20260409');
		expect(saved.lines.line.map((line: any) => [line.valueexcl, line.vatvalue, line.valueinc])).toEqual([
			['285.00', '59.85', '344.85'],
			['30.30', '2.73', '33.03'],
		]);
		expect(saved.vatlines.vatline.map((line: any) => [line.vatcode, line.vatvalue])).toEqual([
			['VH', '59.85'],
			['VL', '2.73'],
		]);
		expect(saved.totals).toEqual({ valueinc: '377.88', valueexcl: '315.30' });
		expect(saved.financials).toBeUndefined();
		expect(emulatedSalesTransactions).toHaveLength(0);
	});

	it('posts a final invoice as a sales transaction that balances', () => {
		const saved = send(invoice('<line><article>CONSULT</article><quantity>1</quantity></line>', '<invoicedate>20260310</invoicedate>').replace('concept', 'final')).salesinvoice[0];
		expect(saved.header.status).toBe('final');
		expect(saved.financials).toEqual({ code: 'VRK', number: '202600006' });
		const [posted] = emulatedSalesTransactions;
		expect(posted.lines.map((line) => [line.type, line.dim1, line.dim2, line.debitCredit, line.value])).toEqual([
			['total', '1300', '1001', 'debit', 114.95],
			['detail', '8000', '', 'credit', 95],
			['vat', '1500', '', 'credit', 19.95],
		]);
	});

	it('marks each problem on its element, joined with //, and saves nothing', () => {
		const answer = send(
			'<salesinvoice><header><office>DEMO1</office><invoicetype>FACTUUR</invoicetype><customer>9999</customer><status>concept</status></header>' +
				'<lines><line><article>NOPE</article><quantity>1</quantity></line><line><article>CONSULT</article><quantity>1</quantity><vatcode>IH</vatcode><dim2>KP999</dim2></line></lines></salesinvoice>',
		);
		const refused = answer.salesinvoice[0];
		expect(refused['@result']).toBe('0');
		expect(refused.header.customer).toEqual({ '#text': '9999', '@msgtype': 'error', '@msg': 'The customer dimension does not exist.', '@result': '0' });
		expect(refused.lines.line[0].article['@msg']).toBe('Article NOPE was not found.');
		expect(refused.lines.line[1].vatcode['@msg']).toBe('VAT code IH is of type purchase; a sales invoice needs a sales VAT code.');
		expect(refused.lines.line[1].dim2['@msg']).toBe('Dimension KP999 does not exist in administration DEMO1.');
		expect(emulatedInvoices).toHaveLength(1);
	});

	it('refuses an unknown invoice type and an invoice without lines', () => {
		const noType = send(invoice('<line><article>CONSULT</article><quantity>1</quantity></line>').replace('FACTUUR', 'NOPE')).salesinvoice[0];
		expect(noType.header.invoicetype['@msg']).toBe('The invoice type does not exist.');
		expect(noType.header['@msg']).toBe('The invoice cannot calculate totals.');
		const noLines = send(invoice('')).salesinvoice[0];
		expect(noLines.lines['@msg']).toBe('An invoice needs at least one line.');
	});

	it('lets a warning stop the save unless raisewarning="false", and then keeps it on the answer', () => {
		const lines = '<line><article>CONSULT</article><quantity>1</quantity></line>';
		const blocked = send(invoice(lines, '<invoicedate>20250110</invoicedate>')).salesinvoice[0];
		expect(blocked['@result']).toBe('0');
		expect(blocked.header.invoicedate['@msgtype']).toBe('warning');
		const saved = send(invoice(lines, '<invoicedate>20250110</invoicedate>', ' raisewarning="false"')).salesinvoice[0];
		expect(saved['@result']).toBe('1');
		expect(saved.header.invoicedate).toMatchObject({ '#text': '20250110', '@msgtype': 'warning' });
	});

	it('saves each document of a batch on its own and updates only concepts', () => {
		const good = invoice('<line><article>HOURS</article><subarticle>WKD</subarticle><quantity>2</quantity></line>');
		const bad = invoice('<line><article>CONSULT</article></line>');
		const answer = send(`<salesinvoices>${good}${bad}${good}</salesinvoices>`);
		expect(answer.salesinvoices['@result']).toBe('0');
		expect(answer.salesinvoices.salesinvoice.map((item: any) => [item['@result'], item.header.invoicenumber])).toEqual([
			['1', '2'],
			['0', undefined],
			['1', '3'],
		]);
		expect(answer.salesinvoices.salesinvoice[1].lines.line[0].quantity).toBeUndefined();
		expect(answer.salesinvoices.salesinvoice[1].lines.line[0]['@msg']).toBe('Quantity is mandatory.');
		const finalUpdate = send(invoice('<line><article>CONSULT</article><quantity>1</quantity></line>', '<invoicenumber>1</invoicenumber>')).salesinvoice[0];
		expect(finalUpdate['@msg']).toBe('Cannot update an invoice that is no longer a concept.');
	});

	it('reads VAT codes, articles and invoices, and says when one does not exist', () => {
		expect(send('<read><type>vat</type><office>DEMO1</office><code>VL</code></read>').vat.percentages.percentage.map((item: any) => [item.date, item['@inuse']])).toEqual([
			['20010101', 'false'],
			['20190101', 'true'],
		]);
		expect(send('<read><type>article</type><office>DEMO1</office><code>HOURS</code></read>').article.lines.line.map((line: any) => line.subcode)).toEqual(['STD', 'WKD']);
		expect(send('<read><type>salesinvoice</type><office>DEMO1</office><code>FACTUUR</code><invoicenumber>7</invoicenumber></read>').salesinvoice[0]).toEqual({
			'@msgtype': 'error',
			'@msg': 'Invoice 7 of type FACTUUR does not exist.',
			'@result': '0',
		});
	});
});
