/**
 * Twinfield: session.asmx (Logon on the login host, session operations on the
 * cluster host) and processxml.asmx. Both hosts expose the same WSDL, but
 * sessions only live on the cluster, as Logon's <cluster> tells clients.
 */
import type { Reply } from './types';
import { twinfieldAccessToken, twinfieldCompanies, twinfieldDemo, twinfieldSmsCode, twinfieldUsers } from './seed';
import { serverFault, SoapCall, SoapEndpoint, soapFault, soapReply } from './soap';
import type { TwinfieldOAuth } from './twinfieldOAuth';
import { listsOffices } from './twinfieldOffices';
import { creditCost, type TwinfieldCredits } from './twinfieldCredits';
import { TwinfieldSession, TwinfieldSessions } from './twinfieldSessions';
import { finderSearch } from './twinfieldFinder';
import { processXmlMessage } from './twinfieldProcessXml';
import { child, childText, element, leaf, XmlOut } from './xml';

export const TWINFIELD_NS = 'http://www.twinfield.com/';

const SESSION_OPERATIONS = [
	'Logon',
	'AccessTokenLogon',
	'SmsLogon',
	'SmsSendCode',
	'ChangePassword',
	'SelectCompany',
	'KeepAlive',
	'Abandon',
	'GetRole',
] as const;

/** What a session may do before its nextAction is done. */
const BEFORE_READY = ['SmsLogon', 'SmsSendCode', 'ChangePassword'];

// Detail codes: 168 and 354 are documented; the others are the emulator's choice.
const CODE_INVALID_SESSION = 101;
const CODE_SUPERSEDED = 168;
const CODE_NOT_READY = 170;
const CODE_COMPANY_REQUIRED = 359;
const CODE_TOKEN_AND_SESSION = 360;
const CODE_COMPANY_ID_AND_CODE = 361;
const CODE_NO_COMPANY_ACCESS = 102;
const CODE_TOKEN_INVALID = 354;

export interface TwinfieldContext {
	sessions: TwinfieldSessions;
	clusterUrl(): string;
	oauth?: TwinfieldOAuth;
	/** Fair-use credits of the cluster's calls. */
	credits?: TwinfieldCredits;
}

/** The cluster's calls cost credits; over the limit they are answered 429 and not run. */
function charged(context: TwinfieldContext, host: 'login' | 'cluster', handle: (call: SoapCall) => Reply): (call: SoapCall) => Reply {
	if (host !== 'cluster' || !context.credits) return handle;
	const credits = context.credits;
	return (call) => credits.charge(creditCost(call.operation, param(call, 'xmlRequest'))) ?? handle(call);
}

/** An access token: the seeded fixed one, or a JWT from the OAuth server that has not expired. */
function tokenUser(context: TwinfieldContext, token: string) {
	if (token === twinfieldAccessToken) return twinfieldDemo;
	const check = context.oauth?.checkAccessToken(token);
	return check && 'user' in check ? check.user : undefined;
}

export function twinfieldEndpoints(context: TwinfieldContext, host: 'login' | 'cluster'): SoapEndpoint[] {
	return [
		{
			path: '/webservices/session.asmx',
			namespace: TWINFIELD_NS,
			operations: SESSION_OPERATIONS,
			handle: charged(context, host, (call) => sessionService(context, host, call)),
		},
		{
			path: '/webservices/processxml.asmx',
			namespace: TWINFIELD_NS,
			operations: ['ProcessXmlString'],
			handle: charged(context, host, (call) => withReadySession(context, host, call, () => processXmlString(call))),
		},
		{
			path: '/webservices/finder.asmx',
			namespace: TWINFIELD_NS,
			operations: ['Search'],
			handle: charged(context, host, (call) =>
				withReadySession(context, host, call, (session) => soapReply(call.version, finderSearch(call.body, twinfieldCompanies, session.company))),
			),
		},
	];
}

function sessionService(context: TwinfieldContext, host: 'login' | 'cluster', call: SoapCall): Reply {
	if (call.operation === 'Logon') return logon(context, call);
	if (call.operation === 'AccessTokenLogon') return accessTokenLogon(context, call);
	return withSession(context, host, call, (session) => {
		if (session.nextAction !== 'None' && !BEFORE_READY.includes(call.operation)) return notReady(call);
		return sessionOperation(context, call, session);
	});
}

function logon(context: TwinfieldContext, call: SoapCall): Reply {
	const name = param(call, 'user');
	const password = param(call, 'password');
	const organisation = param(call, 'organisation');
	const user = twinfieldUsers.find((item) => item.user === name);
	const valid = user !== undefined && user.password === password && user.organisation === organisation;
	const result = valid ? user.result : 'Invalid';
	const session = valid && result === 'Ok' ? context.sessions.create(user, user.nextAction, true) : undefined;
	const body = response('LogonResponse', [
		leaf('LogonResult', result),
		leaf('nextAction', session?.nextAction ?? 'None'),
		leaf('cluster', session ? context.clusterUrl() : ''),
	]);
	const header = sessionHeader([
		leaf('SessionID', session?.id ?? ''),
		leaf('AccessToken', session?.accessToken ?? ''),
	]);
	return soapReply(call.version, body, { header });
}

function accessTokenLogon(context: TwinfieldContext, call: SoapCall): Reply {
	const user = tokenUser(context, param(call, 'accessToken'));
	// An OAuth logon does not end the user's password sessions.
	const session = user ? context.sessions.create(user, 'None', false) : undefined;
	const body = response('AccessTokenLogonResponse', [
		leaf('AccessTokenLogonResult', user ? 'Ok' : 'TokenInvalid'),
		leaf('cluster', session ? context.clusterUrl() : ''),
	]);
	return soapReply(call.version, body, { header: sessionHeader([leaf('SessionID', session?.id ?? '')]) });
}

/** The SOAP header Twinfield answers a logon with. */
function sessionHeader(children: XmlOut[]): XmlOut {
	return element('Header', children, { xmlns: TWINFIELD_NS });
}

function sessionOperation(context: TwinfieldContext, call: SoapCall, session: TwinfieldSession): Reply {
	switch (call.operation) {
		case 'SmsLogon': {
			const ok = param(call, 'smsCode') === twinfieldSmsCode;
			if (ok && session.nextAction === 'SMSLogon') session.nextAction = 'None';
			return result(call, 'SmsLogon', [leaf('SmsLogonResult', ok ? 'Ok' : 'Invalid'), leaf('nextAction', session.nextAction)]);
		}
		case 'SmsSendCode':
			return result(call, 'SmsSendCode', [leaf('SmsSendCodeResult', '60')]);
		case 'ChangePassword': {
			const outcome = changePassword(session, param(call, 'currentPassword'), param(call, 'newPassword'));
			if (outcome === 'Ok' && session.nextAction === 'ChangePassword') session.nextAction = 'None';
			return result(call, 'ChangePassword', [leaf('ChangePasswordResult', outcome), leaf('nextAction', session.nextAction)]);
		}
		case 'SelectCompany': {
			const company = param(call, 'company');
			const ok = twinfieldCompanies.includes(company);
			if (ok) session.company = company;
			return result(call, 'SelectCompany', [leaf('SelectCompanyResult', ok ? 'Ok' : 'Invalid')]);
		}
		case 'KeepAlive':
			return result(call, 'KeepAlive', []);
		case 'Abandon':
			if (session.stored) context.sessions.abandon(session.id);
			return result(call, 'Abandon', []);
		default:
			return result(call, 'GetRole', [leaf('GetRoleResult', 'admin')]);
	}
}

/** Password changes are checked but not kept, so the seeded users stay repeatable. */
function changePassword(session: TwinfieldSession, current: string, next: string): string {
	if (current !== session.user.password) return 'Invalid';
	if (next === current) return 'NotDifferent';
	if (next.length < 8) return 'NotSecure';
	return 'Ok';
}

function processXmlString(call: SoapCall): Reply {
	const outcome = processXmlMessage(param(call, 'xmlRequest'), twinfieldCompanies);
	if ('serverError' in outcome) return serverFault(call.version, outcome.serverError);
	return result(call, 'ProcessXmlString', [leaf('ProcessXmlStringResult', outcome.answer)]);
}

function withReadySession(
	context: TwinfieldContext,
	host: 'login' | 'cluster',
	call: SoapCall,
	run: (session: TwinfieldSession) => Reply,
): Reply {
	return withSession(context, host, call, (session) => (session.nextAction === 'None' ? run(session) : notReady(call)));
}

/**
 * Resolves the request's Header: SessionID, or the OAuth 2 pair AccessToken +
 * CompanyCode. Sessions are never valid on the login host.
 */
function withSession(
	context: TwinfieldContext,
	host: 'login' | 'cluster',
	call: SoapCall,
	run: (session: TwinfieldSession) => Reply,
): Reply {
	if (host === 'login') return invalidSession(call);
	const header = child(call.header, TWINFIELD_NS, 'Header');
	const accessToken = childText(header, TWINFIELD_NS, 'AccessToken')?.trim() ?? '';
	if (accessToken !== '') {
		if (childText(header, TWINFIELD_NS, 'SessionID')?.trim()) {
			return twinfieldFault(call, 'Access denied. Token and session exist.', CODE_TOKEN_AND_SESSION);
		}
		const companyCode = childText(header, TWINFIELD_NS, 'CompanyCode')?.trim() ?? '';
		if (companyCode !== '' && childText(header, TWINFIELD_NS, 'CompanyId')?.trim()) {
			return twinfieldFault(call, 'Access denied. CompanyId and CompanyCode exist.', CODE_COMPANY_ID_AND_CODE);
		}
		const user = tokenUser(context, accessToken);
		if (!user) return twinfieldFault(call, 'Access denied. Token invalid.', CODE_TOKEN_INVALID, 401);
		// Listing the offices is the one call Twinfield documents as needing no company.
		const officeList = call.operation === 'ProcessXmlString' && listsOffices(param(call, 'xmlRequest'));
		if (companyCode === '' && !officeList) {
			return twinfieldFault(call, 'Toegang geweigerd. Company ontbreekt in request header.', CODE_COMPANY_REQUIRED);
		}
		if (companyCode !== '' && !twinfieldCompanies.includes(companyCode)) {
			return twinfieldFault(call, `Access denied. No access to company ${companyCode}.`, CODE_NO_COMPANY_ACCESS, 403);
		}
		return run({
			id: '',
			accessToken,
			user,
			nextAction: 'None',
			company: companyCode,
			lastUsed: Date.now(),
			stored: false,
		});
	}
	const sessionId = childText(header, TWINFIELD_NS, 'SessionID')?.trim() ?? '';
	if (sessionId === '') return invalidSession(call);
	const lookup = context.sessions.use(sessionId);
	if ('session' in lookup) return run(lookup.session);
	if (lookup.problem === 'superseded') {
		return twinfieldFault(call, 'Another user logged on with your user name', CODE_SUPERSEDED);
	}
	return invalidSession(call);
}

function invalidSession(call: SoapCall): Reply {
	return twinfieldFault(call, 'Your logon credentials are not valid anymore. Try to log on again.', CODE_INVALID_SESSION);
}

function notReady(call: SoapCall): Reply {
	return twinfieldFault(
		call,
		'The session is not ready. Complete the next action (SMSLogon or ChangePassword) first.',
		CODE_NOT_READY,
	);
}

function twinfieldFault(call: SoapCall, message: string, code: number, status = 500): Reply {
	return soapFault(call.version, {
		code: 'Client',
		message,
		status,
		detail: [leaf('message', message), leaf('code', String(code)), leaf('source', 'Twinfield.WebServices')],
	});
}

/** A missing parameter is null in ASP.NET; for string comparisons empty is equivalent. */
function param(call: SoapCall, name: string): string {
	return childText(call.body, TWINFIELD_NS, name) ?? '';
}

function response(name: string, children: XmlOut[]): XmlOut {
	return element(name, children, { xmlns: TWINFIELD_NS });
}

function result(call: SoapCall, operation: string, children: XmlOut[]): Reply {
	return soapReply(call.version, response(`${operation}Response`, children));
}
