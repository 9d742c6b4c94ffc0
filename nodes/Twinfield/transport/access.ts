/** How a call reaches Twinfield's cluster: its address and the SOAP header that opens it. */
/*
 * A password session sends `SessionID`; an OAuth 2 token sends `AccessToken`,
 * `CompanyCode` and `CompanyId xsi:nil`, in that order (never both ways in one
 * header).
 */
import type { CallContext } from '../../shared/soap/call';
import { baseAddress, isWebAddress } from '../../shared/soap/checks';
import type { SoapFields, SoapHeaderBlock } from '../../shared/soap/envelope';
import { inputError } from '../../shared/soap/errors';
import { isNil } from '../../shared/soap/json';
import { parseXml, XmlSyntaxError } from '../../shared/soap/xml';
import { TWINFIELD_NAMESPACE } from './service';

export interface TwinfieldAccess {
	/** The cluster's base URL, without a trailing slash. */
	cluster: string;
	header: SoapHeaderBlock;
	/** The company (office) the header names, when it names one. */
	company?: string;
	/**
	 * Sends through an authenticated helper of n8n instead of the plain one.
	 * With the session kept with the credential, `cluster` is empty: the
	 * credential puts the kept cluster in front of the path and the kept
	 * session ID into the header.
	 */
	send?: CallContext['send'];
	/** What went wrong before the call could be sent (a refused log-on), when `send` knows better than the SOAP layer. */
	failure?: () => Error | undefined;
	/** Secrets the credential adds to the request (the kept session ID, the password), to mask wherever the answer is quoted. */
	secrets?: () => Promise<string[]>;
	/**
	 * Gets a fresh way in after Twinfield said the session has ended; absent
	 * when the session came from outside the node and only a new Log On helps.
	 * `failure` is Twinfield's answer that said so.
	 */
	renew?: (failure?: unknown) => Promise<TwinfieldAccess>;
}

function header(fields: SoapFields): SoapHeaderBlock {
	return { name: 'Header', namespace: TWINFIELD_NAMESPACE, fields };
}

/** The SOAP header of a call: a session, or an access token with its company (none only to list offices). */
export function headerBlock(access: { sessionId: string } | { accessToken: string; companyCode?: string }): SoapHeaderBlock {
	if ('sessionId' in access) return header({ SessionID: access.sessionId });
	return header({ AccessToken: access.accessToken, CompanyCode: access.companyCode || undefined, CompanyId: null });
}

export function sessionAccess(sessionId: string, cluster: string, renew?: TwinfieldAccess['renew']): TwinfieldAccess {
	return { cluster: baseAddress(cluster), header: headerBlock({ sessionId }), renew };
}

/** The OAuth 2 way in: the token and the company travel with every call. */
export function tokenAccess(accessToken: string, company: string, cluster: string, renew?: TwinfieldAccess['renew']): TwinfieldAccess {
	return { cluster: baseAddress(cluster), header: headerBlock({ accessToken, companyCode: company }), company: company || undefined, renew };
}

const HEADER_FIELDS = ['SessionID', 'AccessToken', 'CompanyCode', 'CompanyId'];

/**
 * The way in handed on by an earlier step (a Log On's `soapHeader` and
 * `cluster`). The header is read, checked and rebuilt, so only Twinfield's own
 * header fields are ever sent.
 */
export function accessFromInput(context: CallContext, soapHeader: string, cluster: string): TwinfieldAccess {
	const { node, itemIndex } = context;
	const advice =
		'Connect this node after a Twinfield Log On step (its output has "soapHeader" and "cluster"), or set Session to "Credential\'s Session".';
	if (!isWebAddress(baseAddress(cluster))) {
		throw inputError(node, itemIndex, `The cluster address "${cluster.slice(0, 80)}" is not a web address`, advice);
	}
	let parsed;
	try {
		parsed = parseXml(soapHeader);
	} catch (error) {
		const reason = error instanceof XmlSyntaxError ? error.message : 'it could not be read';
		throw inputError(node, itemIndex, `The SOAP header from the input is not XML (${reason})`, advice);
	}
	if (parsed.name !== 'Header' || parsed.namespace !== TWINFIELD_NAMESPACE) {
		throw inputError(node, itemIndex, `The SOAP header from the input is a <${parsed.name}>, not Twinfield's <Header>`, advice);
	}
	const fields: SoapFields = {};
	for (const name of HEADER_FIELDS) {
		const element = parsed.children.find((child) => child.name === name && child.namespace === TWINFIELD_NAMESPACE);
		if (!element) continue;
		fields[name] = isNil(element) ? null : element.text.trim();
	}
	if (!fields.SessionID && !fields.AccessToken) {
		throw inputError(node, itemIndex, 'The SOAP header from the input has neither a SessionID nor an AccessToken', advice);
	}
	if (fields.AccessToken && !('CompanyId' in fields)) fields.CompanyId = null;
	const company = typeof fields.CompanyCode === 'string' && fields.CompanyCode ? fields.CompanyCode : undefined;
	return { cluster: baseAddress(cluster), header: header(fields), company };
}
