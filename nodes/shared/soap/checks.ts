/** The rules for values that travel in headers and URLs, typed by users or chosen by services. */

/** Session IDs of both services: letters, digits, - and _ (ASP.NET IDs and GUIDs). */
const SESSION_ID = /^[A-Za-z0-9_-]{1,128}$/;
/** Opaque tokens such as access tokens: base64url, base64 and JWT characters only. */
const TOKEN = /^[A-Za-z0-9._~+/=-]{1,8192}$/;
/** RFC 6265: a cookie name is a token; a value has no controls, spaces, quotes, commas, semicolons or backslashes. */
const COOKIE_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}$/;
const COOKIE_VALUE = /^[\u0021\u0023-\u002B\u002D-\u003A\u003C-\u005B\u005D-\u007E]{0,4096}$/;

export function isSessionId(value: string): boolean {
	return SESSION_ID.test(value);
}

export function isToken(value: string): boolean {
	return TOKEN.test(value);
}

/** A `name=value` cookie pair that can go into a `Cookie` header as it is. */
export function isCookiePair(pair: string): boolean {
	const equals = pair.indexOf('=');
	if (equals <= 0) return false;
	return COOKIE_NAME.test(pair.slice(0, equals)) && COOKIE_VALUE.test(pair.slice(equals + 1));
}

/** Addresses already found good: every call of a run checks the same few, and parsing a URL is not free. */
const GOOD_ADDRESSES = new Set<string>();
const REMEMBERED_ADDRESSES = 64;

/**
 * An http(s) address with a host, no white space or control characters, and no
 * user name or password in it: what a SOAP endpoint or a cluster can be.
 */
export function isWebAddress(value: string): boolean {
	if (GOOD_ADDRESSES.has(value)) return true;
	if (value.length > 2048 || !/^https?:\/\/[^/\s?#]/i.test(value) || /[\s\u0000-\u001F\u007F-\u009F<>"\\^`{|}]/.test(value)) return false;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return false;
	}
	const good = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '';
	if (good) {
		if (GOOD_ADDRESSES.size >= REMEMBERED_ADDRESSES) GOOD_ADDRESSES.clear();
		GOOD_ADDRESSES.add(value);
	}
	return good;
}

/**
 * An address a service chose for later calls (a cluster, a service URL): a web
 * address as above, and https unless the address the credential itself uses is
 * plain http (a test environment).
 */
export function isChosenAddress(value: string, credentialAddress: string): boolean {
	if (!isWebAddress(value)) return false;
	return /^https:/i.test(value) || /^http:/i.test(credentialAddress.trim());
}

/** A base address as kept and joined: no surrounding white space, no trailing slashes. */
export function baseAddress(text: string): string {
	return text.trim().replace(/\/+$/, '');
}
