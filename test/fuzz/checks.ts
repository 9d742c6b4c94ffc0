/** What every outcome of a hostile answer must satisfy, whatever the answer was. */
import { CANARY_MARKS } from './hostileAnswers';

const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
/** Advice says what to do: each error's description holds one of these. */
const ADVICE = /\b(Check|check|Run|run|Wait|wait|raise|Raise|choose|Choose|Put|Try|Ask|Use|Remove|Complete|Change|Log on|log on)\b/;

export interface Shown {
	name: string;
	message: string;
	description?: string | null;
}

/** Throws (with the reason) when an error breaks a guarantee; returns the error's visible text. */
export function checkError(error: unknown, role: 'logOn' | 'checkSession' | 'useSession'): string {
	const shown = error as Shown;
	// By name: errors from n8n-core's engine come from another realm than this test's Error.
	if (typeof error !== 'object' || error === null || !['NodeApiError', 'NodeOperationError'].includes(shown.name) || typeof shown.message !== 'string') {
		throw new Error(`not an n8n node error: ${String((error as Error)?.name)} ${String((error as Error)?.message).slice(0, 300)}`);
	}
	const description = shown.description ?? '';
	if (shown.message.length > 400) throw new Error(`message of ${shown.message.length} characters`);
	if (description.length > 2000) throw new Error(`description of ${description.length} characters`);
	if (CONTROL.test(shown.message) || CONTROL.test(description)) throw new Error(`control character in ${JSON.stringify(shown.message + description)}`);
	if (!ADVICE.test(description)) throw new Error(`no advice in ${JSON.stringify(description)}`);
	if (role === 'logOn' && /input values|Log On step right before|Ensure Session step before this one/.test(description)) {
		throw new Error(`advice that does not fit a log-on: ${description}`);
	}
	return `${shown.message}\n${description}\n${safeJson(error)}`;
}

export function safeJson(value: unknown): string {
	try {
		return JSON.stringify(value) ?? '';
	} catch {
		return String(value);
	}
}

export function checkNoCanary(visible: string): void {
	for (const mark of CANARY_MARKS) {
		if (visible.includes(mark)) throw new Error(`credential canary "${mark}" is visible: ${visible.slice(Math.max(0, visible.indexOf(mark) - 150), visible.indexOf(mark) + 100)}`);
	}
}
