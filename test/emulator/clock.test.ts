/** The emulator's clock: real time, stopped, moved and skewed; the stamps each service writes. */
import { ServiceClock, tsoStamp, twinfieldStamp } from './clock';
import { ChangeLog } from './changeLog';

describe('the services’ clock', () => {
	it('runs with real time until set, then moves only when told', () => {
		const clock = new ServiceClock();
		const before = Date.now();
		expect(clock.now()).toBeGreaterThanOrEqual(before);
		clock.set(Date.UTC(2026, 5, 1, 12, 0, 0));
		clock.advance(1500);
		expect(clock.now()).toBe(Date.UTC(2026, 5, 1, 12, 0, 1, 500));
	});

	it('skews from real time and resets to it', () => {
		const clock = new ServiceClock();
		clock.skew(-120_000);
		expect(Math.abs(clock.now() - (Date.now() - 120_000))).toBeLessThan(1000);
		clock.advance(60_000);
		expect(Math.abs(clock.now() - (Date.now() - 60_000))).toBeLessThan(1000);
		clock.reset();
		expect(Math.abs(clock.now() - Date.now())).toBeLessThan(1000);
	});

	it('stamps as Twinfield does, in UTC, cut to the minute', () => {
		expect(twinfieldStamp(Date.UTC(2026, 0, 5, 9, 30, 59, 999))).toBe('20260105093000');
		expect(twinfieldStamp(Date.UTC(2026, 11, 31, 23, 59, 0))).toBe('20261231235900');
	});

	it('stamps as 24SevenOffice does, in UTC, to the second', () => {
		expect(tsoStamp(Date.UTC(2026, 5, 1, 12, 30, 5, 999))).toBe('2026-06-01T12:30:05');
	});

	it('logs each change with its time and the service’s stamp', () => {
		const log = new ChangeLog();
		const entry = log.record({ service: '24sevenoffice', kind: 'customer', key: '2001/2', action: 'updated' }, 5, 'stamp');
		expect(entry).toMatchObject({ key: '2001/2', at: 5, stamp: 'stamp' });
		expect(log.entries).toEqual([entry]);
		log.clear();
		expect(log.entries).toEqual([]);
	});
});
