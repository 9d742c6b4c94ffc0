/** The 24SevenOffice session kept with the credential: which stored value counts, and the cookie n8n adds to each request. */
import { storedSessionId, withSessionCookie } from '../../nodes/TwentyFourSevenOffice/transport/credentialAuth';

const SESSION = 'q1w2e3r4t5y6u7i8o9p0a1s2';

test('a stored session counts only when it could be a session ID', () => {
	expect(storedSessionId({ sessionId: ` ${SESSION} ` })).toBe(SESSION);
	expect(storedSessionId({ sessionId: 'abc; other=1' })).toBe('');
	expect(storedSessionId({ sessionId: '' })).toBe('');
	expect(storedSessionId({})).toBe('');
});

test('the session cookie comes first, other cookies stay, an old session cookie goes', () => {
	const request = { url: 'https://api.24sevenoffice.test/x', headers: { cookie: 'ASP.NET_SessionId=old; lb=7;  ; theme=dark', Accept: 'text/xml' } };
	expect(withSessionCookie({ sessionId: SESSION }, request)).toEqual({
		url: 'https://api.24sevenoffice.test/x',
		headers: { Accept: 'text/xml', Cookie: `ASP.NET_SessionId=${SESSION}; lb=7; theme=dark` },
	});
	expect(request.headers.cookie).toBe('ASP.NET_SessionId=old; lb=7;  ; theme=dark');
});

test('without a usable stored session no session cookie is sent, and others stay', () => {
	expect(withSessionCookie({ sessionId: 'abc; other=1' }, { url: 'u', headers: { Cookie: 'ASP.NET_SessionId=old; lb=7' } })).toEqual({ url: 'u', headers: { Cookie: 'lb=7' } });
	expect(withSessionCookie({}, { url: 'u', headers: { COOKIE: 'ASP.NET_SessionId=old' } })).toEqual({ url: 'u', headers: {} });
	expect(withSessionCookie({}, { url: 'u' })).toEqual({ url: 'u', headers: {} });
	expect(withSessionCookie({ sessionId: SESSION }, { url: 'u' })).toEqual({ url: 'u', headers: { Cookie: `ASP.NET_SessionId=${SESSION}` } });
});
