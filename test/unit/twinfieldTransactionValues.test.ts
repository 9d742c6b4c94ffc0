/** Twinfield's dates, periods, stamps and amounts, and the transaction XML, against values written by hand and read back by fast-xml-parser. */
import { XMLParser } from 'fast-xml-parser';

import { transactionJson, transactionStatus } from '../../nodes/Twinfield/helpers/transactionRead';
import { imbalance, transactionXml, type TransactionLineInput } from '../../nodes/Twinfield/helpers/transactionXml';
import { parseXml } from '../../nodes/shared/soap/xml';
import { centsText, isoDate, isoStamp, twinfieldDate, twinfieldPeriod, twinfieldStamp } from '../../nodes/Twinfield/helpers/twinfieldValues';

describe('Twinfield values', () => {
	it.each([
		['2026-02-15', '20260215'],
		['2026-02-15T23:30:00', '20260215'],
		['2024-02-29', '20240229'],
		['20260215', '20260215'],
		['2026-02-30', undefined],
		['2025-02-29', undefined],
		['15-02-2026', undefined],
		['', undefined],
	])('date %j → %j', (input, expected) => {
		expect(twinfieldDate(input)).toBe(expected);
	});

	it.each([
		['2026-02-01T10:20:30Z', '20260201102030'],
		['2026-02-01T10:20:30', '20260201102030'],
		['2026-02-01T10:20:30+01:00', '20260201092030'],
		['2026-02-01', '20260201000000'],
		['yesterday', undefined],
	])('stamp %j → %j (UTC)', (input, expected) => {
		expect(twinfieldStamp(input)).toBe(expected);
	});

	it.each([
		['2026/2', '2026/02'],
		['2026/02', '2026/02'],
		['2026-11', '2026/11'],
		['2026/0', '2026/00'],
		['2026/55', '2026/55'],
		['2026/13', undefined],
		['2026', undefined],
		['12026/02', undefined],
		['2026/023', undefined],
		[' 2026/3 ', '2026/03'],
	])('period %j → %j', (input, expected) => {
		expect(twinfieldPeriod(input)).toBe(expected);
	});

	it('reads dates, stamps and amounts back', () => {
		expect([isoDate('20260307'), isoDate(''), isoStamp('20260205110000'), isoStamp('2026')]).toEqual(['2026-03-07', null, '2026-02-05T11:00:00Z', null]);
		expect([centsText(12100), centsText(5), centsText(-250050)]).toEqual(['121.00', '0.05', '-2500.50']);
	});
});

describe('Twinfield transaction XML', () => {
	const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => name === 'line' });
	const line = (glAccount: string, debitCredit: 'debit' | 'credit', cents: number, extra: Partial<TransactionLineInput> = {}): TransactionLineInput => ({ glAccount, debitCredit, cents, ...extra });

	it('writes a purchase: the supplier line is the total, characters escaped, provisional with VAT rounding', () => {
		const xml = transactionXml({
			office: 'A&B',
			daybook: 'INK',
			kind: 'purchase',
			date: '20260212',
			period: '2026/02',
			currency: 'EUR',
			invoiceNumber: '<7781>',
			dueDate: '20260314',
			final: false,
			allowWarnings: true,
			lines: [line('1600', 'credit', 60500, { supplier: '2000' }), line('4000', 'debit', 50000, { vatCode: 'IH', description: 'Paper "A4"' })],
		});
		expect(parser.parse(xml)).toEqual({
			transaction: {
				'@destiny': 'temporary',
				'@autobalancevat': 'true',
				'@raisewarning': 'false',
				header: { office: 'A&B', code: 'INK', date: '20260212', period: '2026/02', currency: 'EUR', invoicenumber: '<7781>', duedate: '20260314' },
				lines: {
					line: [
						{ '@type': 'total', '@id': '1', dim1: '1600', dim2: '2000', debitcredit: 'credit', value: '605.00' },
						{ '@type': 'detail', '@id': '2', dim1: '4000', debitcredit: 'debit', value: '500.00', description: 'Paper "A4"', vatcode: 'IH' },
					],
				},
			},
		});
	});

	it('finds an imbalance only where the node can know it', () => {
		expect(imbalance([line('4000', 'debit', 12100), line('1100', 'credit', 10000)])).toEqual({ debitCents: 12100, creditCents: 10000 });
		expect(imbalance([line('4000', 'debit', 100), line('1100', 'credit', 60), line('1200', 'credit', 40)])).toBeUndefined();
		expect(imbalance([line('1300', 'debit', 13000), line('8000', 'credit', 10000, { vatCode: 'VH' })])).toBeUndefined();
	});
});

describe('a transaction read back', () => {
	it('types its header and lines, with the signed values and who each line names', () => {
		const transaction = parseXml(
			'<transaction location="temporary"><header><office>001</office><code name="Verkoop">VRK</code><number>202600009</number><period>2026/02</period><date>20260214</date><currency>EUR</currency><invoicenumber>9</invoicenumber><duedate>20260314</duedate><origin>import</origin><user>API</user><inputdate>20260214101500</inputdate><modificationdate>20260215000000</modificationdate></header>' +
				'<lines><line id="1" type="total"><dim1 name="Debiteuren">1300</dim1><dim2 type="DEB">1000</dim2><debitcredit>debit</debitcredit><value>121.00</value><openvalue>21.00</openvalue><matchstatus>available</matchstatus><invoicenumber>9</invoicenumber></line>' +
				'<line id="2" type="detail"><dim2 type="KPL">KP1</dim2><dim3>P7</dim3><debitcredit>credit</debitcredit><value>100.00</value><vatcode>VH</vatcode><description>Work</description></line><line/></lines></transaction>',
		);
		expect(transactionJson(transaction)).toEqual({
			office: '001',
			daybook: 'VRK',
			daybookName: 'Verkoop',
			number: 202600009,
			status: 'provisional',
			period: '2026/02',
			date: '2026-02-14',
			currency: 'EUR',
			invoiceNumber: '9',
			dueDate: '2026-03-14',
			origin: 'import',
			user: 'API',
			inputDate: '2026-02-14T10:15:00Z',
			modified: '2026-02-15T00:00:00Z',
			lines: [
				{ line: 1, type: 'total', glAccount: '1300', glAccountName: 'Debiteuren', customer: '1000', supplier: null, costCentre: null, project: null, debitCredit: 'debit', value: 121, valueSigned: 121, vatCode: null, description: null, invoiceNumber: '9', matchStatus: 'available', openValueSigned: 21 },
				{ line: 2, type: 'detail', glAccount: null, glAccountName: null, customer: null, supplier: null, costCentre: 'KP1', project: 'P7', debitCredit: 'credit', value: 100, valueSigned: -100, vatCode: 'VH', description: 'Work', invoiceNumber: null, matchStatus: null, openValueSigned: null },
				{ line: null, type: null, glAccount: null, glAccountName: null, customer: null, supplier: null, costCentre: null, project: null, debitCredit: null, value: null, valueSigned: null, vatCode: null, description: null, invoiceNumber: null, matchStatus: null, openValueSigned: null },
			],
		});
	});

	it('names statuses as the screens do, and keeps an unknown one', () => {
		expect([transactionStatus('temporary'), transactionStatus('final'), transactionStatus('hist'), transactionStatus(''), transactionStatus(undefined)]).toEqual(['provisional', 'final', 'hist', null, null]);
		expect(transactionJson(parseXml('<transaction><header><number>0</number></header></transaction>'))).toMatchObject({ number: null, status: null, daybookName: null, lines: [] });
	});
});
