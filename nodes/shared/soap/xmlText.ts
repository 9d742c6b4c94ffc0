/** XML escaping, in one place: for envelopes, for headers handed on, and for masking what a server echoes. */

/**
 * Escapes text for element content and attribute values. CR, NEL and U+2028
 * go as character references: an XML parser would turn a raw CR into LF, and
 * XML 1.1 readers treat NEL and U+2028 as line ends, so the value would change.
 */
const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
	'\r': '&#13;',
	'\u0085': '&#133;',
	'\u2028': '&#8232;',
};
const TO_ESCAPE = /[&<>"'\r\u0085\u2028]/g;

export function xmlEscape(text: string): string {
	return text.replace(TO_ESCAPE, (char) => ESCAPES[char]);
}
