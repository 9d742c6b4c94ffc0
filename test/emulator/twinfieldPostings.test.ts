/** The emulator's own bookings: a final invoice's posting in the books the browse reads, and a payment matched against an open item, read back with fast-xml-parser. */
import { XMLParser } from 'fast-xml-parser';

import { serviceClock as clock } from './clock';
import { matchPayment } from './twinfieldPostings';
import { resetTwinfieldInvoices } from './twinfieldInvoices';
import { processXmlMessage } from './twinfieldProcessXml';
import { resetTwinfieldTransactions } from './twinfieldTransactions';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['tr', 'td', 'salesinvoice'].includes(name) });

function send(xml: string): Record<string, any> {
	const outcome = processXmlMessage(xml, ['DEMO1', 'DEMO2']);
	if (!('answer' in outcome)) throw new Error(outcome.serverError);
	return parser.parse(outcome.answer);
}

const column = (field: string, from = '', to = '') =>
	`<column><field>${field}</field><visible>true</visible>${from ? `<ask>true</ask><operator>between</operator><from>${from}</from><to>${to}</to>` : '<ask>false</ask><operator>none</operator>'}</column>`;

/** Customer lines of DEMO1 (browse 100): invoice number, match status, open amount, head and line stamps. */
function customerLines(lineFrom = ''): string[][] {
	const fields = ['fin.trs.head.code', 'fin.trs.line.invnumber', 'fin.trs.line.matchstatus', 'fin.trs.line.openvaluesigned', 'fin.trs.head.modified'];
	const xml = `<columns code="100"><column><field>fin.trs.head.office</field><operator>equal</operator><from>DEMO1</from></column>${fields.map((field) => column(field)).join('')}${column('fin.trs.line.modified', lineFrom, lineFrom ? '99991231235959' : '')}</columns>`;
	const rows = send(xml).browse.tr ?? [];
	return rows.map((row: any) => row.td.slice(1).map((cell: any) => String(cell['#text'] ?? '')));
}

afterAll(() => clock.reset());

beforeEach(() => {
	resetTwinfieldTransactions();
	resetTwinfieldInvoices();
	clock.set(Date.UTC(2026, 11, 3, 9, 41, 37));
});

describe('emulated postings and matching', () => {
	it('books a final invoice in the sales daybook, its customer line an open item with the invoice number, stamped with the clock', () => {
		const answer = send(
			'<salesinvoice raisewarning="false"><header><office>DEMO1</office><invoicetype>FACTUUR</invoicetype><invoicedate>20260310</invoicedate><customer>1001</customer><status>final</status></header>' +
				'<lines><line><article>CONSULT</article><quantity>1</quantity></line></lines></salesinvoice>',
		);
		expect(answer.salesinvoice[0].financials).toEqual({ code: 'VRK', number: '202600006' });
		// 95.00 + 21 % VAT = 114.95, stamped 2026-12-03 09:41 (cut to the minute).
		expect(customerLines('20261203094100')).toEqual([['VRK', '2', 'available', '114.95', '20261203094100', '20261203094100']]);
	});

	it('matching in full makes the line matched with nothing open and moves its stamp, not the transaction’s; a part payment leaves it available', () => {
		expect(matchPayment('DEMO1', '1000', 'F2026-003', 10000)).toBe('available');
		expect(customerLines('20261203094100')).toEqual([['VRK', 'F2026-003', 'available', '263.00', '20260205110000', '20261203094100']]);
		clock.advance(60_000);
		expect(matchPayment('DEMO1', '1000', 'F2026-003', 26300)).toBe('matched');
		expect(customerLines('20261203094200')).toEqual([['VRK', 'F2026-003', 'matched', '0.00', '20260205110000', '20261203094200']]);
		expect(() => matchPayment('DEMO1', '1000', 'F2026-003', 100)).toThrow('no open item');
	});
});
