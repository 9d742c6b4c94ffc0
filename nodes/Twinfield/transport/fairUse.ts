/** Twinfield's fair-use limit: after a 429 the call waits as Twinfield says and is sent again, a bounded number of times. */
/*
 * Twinfield answers HTTP 429 when a client spends more credits per minute
 * than it may (or runs too many calls at once); such a request is not
 * processed, so sending it again never writes twice. The wait starts at the
 * answer's Retry-After and doubles, each wait at most MAX_WAIT_SECONDS; a
 * Retry-After beyond that is not waited for: the error says how long to wait.
 */
import { NodeApiError, sleep } from 'n8n-workflow';

/** Times a refused call is sent again. */
export const FAIR_USE_RETRIES = 2;
/** The longest single wait, in seconds. */
export const MAX_WAIT_SECONDS = 60;
/** The first wait when Twinfield gave no Retry-After. */
const DEFAULT_WAIT_SECONDS = 5;

/** Whether the error is Twinfield's 429, and the seconds it asked to wait (undefined when it did not say). */
export function fairUseRefusal(error: unknown): { retryAfterSeconds?: number } | undefined {
	if (!(error instanceof NodeApiError) || error.httpCode !== '429') return undefined;
	// The SOAP layer's rate-limit error keeps the Retry-After it read.
	const { errorResponse, cause } = error as unknown as { errorResponse?: { retryAfterSeconds?: unknown }; cause?: { retryAfterSeconds?: unknown } };
	const seconds = (errorResponse ?? cause)?.retryAfterSeconds;
	return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? { retryAfterSeconds: seconds } : {};
}

/**
 * Runs `send`, and after a 429 waits and runs it again, up to FAIR_USE_RETRIES
 * times. The last 429 is reported with what was tried.
 */
export async function withFairUseRetries<T>(send: () => Promise<T>, wait: (ms: number) => Promise<void> = sleep): Promise<T> {
	let waited = 0;
	for (let attempt = 0; ; attempt++) {
		const outcome = await send().then(
			(value) => ({ value }),
			(error: unknown) => ({ error }),
		);
		if ('value' in outcome) return outcome.value;
		const refusal = fairUseRefusal(outcome.error);
		// Anything but a 429 is the caller's to report, as it came.
		if (!refusal) return await Promise.reject(outcome.error);
		const asked = refusal.retryAfterSeconds ?? DEFAULT_WAIT_SECONDS;
		const seconds = Math.min(asked * 2 ** attempt, MAX_WAIT_SECONDS);
		if (attempt >= FAIR_USE_RETRIES || asked > MAX_WAIT_SECONDS) return await Promise.reject(explained(outcome.error as NodeApiError, attempt, waited));
		waited += seconds;
		await wait(seconds * 1000);
	}
}

function explained(error: NodeApiError, retries: number, waitedSeconds: number): NodeApiError {
	if (retries > 0) {
		const tried = `The node waited ${waitedSeconds} seconds in all and sent the request ${retries} more time${retries === 1 ? '' : 's'}; Twinfield still refused it, and nothing was saved by the refused requests.`;
		error.description = `${tried} ${error.description ?? ''}`.trim();
	}
	return error;
}
