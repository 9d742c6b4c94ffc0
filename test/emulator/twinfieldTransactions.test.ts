/** The emulated Twinfield books as ProcessXml answers them, read with fast-xml-parser: numbers, updates, batches, reads and browses. */
import { XMLParser } from 'fast-xml-parser';

import { findDimension, resetTwinfieldDimensions } from './twinfieldDimensions';
import { processXmlMessage } from './twinfieldProcessXml';
import { resetTwinfieldTransactions } from './twinfieldTransactions';

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false, isArray: (name) => ['transaction', 'line', 'tr'].includes(name) });
const offices = ['DEMO1', 'DEMO2'];

function send(message: string) {
	const outcome = processXmlMessage(message, offices);
	if (!('answer' in outcome)) throw new Error(outcome.serverError);
	return parser.parse(outcome.answer);
}

const journal = (number = '', destiny = 'temporary', amount = '10.00') =>
	`<transaction destiny="${destiny}"><header><office>DEMO1</office><code>MEMO</code><date>20260215</date>${number ? `<number>${number}</number>` : ''}</header>` +
	`<lines><line type="detail" id="1"><dim1>4000</dim1><debitcredit>debit</debitcredit><value>${amount}</value></line>` +
	`<line type="detail" id="2"><dim1>1100</dim1><debitcredit>credit</debitcredit><value>${amount}</value></line></lines></transaction>`;

beforeEach(() => {
	resetTwinfieldDimensions();
	resetTwinfieldTransactions();
});

describe('Twinfield transactions in the emulator', () => {
	it('numbers per daybook and year, and answers the saved transaction with location and period', () => {
		const saved = send(journal()).transaction[0];
		expect([saved['@_result'], saved['@_location'], saved.header.number, saved.header.period]).toEqual(['1', 'temporary', '202600002', '2026/02']);
		const next = send(journal()).transaction[0];
		expect(next.header.number).toBe('202600003');
		const sale = send(
			'<transaction destiny="final"><header><office>DEMO1</office><code>VRK</code><date>20270105</date><invoicenumber>X1</invoicenumber></header>' +
				'<lines><line type="total"><dim1>1300</dim1><dim2>1001</dim2><debitcredit>debit</debitcredit><value>109.00</value></line>' +
				'<line type="detail"><dim1>8000</dim1><debitcredit>credit</debitcredit><value>100.00</value><vatcode>VL</vatcode></line></lines></transaction>',
		).transaction[0];
		// A new year starts its own numbers; 9 % VAT on 100.00 is a generated line of 9.00.
		expect(sale.header.number).toBe('202700001');
		expect(sale.lines.line.map((line: Record<string, unknown>) => [line['@_type'], (line.dim1 as Record<string, string>)['#text'], line.value])).toEqual([
			['total', '1300', '109.00'],
			['detail', '8000', '100.00'],
			['vat', '1520', '9.00'],
		]);
	});

	it('marks the dimensions a transaction books as in use', () => {
		expect(findDimension('DEMO1', 'DEB', '1010')?.inuse).toBe(false);
		send(
			'<transaction destiny="temporary"><header><office>DEMO1</office><code>VRK</code><date>20260301</date><invoicenumber>X2</invoicenumber></header>' +
				'<lines><line type="total"><dim1>1300</dim1><dim2>1010</dim2><debitcredit>debit</debitcredit><value>10.00</value></line>' +
				'<line type="detail"><dim1>8020</dim1><debitcredit>credit</debitcredit><value>10.00</value></line></lines></transaction>',
		);
		expect([findDimension('DEMO1', 'DEB', '1010')?.inuse, findDimension('DEMO1', 'PNL', '8020')?.inuse]).toEqual([true, true]);
	});

	it('updates a provisional transaction by its number; a final one cannot be changed', () => {
		send(journal('202600002', 'temporary', '12.00'));
		expect(send(journal('202600002', 'temporary', '12.00')).transaction[0]['@_result']).toBe('0');
		send(journal());
		const updated = send(journal('202600002', 'temporary', '15.00')).transaction[0];
		expect([updated['@_result'], updated.lines.line[0].value]).toEqual(['1', '15.00']);
		const final = send(journal('202600002', 'final', '15.00')).transaction[0];
		expect(final['@_location']).toBe('final');
		const refused = send(journal('202600002', 'temporary', '16.00')).transaction[0];
		expect(refused.header.number).toEqual({ '#text': '202600002', '@_msgtype': 'error', '@_msg': 'Transaction MEMO 202600002 is final and cannot be changed.', '@_result': '0' });
	});

	it('judges each transaction of a batch on its own; the root fails when one does', () => {
		const answer = send(`<transactions>${journal()}${journal('', 'sometimes')}${journal()}</transactions>`).transactions;
		expect(answer['@_result']).toBe('0');
		expect(answer.transaction.map((item: Record<string, unknown>) => item['@_result'])).toEqual(['1', '0', '1']);
		expect(answer.transaction[1]['@_msg']).toBe('Incorrect XML - the destiny is invalid.');
		expect(answer.transaction.map((item: { header: { number?: unknown } }) => item.header.number)).toEqual(['202600002', undefined, '202600003']);
	});

	it('reads a transaction, and answers an empty one with an error when there is none', () => {
		const found = send('<read><type>transaction</type><office>DEMO1</office><code>INK</code><number>202600001</number></read>').transaction[0];
		expect(found.header.invoicenumber).toBe('PC-7781');
		expect(found.lines.line[0].dim2).toEqual({ '#text': '2000', '@_name': 'Papier & Co', '@_shortname': '', '@_type': 'CRD' });
		const missing = send('<read><type>transaction</type><office>DEMO1</office><code>INK</code><number>1</number></read>').transaction[0];
		expect(missing).toEqual({ '@_result': '0', '@_msgtype': 'error', '@_msg': 'Transaction INK 1 does not exist.' });
	});

	it('browses with the filters a column carries, and fails like Twinfield on an unknown code or field', () => {
		const browse = send(
			'<columns code="030_2"><column><field>fin.trs.head.office</field><operator>equal</operator><from>DEMO1</from></column>' +
				'<column><field>fin.trs.line.dim1</field><operator>equal</operator><from>8000</from></column>' +
				'<column><field>fin.trs.line.valuesigned</field></column></columns>',
		).browse;
		expect([browse['@_total'], browse.tr.map((row: { td: Array<{ '#text': string }> }) => row.td[2]['#text'])]).toEqual(['4', ['-1000.00', '-400.41', '-300.00', '100.00']]);
		expect(processXmlMessage('<columns code="999"><column><field>fin.trs.head.office</field></column></columns>', offices)).toHaveProperty('serverError');
		expect(processXmlMessage('<columns code="100"><column><field>fin.trs.head.nothing</field></column></columns>', offices)).toHaveProperty('serverError');
	});
});
