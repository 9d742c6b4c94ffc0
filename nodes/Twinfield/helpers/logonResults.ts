/** Plain-language meanings of Twinfield's LogonResult and nextAction values. */
/*
 * The vendor documents the values but not their meaning for a user; these say
 * what happened and what to do about it.
 */
import { ownEntry, quoted } from '../../shared/soap/serverText';

export const LOGON_RESULT_MESSAGES: Record<string, [message: string, advice: string]> = {
	Blocked: [
		'Twinfield has blocked log-on for this user',
		'Too many failed log-ons, or an administrator blocked the user. Ask your Twinfield administrator to unblock it, then try again.',
	],
	Untrusted: [
		'Twinfield does not trust this log-on',
		'The log-on came from a device or location Twinfield does not trust for this user. Log on once in the Twinfield website to confirm it, or ask your administrator.',
	],
	Invalid: [
		'Twinfield rejected the user name, password or organisation',
		'Check the user, password and organisation in the Twinfield credential. All three must match exactly, including upper and lower case.',
	],
	Deleted: [
		'This Twinfield user has been deleted',
		'Use a credential for an existing user.',
	],
	Disabled: [
		'This Twinfield user is disabled',
		'Ask your Twinfield administrator to enable the user, or use another credential.',
	],
	OrganisationInactive: [
		'The Twinfield organisation is inactive',
		'The organisation in the credential is no longer active. Check its code, or contact Twinfield about the subscription.',
	],
	ClientInvalid: [
		'Twinfield does not allow this client software to log on',
		'The organisation does not allow log-ons from this kind of application. Ask your Twinfield administrator to allow web-service access.',
	],
	Failed: [
		'Twinfield could not complete the log-on',
		'The service failed for a reason it did not give. Try again in a few minutes.',
	],
	TokenInvalid: [
		'Twinfield rejected the access token',
		'Twinfield considers the token of this log-on invalid or expired. Open the Twinfield OAuth2 credential and reconnect it; if it keeps happening, contact Twinfield support.',
	],
	NoAvailableCompanies: [
		'This Twinfield user has no companies to work in',
		'The user needs access to at least one company. Ask your Twinfield administrator to give the user access.',
	],
	OAuth2AuthenticationRequired: [
		'The Twinfield organisation only accepts OAuth 2 log-ons',
		'This organisation no longer allows log-on with user name and password. Set the Authentication of the Twinfield node to OAuth2 and connect a Twinfield OAuth2 credential, or ask your Twinfield administrator whether password log-on can be allowed again.',
	],
};

export const NEXT_ACTION_MESSAGES: Record<string, [message: string, advice: string]> = {
	SMSLogon: [
		'Twinfield wants an SMS code before this session can be used',
		'The user has two-step log-on with SMS. Complete it in the Twinfield website, or turn on the Allow Unfinished Log-On option to get the session and finish the SMS log-on in a later step.',
	],
	ChangePassword: [
		'Twinfield wants a new password before this session can be used',
		"The user's password has expired. Change it in the Twinfield website and update the credential, or turn on the Allow Unfinished Log-On option to get the session and change the password in a later step.",
	],
};

export function explainLogonResult(result: string): [message: string, advice: string] {
	// Only the table's own entries: a result such as "constructor" must not find Object's.
	return (
		ownEntry(LOGON_RESULT_MESSAGES, result) ?? [
			`Twinfield refused the log-on (${quoted(result) || 'no result'})`,
			'Twinfield gave a result this node does not know. Check the credential and try again.',
		]
	);
}

export function explainNextAction(nextAction: string): [message: string, advice: string] {
	return (
		ownEntry(NEXT_ACTION_MESSAGES, nextAction) ?? [
			`Twinfield wants another step before this session can be used (${quoted(nextAction)})`,
			'Complete the log-on in the Twinfield website, or turn on the Allow Unfinished Log-On option.',
		]
	);
}
