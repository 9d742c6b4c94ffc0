/**
 * 24SevenOffice: authenticate.asmx (Login, HasSession, identities) and one
 * downstream service, ClientService.asmx, that only answers with the session
 * cookie Login set — so a test can prove the cookie carries over.
 */
import type { Reply } from './types';
import { tsoApplicationId, TsoIdentity, tsoUsers, tsoZeroIdentityId } from './seed';
import { SoapCall, SoapEndpoint, serverFault, soapFault, soapReply } from './soap';
import { formatQuarantineEnd, LoginThrottle, TsoSession, TsoSessions } from './twentyFourSevenOfficeSessions';
import { child, childText, element, leaf, XmlOut } from './xml';

export const TSO_NS = 'http://24sevenOffice.com/webservices';
export const SESSION_COOKIE = 'ASP.NET_SessionId';

export interface TsoContext {
	sessions: TsoSessions;
	throttle: LoginThrottle;
}

export function twentyFourSevenOfficeEndpoints(context: TsoContext): SoapEndpoint[] {
	return [
		{
			path: '/authenticate/v001/authenticate.asmx',
			namespace: TSO_NS,
			operations: ['Login', 'HasSession', 'GetIdentity', 'GetIdentities', 'SetIdentityById'],
			handle: (call) => authenticate(context, call),
		},
		{
			path: '/client/v001/clientservice.asmx',
			namespace: TSO_NS,
			operations: ['GetClientInformation'],
			handle: (call) =>
				withSession(context, call, (session) =>
					result(call, 'GetClientInformation', [
						element('GetClientInformationResult', [
							leaf('Id', String(session.identity.clientId)),
							leaf('Name', session.identity.clientName),
						]),
					]),
				),
		},
	];
}

function authenticate(context: TsoContext, call: SoapCall): Reply {
	switch (call.operation) {
		case 'Login':
			return login(context, call);
		case 'HasSession': {
			const live = context.sessions.use(sessionCookie(call)) !== undefined;
			return result(call, 'HasSession', [leaf('HasSessionResult', String(live))]);
		}
		case 'GetIdentity':
			return withSession(context, call, (session) =>
				result(call, 'GetIdentity', [identity('GetIdentityResult', session.identity, session)]),
			);
		case 'GetIdentities':
			return withSession(context, call, (session) =>
				result(call, 'GetIdentities', [
					element(
						'GetIdentitiesResult',
						usable(session).map((item) => identity('Identity', item, session)),
					),
				]),
			);
		default:
			return withSession(context, call, (session) => setIdentityById(call, session));
	}
}

function login(context: TsoContext, call: SoapCall): Reply {
	const credential = child(call.body, TSO_NS, 'credential');
	// ASP.NET passes a missing complex parameter as null; the method then fails.
	if (credential === undefined) return serverFault(call.version, 'Object reference not set to an instance of an object.');
	const applicationId = parseGuid(childText(credential, TSO_NS, 'ApplicationId'));
	const identityId = parseGuid(childText(credential, TSO_NS, 'IdentityId'));
	if (applicationId === undefined || identityId === undefined) return badGuid(call);
	if (applicationId !== tsoApplicationId) return serverFault(call.version, 'Invalid ApplicationId');

	const username = childText(credential, TSO_NS, 'Username') ?? '';
	const password = childText(credential, TSO_NS, 'Password') ?? '';
	const quarantineEnd = context.throttle.attempt(username);
	if (quarantineEnd !== undefined) {
		return serverFault(
			call.version,
			`Limit exceeded for Login. Request is blocked. Quarantine ends at ${formatQuarantineEnd(quarantineEnd)}`,
		);
	}

	const account = tsoUsers.find(
		(item) => item.username.toLowerCase() === username.toLowerCase() && item.password === password,
	);
	const chosen =
		identityId === tsoZeroIdentityId
			? account?.identities.find((item) => item.isDefault)
			: account?.identities.find((item) => item.id === identityId);
	if (chosen?.blocked) return serverFault(call.version, 'Provided IdentityId is blocked');
	if (account === undefined || chosen === undefined) return result(call, 'Login', [leaf('LoginResult', '')]);

	const session = context.sessions.create(account, chosen);
	return soapReply(call.version, response('LoginResponse', [leaf('LoginResult', session.id)]), {
		headers: { 'Set-Cookie': `${SESSION_COOKIE}=${session.id}; path=/; HttpOnly; SameSite=Lax` },
	});
}

function setIdentityById(call: SoapCall, session: TsoSession): Reply {
	const id = parseGuid(childText(call.body, TSO_NS, 'identityId'));
	if (id === undefined) return badGuid(call);
	const target = usable(session).find((item) => item.id === id);
	if (target !== undefined) session.identity = target;
	return result(call, 'SetIdentityById', [leaf('SetIdentityByIdResult', String(target !== undefined))]);
}

/** The identities a session may switch to: the user's, minus blocked ones. */
function usable(session: TsoSession): readonly TsoIdentity[] {
	return session.account.identities.filter((item) => !item.blocked);
}

function identity(name: string, item: TsoIdentity, session: TsoSession): XmlOut {
	return element(name, [
		leaf('Id', item.id),
		element('User', [
			leaf('Id', String(item.userId)),
			leaf('Name', item.userName),
			leaf('ContactId', String(item.contactId)),
			leaf('EmployeeId', String(item.employeeId)),
		]),
		element('Client', [leaf('Id', String(item.clientId)), leaf('Name', item.clientName)]),
		leaf('IsCurrent', String(item.id === session.identity.id)),
		leaf('IsDefault', String(item.isDefault)),
		leaf('IsProtected', String(item.isProtected)),
		leaf('IsDisabled', String(item.blocked)),
	]);
}

function withSession(context: TsoContext, call: SoapCall, run: (session: TsoSession) => Reply): Reply {
	const session = context.sessions.use(sessionCookie(call));
	return session === undefined ? serverFault(call.version, 'Not authenticated') : run(session);
}

/** The live session the call's cookie names, if any (marked as used). */
export function sessionOf(context: TsoContext, call: SoapCall): TsoSession | undefined {
	return context.sessions.use(sessionCookie(call));
}

function sessionCookie(call: SoapCall): string | undefined {
	const header = call.http.headers.cookie ?? '';
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
	}
	return undefined;
}

/** XmlSerializer reads a missing Guid as all zeros and refuses a malformed one. */
function parseGuid(text: string | undefined): string | undefined {
	const value = (text ?? '').trim();
	if (value === '') return tsoZeroIdentityId;
	return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value.toLowerCase() : undefined;
}

function badGuid(call: SoapCall): Reply {
	return soapFault(call.version, {
		code: 'Client',
		message:
			'Server was unable to read request. ---> There is an error in XML document. ---> ' +
			'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).',
	});
}

function response(name: string, children: XmlOut[]): XmlOut {
	return element(name, children, { xmlns: TSO_NS });
}

function result(call: SoapCall, operation: string, children: XmlOut[]): Reply {
	return soapReply(call.version, response(`${operation}Response`, children));
}
