import { isSessionGone, twentyFourSevenOffice } from '../../nodes/TwentyFourSevenOffice/transport/service';
import { errorResponseOf, errorSaysSessionEnded } from '../../nodes/Twinfield/transport/clusterCall';
import { clusterServiceUrl, loginBaseUrl, sessionServiceUrl, twinfield } from '../../nodes/Twinfield/transport/service';

const fault = (reason: string, detailCode?: string) => ({ code: 'soap:Server', reason, detailCode });

describe("the services' own fault advice", () => {
	it('24SevenOffice: reads the whole end of the quarantine, dots included', () => {
		const advice = twentyFourSevenOffice.adviceForFault!(
			fault('Server was unable to process request. ---> Limit exceeded. Request is blocked. Quarantine ends at 25.11.2026 17:05:00.'),
		);
		expect(advice).toContain('blocks this user until the quarantine ends (the time above is UTC) because');
		expect(advice).not.toContain('17:05');
	});

	it('24SevenOffice: still advises when the quarantine end is missing', () => {
		expect(twentyFourSevenOffice.adviceForFault!(fault('Limit exceeded'))).toContain('blocks this user for a while');
	});

	it('24SevenOffice: blocked identity, application ID, lost session', () => {
		expect(twentyFourSevenOffice.adviceForFault!(fault('Provided IdentityId is blocked'))).toContain('identity (company) chosen in the credential is blocked');
		expect(twentyFourSevenOffice.adviceForFault!(fault('Invalid ApplicationId'))).toContain('Application ID');
		expect(twentyFourSevenOffice.adviceForFault!(fault('Not authenticated'))).toContain("Leave Session ID empty to use the credential's session");
		expect(twentyFourSevenOffice.adviceForFault!(fault('Something else'))).toBeUndefined();
	});

	it('24SevenOffice: tells a dead session from other failures', () => {
		expect(isSessionGone({ errorResponse: { faultString: 'Server was unable to process request. ---> Not authenticated' } })).toBe(true);
		expect(isSessionGone({ errorResponse: { faultString: 'Client is not authenticated on this identity' } })).toBe(true);
		// A 200 answer such as SaveBundleList's Type=NotAuthenticated, reported as an error that says so.
		expect(isSessionGone({ errorResponse: { sessionGone: true } })).toBe(true);
		expect(isSessionGone({ errorResponse: { faultString: 'Invalid ApplicationId' } })).toBe(false);
		expect(isSessionGone(new Error('timeout'))).toBe(false);
		expect(isSessionGone(undefined)).toBe(false);
	});

	it('Twinfield: explains by error code first, then by text', () => {
		expect(twinfield.adviceForFault!(fault('Another user logged on with your user name', '168'))).toContain('one session per user');
		expect(twinfield.adviceForFault!(fault('Your logon credentials are not valid anymore. Try to log on again.', '101'))).toContain('The session has ended');
		expect(twinfield.adviceForFault!(fault('Something else', '999'))).toBeUndefined();
	});

	it('24SevenOffice: a log-in is not told to renew its session; other advice is the same for it', () => {
		const lostSession = "The session is not logged in (it expired or was never valid). Leave Session ID empty to use the credential's session, which logs in again by itself, or take the session ID from an Ensure Session step.";
		expect(twentyFourSevenOffice.adviceForFault!(fault('Not authenticated'), 'useSession')).toBe(lostSession);
		expect(twentyFourSevenOffice.adviceForFault!(fault('Session expired'), 'other')).toBe(lostSession);
		expect(twentyFourSevenOffice.adviceForFault!(fault('Not authenticated'), 'logOn')).toBeUndefined();
		expect(twentyFourSevenOffice.adviceForFault!(fault('Invalid ApplicationId'), 'logOn')).toBe(
			'Check the Application ID in the credential: it must be the ID 24SevenOffice issued for your integration.',
		);
		expect(twentyFourSevenOffice.adviceForFault!(fault('Limit exceeded'), 'logOn')).toBe(
			'24SevenOffice blocks this user for a while because too many requests were made. Wait, then run the workflow again. To avoid it, leave Session ID empty so the session stored with the credential is reused instead of logging in every time.',
		);
	});

	it('Twinfield: a log-on gets log-on advice, never advice to log on again', () => {
		const logOnFailed = 'Twinfield could not complete the log-on. Check the log-on URL and the credential, then run the workflow again; if it keeps happening, contact Twinfield support with this message.';
		const sessionGone = 'The session has ended (it expired after about 20 minutes without use, or was closed). Log on again: put a Twinfield Log On step right before the steps that use the session.';
		expect(twinfield.adviceForFault!(fault('Session ended', '103'), 'logOn')).toBe(logOnFailed);
		expect(twinfield.adviceForFault!(fault('Another log-on', '168'), undefined, 'AccessTokenLogon')).toBe(logOnFailed);
		expect(twinfield.adviceForFault!(fault('Something', '999'), undefined, 'Logon')).toBe(logOnFailed);
		expect(twinfield.adviceForFault!(fault('Not valid anymore'), 'logOn')).toBe(logOnFailed);
		expect(twinfield.adviceForFault!(fault('Session ended', '103'), 'useSession')).toBe(sessionGone);
		expect(twinfield.adviceForFault!(fault('Please log on again'), 'useSession', 'ProcessXmlString')).toBe(sessionGone);
		expect(twinfield.adviceForFault!(fault('Token', '354'), 'logOn')).toMatch(/^Twinfield did not accept the access token/);
		expect(twinfield.adviceForFault!(fault('Company', '359'), 'logOn')).toMatch(/^Calls with an OAuth access token must name a company/);
		expect(twinfield.adviceForFault!(fault('x', 'constructor'), 'useSession')).toBeUndefined();
	});

	it('Twinfield: an error says the session ended only by its fault', () => {
		expect(errorSaysSessionEnded({ errorResponse: { detailCode: '101', faultString: '' } })).toBe(true);
		expect(errorSaysSessionEnded({ cause: { faultString: 'Your logon credentials are not valid anymore.' } })).toBe(true);
		expect(errorSaysSessionEnded({ errorResponse: { detailCode: 101, faultString: 7 } })).toBe(false);
		expect(errorSaysSessionEnded({ errorResponse: 'not valid anymore' })).toBe(false);
		expect(errorSaysSessionEnded(new Error('not valid anymore'))).toBe(false);
		expect(errorSaysSessionEnded(undefined)).toBe(false);
		expect(errorResponseOf({ errorResponse: 'text' })).toBeUndefined();
		expect(errorResponseOf({ cause: { a: 1 } })).toEqual({ a: 1 });
	});

	it('Twinfield: service addresses', () => {
		expect(loginBaseUrl('https://login.twinfield.com/webservices/session.asmx/')).toBe('https://login.twinfield.com');
		expect(sessionServiceUrl('https://login.twinfield.com')).toBe('https://login.twinfield.com/webservices/session.asmx');
		expect(clusterServiceUrl('https://c3.twinfield.com/', 'finder')).toBe('https://c3.twinfield.com/webservices/finder.asmx');
	});
});
