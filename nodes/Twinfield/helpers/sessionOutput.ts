/** The session data a Twinfield step hands on, ready for an HTTP Request node. */
import type { IDataObject } from 'n8n-workflow';

import { baseAddress } from '../../shared/soap/checks';
import { childText, findChild, type XmlElement } from '../../shared/soap/xml';
import { xmlEscape } from '../../shared/soap/xmlText';
import { TWINFIELD_NAMESPACE } from '../transport/service';

export interface TwinfieldSession {
	sessionId: string;
	accessToken?: string;
	cluster: string;
	result: string;
	nextAction: string;
}

/** SessionID and AccessToken from Twinfield's `<Header>` in the response's SOAP header. */
export function readSessionHeader(soapHeader: XmlElement | undefined): { sessionId?: string; accessToken?: string } {
	const header = findChild(soapHeader, 'Header', TWINFIELD_NAMESPACE);
	return {
		sessionId: childText(header, 'SessionID', TWINFIELD_NAMESPACE) || undefined,
		accessToken: childText(header, 'AccessToken', TWINFIELD_NAMESPACE) || undefined,
	};
}

/** The SOAP header that every call on the session's cluster carries. */
export function sessionHeaderXml(sessionId: string): string {
	return `<Header xmlns="${TWINFIELD_NAMESPACE}"><SessionID>${xmlEscape(sessionId)}</SessionID></Header>`;
}

export function sessionOutput(session: TwinfieldSession): IDataObject {
	const cluster = baseAddress(session.cluster);
	const output: IDataObject = {
		sessionId: session.sessionId,
		result: session.result,
		nextAction: session.nextAction,
		ready: session.nextAction === 'None',
		cluster,
		soapHeader: sessionHeaderXml(session.sessionId),
		sessionUrl: `${cluster}/webservices/session.asmx`,
		processXmlUrl: `${cluster}/webservices/processxml.asmx`,
		finderUrl: `${cluster}/webservices/finder.asmx`,
	};
	if (session.accessToken) output.accessToken = session.accessToken;
	return output;
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * The header of a call made with an OAuth access token, in the order the WSDL
 * requires. CompanyId is mandatory there even when nil; xsi is declared here so
 * the header can be pasted into any envelope.
 */
export function tokenHeaderXml(accessToken: string, companyCode: string | undefined): string {
	const company = companyCode ? `<CompanyCode>${xmlEscape(companyCode)}</CompanyCode>` : '';
	return `<Header xmlns="${TWINFIELD_NAMESPACE}" xmlns:xsi="${XSI}"><AccessToken>${xmlEscape(accessToken)}</AccessToken>${company}<CompanyId xsi:nil="true"/></Header>`;
}

export interface TokenSession {
	accessToken: string;
	cluster: string;
	company: string;
	expiresAt?: string;
	organisation?: string;
	user?: string;
}

/** What Log On outputs with an OAuth 2 credential: the same fields as a session, where they apply. */
export function tokenOutput(token: TokenSession): IDataObject {
	const cluster = baseAddress(token.cluster);
	const output: IDataObject = {
		authentication: 'oAuth2',
		ready: true,
		cluster,
		company: token.company,
		soapHeader: tokenHeaderXml(token.accessToken, token.company),
		sessionUrl: `${cluster}/webservices/session.asmx`,
		processXmlUrl: `${cluster}/webservices/processxml.asmx`,
		finderUrl: `${cluster}/webservices/finder.asmx`,
		accessToken: token.accessToken,
	};
	if (token.expiresAt) output.tokenExpiresAt = token.expiresAt;
	if (token.organisation) output.organisation = token.organisation;
	if (token.user) output.user = token.user;
	return output;
}
