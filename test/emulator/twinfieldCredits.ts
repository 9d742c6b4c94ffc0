/**
 * Twinfield's fair-use credits: a query costs 1, anything else 3; over the
 * limit per minute the cluster answers 429 with Retry-After and does not
 * process the request (which then costs nothing).
 *
 * Queries are SOAP operations starting with Get, Query, Search or Load, and
 * ProcessXml messages whose root is list, read, columns, accountcode or
 * accountcodes. The limit for an uncertified client is 50 credits a minute;
 * the emulator counts always and limits only when a limit is set, per
 * emulator (the real service counts per ClientId and organisation).
 */
import { textReply } from './soap';
import type { Reply } from './types';

const QUERY_ROOTS = ['list', 'read', 'columns', 'accountcode', 'accountcodes'];

/** What a cluster request costs: its SOAP operation and, for ProcessXml, the message's root. */
export function creditCost(operation: string, xmlRequest = ''): number {
	if (operation === 'ProcessXmlString') {
		const root = /^\s*(?:<\?xml[^>]*\?>\s*)?<([A-Za-z_][\w.-]*)/.exec(xmlRequest)?.[1] ?? '';
		return QUERY_ROOTS.includes(root) ? 1 : 3;
	}
	return /^(Get|Query|Search|Load)/.test(operation) ? 1 : 3;
}

export class TwinfieldCredits {
	/** Credits spent since the last reset, by requests that were processed. */
	spent = 0;
	private charges: Array<{ at: number; cost: number }> = [];

	constructor(
		private readonly perMinute?: number,
		private readonly windowMs = 60_000,
	) {}

	/** Charges the request, or answers the 429 Twinfield sends when the minute's credits are used up. */
	charge(cost: number, now = Date.now()): Reply | undefined {
		this.charges = this.charges.filter((item) => item.at > now - this.windowMs);
		if (this.perMinute !== undefined) {
			const used = this.charges.reduce((sum, item) => sum + item.cost, 0);
			if (used + cost > this.perMinute) {
				// Wait until enough of the oldest charges leave the window.
				let freed = used + cost - this.perMinute;
				let until = now;
				for (const item of this.charges) {
					until = item.at + this.windowMs;
					freed -= item.cost;
					if (freed <= 0) break;
				}
				const seconds = String(Math.max(1, Math.ceil((until - now) / 1000)));
				return textReply(429, 'text/plain; charset=utf-8', 'Too Many Requests: the fair-use limit of credits per minute is reached.', { 'Retry-After': seconds });
			}
		}
		this.charges.push({ at: now, cost });
		this.spent += cost;
		return undefined;
	}

	clear(): void {
		this.charges = [];
		this.spent = 0;
	}
}
