/**
 * The session data a Twinfield step hands on: everything an HTTP Request node
 * needs to call the session's cluster, ready to use as it is.
 */
import type { IDataObject } from 'n8n-workflow';

import { xmlEscape } from '../shared/envelope';
import { childText, findChild, type XmlElement } from '../shared/xml';
import { TWINFIELD_NAMESPACE } from './service';

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
	const cluster = session.cluster.trim().replace(/\/+$/, '');
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
