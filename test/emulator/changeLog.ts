/** Every change the emulated services stamp, in order: what the trigger tests compare the triggers' output with. */
export interface LoggedChange {
	service: 'twinfield' | '24sevenoffice';
	/** What changed, e.g. `customer`, `supplier`, `product`, `order`, `transaction`. */
	kind: string;
	/** The record's identity, e.g. `DEMO1/1000` or `2001/17`. */
	key: string;
	action: 'created' | 'updated';
	/** The clock's time of the change, in milliseconds. */
	at: number;
	/** The stamp the service wrote on the record. */
	stamp: string;
}

export class ChangeLog {
	readonly entries: LoggedChange[] = [];

	/** Notes a change made at `at` (the clock's time) and stamped `stamp`. */
	record(change: Omit<LoggedChange, 'at' | 'stamp'>, at: number, stamp: string): LoggedChange {
		const entry = { ...change, at, stamp };
		this.entries.push(entry);
		return entry;
	}

	clear(): void {
		this.entries.length = 0;
	}
}

/** The log every emulator in this process writes to. */
export const changeLog = new ChangeLog();
