/** Twinfield's dates, periods, stamps and amounts, and the transaction XML, against values written by hand and read back by fast-xml-parser. */
import { XMLParser } from 'fast-xml-parser';

import { imbalance, transactionXml, type TransactionLineInput } from '../../nodes/Twinfield/helpers/transactionXml';
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
