/** A final sales invoice's posting is in the emulator's transaction books: read by its number, and open on the customer in browse 100. */
import { XMLParser } from 'fast-xml-parser';

import { resetTwinfieldInvoices } from './twinfieldInvoices';
import { processXmlMessage } from './twinfieldProcessXml';
import { resetTwinfieldTransactions } from './twinfieldTransactions';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['line', 'tr', 'td', 'salesinvoice'].includes(name) });

function send(xml: string): Record<string, any> {
	const outcome = processXmlMessage(xml, ['DEMO1', 'DEMO2']);
	if (!('answer' in outcome)) throw new Error(outcome.serverError);
	return parser.parse(outcome.answer);
}

// 2 × 120.00 at VH (21 % in 2026): 240.00 + 50.40 = 290.40.
const FINAL_INVOICE =
	'<salesinvoice><header><office>DEMO1</office><invoicetype>FACTUUR</invoicetype><customer>1001</customer><status>final</status><invoicedate>20260630</invoicedate></header>' +
	'<lines><line><article>CONSULT</article><quantity>2</quantity><unitspriceexcl>120.00</unitspriceexcl><vatcode>VH</vatcode></line></lines></salesinvoice>';

const OPEN_ITEMS_OF_1001 =
	'<columns code="100"><column><field>fin.trs.head.office</field><operator>equal</operator><from>DEMO1</from></column>' +
	'<column><field>fin.trs.head.yearperiod</field><operator>between</operator><from>2026/01</from><to>2026/12</to></column>' +
	'<column><field>fin.trs.line.dim2</field><operator>equal</operator><from>1001</from></column>' +
	'<column><field>fin.trs.line.invnumber</field></column>' +
	'<column><field>fin.trs.line.openvaluesigned</field></column>' +
	'<column><field>fin.trs.line.matchstatus</field><operator>equal</operator><from>available</from></column></columns>';

beforeEach(() => {
	resetTwinfieldTransactions();
	resetTwinfieldInvoices();
});

describe('the posting of a final sales invoice', () => {
	it('is a final VRK transaction that a read finds by the number the invoice names', () => {
		const invoice = send(FINAL_INVOICE).salesinvoice[0];
		expect(invoice['@result']).toBe('1');
		const { code, number } = invoice.financials;
		expect(code).toBe('VRK');
		const read = send(`<read><type>transaction</type><office>DEMO1</office><code>VRK</code><number>${number}</number></read>`).transaction;
		expect(read['@result']).toBe('1');
		expect(read['@location']).toBe('final');
		const lines = read.lines.line.map((line: any) => [line['@type'], typeof line.dim1 === 'object' ? line.dim1['#text'] : line.dim1, line.debitcredit, line.value]);
		expect(lines).toEqual([
			['total', '1300', 'debit', '290.40'],
			['detail', '8000', 'credit', '240.00'],
			['vat', '1500', 'credit', '50.40'],
		]);
	});

	it("is open on the customer: browse 100 lists its total line with the invoice's number and 290.40 open", () => {
		const before = send(OPEN_ITEMS_OF_1001).browse.tr ?? [];
		const invoice = send(FINAL_INVOICE).salesinvoice[0];
		const after = send(OPEN_ITEMS_OF_1001).browse.tr;
		expect(after).toHaveLength(before.length + 1);
		const cell = (row: any, field: string) => row.td.find((td: any) => td['@field'] === field)?.['#text'];
		const added = after.find((row: any) => row.key.number === invoice.financials.number);
		expect(cell(added, 'fin.trs.line.invnumber')).toBe(invoice.header.invoicenumber);
		expect(Number(cell(added, 'fin.trs.line.openvaluesigned'))).toBe(290.4);
	});

	it('takes the next number after the transactions the books already hold', () => {
		const first = send(FINAL_INVOICE).salesinvoice[0].financials.number;
		const booked = send(
			'<transaction destiny="final"><header><office>DEMO1</office><code>VRK</code><date>20260630</date><invoicenumber>X-1</invoicenumber></header><lines>' +
				'<line type="total"><dim1>1300</dim1><dim2>1000</dim2><debitcredit>debit</debitcredit><value>121.00</value></line>' +
				'<line type="detail"><dim1>8000</dim1><debitcredit>credit</debitcredit><value>100.00</value><vatcode>VH</vatcode></line></lines></transaction>',
		).transaction;
		const second = send(FINAL_INVOICE).salesinvoice[0].financials.number;
		expect([Number(booked.header.number) - Number(first), Number(second) - Number(booked.header.number)]).toEqual([1, 1]);
	});
});
