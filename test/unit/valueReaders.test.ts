/** The typed values both services' readers make of element text, against expectations written by hand. */
import * as tso from '../../nodes/TwentyFourSevenOffice/helpers/values';
import * as twf from '../../nodes/Twinfield/helpers/twinfieldValues';
import { parseXml } from '../../nodes/shared/soap/xml';

const record = (inner: string) => parseXml(`<r>${inner}</r>`);

describe('Twinfield', () => {
	test.each([
		['<v>true</v>', true],
		['<v>1</v>', true],
		['<v>false</v>', false],
		['<v>0</v>', false],
		['<v> false </v>', false],
		['<v></v>', null],
		['<v>yes</v>', null],
		['', null],
	])('the flag %p is %p', (inner, expected) => {
		expect(twf.booleanOf(record(inner), 'v')).toBe(expected);
	});

	test.each([
		['<v>12.50</v>', 12.5],
		['<v>-3</v>', -3],
		['<v>+7</v>', 7],
		['<v>1e3</v>', null],
		['<v>12.</v>', null],
		['<v></v>', null],
		['', null],
	])('the number %p is %p', (inner, expected) => {
		expect(twf.numberOf(record(inner), 'v')).toBe(expected);
	});

	test.each([
		['121.00', 121],
		[' -0.5 ', -0.5],
		['1,5', null],
		['', null],
		[undefined, null],
	])('the amount %p is %p', (text, expected) => {
		expect(twf.amountValue(text)).toBe(expected);
	});

	test.each([
		['20260215103000', '2026-02-15T10:30:00.000Z'],
		['20260215', '2026-02-15T00:00:00.000Z'],
		['20260230', null],
		['2026021510', null],
		['', null],
		[undefined, null],
	])('the instant %p is %p', (text, expected) => {
		expect(twf.isoInstant(text)).toBe(expected);
	});

	test('a date with a year Date would read as 19xx is no date', () => {
		expect(twf.twinfieldDate('0050-01-01')).toBeUndefined();
		expect(twf.twinfieldDate('2026-13-01')).toBeUndefined();
		expect(twf.twinfieldDate(new Date(Date.UTC(2026, 0, 31)))).toBe('20260131');
		expect(twf.twinfieldDate(undefined)).toBeUndefined();
	});

	test('stamps from date objects and empty values', () => {
		expect(twf.twinfieldStamp(new Date(Date.UTC(2026, 0, 31, 8, 9, 10)))).toBe('20260131080910');
		expect(twf.twinfieldStamp('')).toBeUndefined();
		expect(twf.twinfieldStamp(null)).toBeUndefined();
		expect(twf.twinfieldStamp('2026-02-01T10:20:30-0130')).toBe('20260201115030');
	});

	test('text is trimmed, and empty text is null', () => {
		expect([twf.textOrNull(' a '), twf.textOrNull('  '), twf.textOrNull(undefined)]).toEqual(['a', null, null]);
		expect([twf.textOf(record('<v> a </v>'), 'v'), twf.textOf(record(''), 'v'), twf.textOf(undefined, 'v')]).toEqual(['a', '', '']);
	});
});

describe('24SevenOffice', () => {
	test.each([
		['<v>true</v>', true],
		['<v>True</v>', true],
		['<v>1</v>', true],
		['<v>FALSE</v>', false],
		['<v>0</v>', false],
		['<v>maybe</v>', 'maybe'],
		['<v></v>', undefined],
		['<v/>', undefined],
		['', undefined],
	])('the flag %p is %p', (inner, expected) => {
		expect(tso.booleanOf(record(inner), 'v')).toBe(expected);
	});

	test.each([
		['<v>12.5</v>', 12.5],
		['<v>-4</v>', -4],
		['<v>n/a</v>', 'n/a'],
		['<v></v>', undefined],
		['', undefined],
	])('the number %p is %p', (inner, expected) => {
		expect(tso.numberOf(record(inner), 'v')).toBe(expected);
	});

	test.each([
		['<v>2026-01-31T10:00:00</v>', '2026-01-31T10:00:00.000Z'],
		['<v>2026-01-31T10:00:00+01:00</v>', '2026-01-31T09:00:00.000Z'],
		['<v>2026-01-31T10:00:00Z</v>', '2026-01-31T10:00:00.000Z'],
		['<v>0001-01-01T00:00:00</v>', undefined],
		['<v>soon</v>', 'soon'],
		['<v></v>', undefined],
		['', undefined],
	])('the date %p is %p', (inner, expected) => {
		expect(tso.dateOf(record(inner), 'v')).toBe(expected);
	});

	test('only defined values are kept, and times are written without a zone', () => {
		expect(tso.defined({ a: 1, b: undefined, c: null, d: '' })).toEqual({ a: 1, c: null, d: '' });
		expect(tso.serviceDateTime(new Date(Date.UTC(2026, 0, 31, 8, 9, 10, 123)))).toBe('2026-01-31T08:09:10');
		expect([tso.textOf(record('<v> a </v>'), 'v'), tso.textOf(record(''), 'v')]).toEqual(['a', undefined]);
	});
});
