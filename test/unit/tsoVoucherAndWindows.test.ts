/** A voucher's balance in cents and the date windows of a transaction search, against values worked out by hand. */
import { dateWindows } from '../../nodes/TwentyFourSevenOffice/helpers/transactions';
import { centsText, toCents, voucherBalance } from '../../nodes/TwentyFourSevenOffice/helpers/voucher';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const iso = (windows: Array<{ start: Date; end: Date }>) => windows.map(({ start, end }) => [start.toISOString(), end.toISOString()]);

describe('dateWindows', () => {
	it('covers one day from its first to its last second', () => {
		expect(iso(dateWindows(day('2026-03-31'), day('2026-03-31'), 31))).toEqual([['2026-03-31T00:00:00.000Z', '2026-03-31T23:59:59.000Z']]);
	});

	it('splits a leap year into 12 windows of 31 days, the last one short', () => {
		const windows = dateWindows(day('2024-01-01'), day('2024-12-31'), 31);
		expect(windows).toHaveLength(12);
		expect(iso(windows)[1]).toEqual(['2024-02-01T00:00:00.000Z', '2024-03-02T23:59:59.000Z']);
		expect(iso(windows)[11]).toEqual(['2024-12-07T00:00:00.000Z', '2024-12-31T23:59:59.000Z']);
	});

	it('takes the days of times within them, and leaves no gap between windows', () => {
		const windows = dateWindows(new Date('2026-01-01T15:00:00Z'), new Date('2026-01-10T01:00:00Z'), 3);
		expect(iso(windows)).toEqual([
			['2026-01-01T00:00:00.000Z', '2026-01-03T23:59:59.000Z'],
			['2026-01-04T00:00:00.000Z', '2026-01-06T23:59:59.000Z'],
			['2026-01-07T00:00:00.000Z', '2026-01-09T23:59:59.000Z'],
			['2026-01-10T00:00:00.000Z', '2026-01-10T23:59:59.000Z'],
		]);
	});
});

describe('voucher amounts', () => {
	it.each([
		[0.1, 10],
		[-1000.55, -100055],
		[19.99, 1999],
		[0.3, 30],
	])('%p is %p cents', (amount, cents) => {
		expect(toCents(amount)).toBe(cents);
	});

	it.each([10.005, Number.NaN, Infinity])('%p has no exact cents', (amount) => {
		expect(toCents(amount)).toBeUndefined();
	});

	it('adds debits and credits apart, and their difference', () => {
		expect(voucherBalance([100000, -90000, -5])).toEqual({ debitCents: 100000, creditCents: 90005, differenceCents: 9995 });
		expect(voucherBalance([10, 20, -30]).differenceCents).toBe(0);
	});

	it.each([
		[-5, '-0.05'],
		[100055, '1000.55'],
		[0, '0.00'],
		[-123456789, '-1234567.89'],
	])('writes %p cents as %p', (cents, text) => {
		expect(centsText(cents)).toBe(text);
	});
});
