/** Text from a server made safe to show: secrets masked, controls replaced, length bounded. */

import { xmlEscape } from './xmlText';

/** How much of a server's text an error quotes. */
export const QUOTE_LIMIT = 200;
export const MASK = '[hidden]';

/** C0 and C1 controls, DEL, line and paragraph separators, bidirectional overrides. */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const HAS_CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** Values shorter than this are not masked: they would hide ordinary words. */
const MIN_SECRET_LENGTH = 4;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** URL-encoded form; a value with half a surrogate pair has none. */
function uriEncoded(text: string): string {
	try {
		return encodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * Masks every form in which a server may echo a value the pack sent: as it
 * was, XML-escaped, or URL-encoded, in any letter case.
 */
/** How HTML pages echo a value: only &, < and > escaped, quotes left or written as numeric references. */
function htmlForms(secret: string): string[] {
	const minimal = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const quotes = (text: string) => [
		text,
		text.replace(/"/g, '&quot;'),
		text.replace(/'/g, '&#39;').replace(/"/g, '&quot;'),
		text.replace(/'/g, '&#x27;').replace(/"/g, '&#x22;'),
		text.replace(/'/g, '&#039;').replace(/"/g, '&#034;'),
	];
	return quotes(minimal);
}

/** The value with its punctuation stripped, as some pages echo it. */
function letters(secret: string): string {
	return secret.replace(/[^\p{L}\p{N}]/gu, '');
}

export class SecretMask {
	private readonly pattern: RegExp | undefined;

	constructor(secrets: Iterable<string | undefined>) {
		const forms = new Set<string>();
		for (const secret of secrets) {
			if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) continue;
			// A server may quote a request that was itself escaped: up to three rounds of escaping.
			const escaped = [secret, xmlEscape(secret), xmlEscape(xmlEscape(secret)), xmlEscape(xmlEscape(xmlEscape(secret)))];
			for (const form of [secret.trim(), ...escaped, ...escaped.map(uriEncoded), JSON.stringify(secret).slice(1, -1), ...htmlForms(secret), letters(secret)]) {
				if (form.length >= MIN_SECRET_LENGTH) forms.add(form);
			}
		}
		// Longest first, so a secret that contains another is masked whole.
		const sorted = [...forms].sort((a, b) => b.length - a.length);
		this.pattern = sorted.length ? new RegExp(sorted.map(escapeRegExp).join('|'), 'gi') : undefined;
	}

	get empty(): boolean {
		return this.pattern === undefined;
	}

	apply(text: string): string {
		if (!this.pattern) return text;
		this.pattern.lastIndex = 0;
		return this.pattern.test(text) ? text.replace(this.pattern, MASK) : text;
	}
}

export const NO_SECRETS = new SecretMask([]);

/** Masks an error's message, description and the texts it quotes from the answer, for secrets learnt only after it was made. */
export function maskError(error: unknown, mask: SecretMask): void {
	if (mask.empty || !error || typeof error !== 'object') return;
	const target = error as { message?: unknown; description?: unknown; errorResponse?: unknown };
	if (typeof target.message === 'string') target.message = mask.apply(target.message);
	if (typeof target.description === 'string') target.description = mask.apply(target.description);
	const response = target.errorResponse;
	if (!response || typeof response !== 'object') return;
	for (const [key, value] of Object.entries(response)) {
		if (typeof value === 'string') (response as Record<string, unknown>)[key] = mask.apply(value);
	}
}

/**
 * A table's own entry for a key a server sent, or undefined: a code such as
 * "constructor" or "toString" must never find what every object inherits.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Replaces control characters with a space and collapses runs of white space. */
export function withoutControls(text: string): string {
	if (!HAS_CONTROL.test(text)) return text;
	return text.replace(CONTROLS, ' ').replace(/ {2,}/g, ' ');
}

/** Cuts text to `limit` characters, marking the cut, without splitting a surrogate pair. */
export function bounded(text: string, limit = QUOTE_LIMIT): string {
	if (text.length <= limit) return text;
	let end = limit - 1;
	const code = text.charCodeAt(end - 1);
	if (code >= 0xd800 && code <= 0xdbff) end--;
	return `${text.slice(0, end)}…`;
}

/**
 * Server text fit to quote: masked, free of control characters, bounded. Masking
 * comes first, on a slice a little longer than the limit, so a cut never leaves
 * part of a secret behind.
 */
export function quoted(text: unknown, mask: SecretMask = NO_SECRETS, limit = QUOTE_LIMIT): string {
	const raw = String(text ?? '');
	// Enough room around the limit for any masked value to be seen whole.
	const window = raw.length > limit * 4 + 4096 ? raw.slice(0, limit * 4 + 4096) : raw;
	return bounded(withoutControls(mask.apply(window)).trim(), limit);
}
