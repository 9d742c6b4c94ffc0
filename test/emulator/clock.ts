/** The emulated services' clock for change stamps: real time by default, set, moved or skewed by tests; and the stamps each service writes. */
/*
 * Only the stamps of records (Twinfield's `modified`, 24SevenOffice's
 * `DateChanged`) follow this clock. Sessions and OAuth tokens keep real time,
 * so moving the clock by hours does not end them.
 */

export class ServiceClock {
	private fixed: number | undefined;
	private offsetMs = 0;

	/** The services' time, in milliseconds since 1970 (UTC). */
	now(): number {
		return this.fixed ?? Date.now() + this.offsetMs;
	}

	/** Stops the clock at `time`; it moves only when told to. */
	set(time: number): void {
		this.fixed = time;
	}

	/** Moves the clock on by `ms` (a stopped clock stays stopped). */
	advance(ms: number): void {
		if (this.fixed === undefined) this.offsetMs += ms;
		else this.fixed += ms;
	}

	/** Runs the clock with real time, `offsetMs` ahead of it (negative: behind), as a server whose clock is off. */
	skew(offsetMs: number): void {
		this.fixed = undefined;
		this.offsetMs = offsetMs;
	}

	reset(): void {
		this.fixed = undefined;
		this.offsetMs = 0;
	}
}

/** The clock every emulator in this process stamps changes with. */
export const serviceClock = new ServiceClock();

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * Twinfield's `YYYYMMDDHHMMSS`, in UTC, cut to the whole minute: the stamps
 * carry seconds, but the trigger must hold when they are rounded to the
 * minute, so the emulator writes the coarser stamp.
 */
export function twinfieldStamp(time: number): string {
	const date = new Date(time);
	return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}00`;
}

/** 24SevenOffice's `xs:dateTime` in UTC without a zone, to the second: `2026-06-01T12:30:05`. */
export function tsoStamp(time: number): string {
	return new Date(Math.floor(time / 1000) * 1000).toISOString().slice(0, 19);
}
