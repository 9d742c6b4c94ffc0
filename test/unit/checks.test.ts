/** The rules for values that travel in headers and URLs, at their edges: lengths, user names, cookies, chosen addresses and base addresses. */
import { baseAddress, isChosenAddress, isCookiePair, isToken, isWebAddress } from '../../nodes/shared/soap/checks';

describe('tokens', () => {
	it('accept base64url, base64 and JWT characters and nothing else', () => {
		expect(isToken('eyJhbGciOi.J9-_~+/=')).toBe(true);
		expect(isToken('')).toBe(false);
		expect(isToken('a b')).toBe(false);
		expect(isToken('a;b')).toBe(false);
	});
});

describe('cookie pairs', () => {
	it('need a name before an equals sign', () => {
		expect(isCookiePair('novalue')).toBe(false);
		expect(isCookiePair('=value')).toBe(false);
		expect(isCookiePair('name=')).toBe(true);
	});

	it('allow a value of 4096 characters after any name, and not one more', () => {
		expect(isCookiePair(`a=${'x'.repeat(4096)}`)).toBe(true);
		expect(isCookiePair(`a=${'x'.repeat(4097)}`)).toBe(false);
	});
});

describe('web addresses', () => {
	it('are at most 2048 characters long', () => {
		const base = 'https://api.example.com/';
		expect(isWebAddress(base + 'a'.repeat(2048 - base.length))).toBe(true);
		expect(isWebAddress(base + 'b'.repeat(2049 - base.length))).toBe(false);
	});

	it('have neither a user name nor a password, asked twice', () => {
		for (let round = 0; round < 2; round++) {
			expect(isWebAddress('https://user@api.example.com')).toBe(false);
			expect(isWebAddress('https://:secret@api.example.com')).toBe(false);
		}
	});

	it('have no character a URL would escape or drop', () => {
		for (const character of ['<', '>', '"', '\\', '^', '`', '{', '|', '}', '\u007f', '\u0085', '\u009f']) {
			expect(isWebAddress(`https://api.example.com/a${character}b`)).toBe(false);
		}
	});

	it('are refused when a URL cannot be read from them', () => {
		expect(isWebAddress('http://[')).toBe(false);
		expect(isWebAddress('https://host:99999')).toBe(false);
	});
});

describe('addresses a service chooses', () => {
	it('look at the scheme at the start of each address only', () => {
		expect(isChosenAddress('http://api.example.com/https:', 'https://login.example.com')).toBe(false);
		expect(isChosenAddress('http://api.example.com', 'https://login.example.com/http:')).toBe(false);
	});

	it('may be plain http when the credential address is, with white space around it', () => {
		expect(isChosenAddress('http://127.0.0.1:5000', '  http://127.0.0.1:4000')).toBe(true);
		expect(isChosenAddress('HTTP://127.0.0.1:5000', 'HTTP://127.0.0.1:4000')).toBe(true);
	});
});

describe('base addresses', () => {
	it('lose surrounding white space and every trailing slash', () => {
		expect(baseAddress('  https://api.example.com//  ')).toBe('https://api.example.com');
		expect(baseAddress('https://api.example.com/')).toBe('https://api.example.com');
		expect(baseAddress('https://api.example.com/path')).toBe('https://api.example.com/path');
	});
});
