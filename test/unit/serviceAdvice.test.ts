import { isSessionGone, twentyFourSevenOffice } from '../../nodes/TwentyFourSevenOffice/transport/service';
import { twinfield } from '../../nodes/Twinfield/transport/service';

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
});
