/** Tallies recorded requests per service and operation, so tests can assert how many calls a run made. */
import type { RecordedRequest, RequestCounts } from './types';

export function countByOperation(requests: readonly RecordedRequest[]): RequestCounts {
	const counts: RequestCounts = {};
	for (const request of requests) {
		const perService = (counts[request.service] ??= {});
		const key = request.operation ?? request.path;
		perService[key] = (perService[key] ?? 0) + 1;
	}
	return counts;
}
