/** How many requests each service got per SOAP operation since the last reset. */
import type { RecordedRequest } from './types';

export class RequestCounts {
	private readonly counts = new Map<string, number>();

	add(request: RecordedRequest): void {
		const key = `${request.service} ${request.operation ?? request.method}`;
		this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
	}

	clear(): void {
		this.counts.clear();
	}

	/** `{ "24sevenoffice HasSession": 3, "twinfield-login GET": 1, … }` */
	toJSON(): Record<string, number> {
		return Object.fromEntries(this.counts);
	}
}
