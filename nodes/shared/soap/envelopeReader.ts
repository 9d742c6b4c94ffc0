/** Reads a parsed document as a SOAP 1.1 or 1.2 envelope: header, body payload or fault. */
import { ENVELOPE_NAMESPACES, type SoapVersion } from './envelope';
import { childText, findChild, findChildren, findDescendant, type XmlElement } from './xml';

export interface SoapFault {
	/** `soap:Client`, `soap:Server`, or the SOAP 1.2 `Code/Value`. */
	code: string;
	reason: string;
	/** Service-specific `detail/code` and `detail/message`, as Twinfield sends them. */
	detailCode?: string;
	detailMessage?: string;
}

export interface SoapEnvelope {
	version: SoapVersion;
	header?: XmlElement;
	/** The first element inside Body: the operation's response, or the Fault. */
	payload?: XmlElement;
	fault?: SoapFault;
}

function versionOf(root: XmlElement): SoapVersion | undefined {
	if (root.name !== 'Envelope') return undefined;
	if (root.namespace === ENVELOPE_NAMESPACES['1.1']) return '1.1';
	if (root.namespace === ENVELOPE_NAMESPACES['1.2']) return '1.2';
	return undefined;
}

function detailText(detail: XmlElement | undefined, name: string): string | undefined {
	const value = findDescendant(detail, name)?.text.trim();
	return value ? value : undefined;
}

function readFault(version: SoapVersion, fault: XmlElement): SoapFault {
	const ns = ENVELOPE_NAMESPACES[version];
	if (version === '1.1') {
		const detail = findChild(fault, 'detail');
		return {
			code: childText(fault, 'faultcode') ?? '',
			reason: childText(fault, 'faultstring') ?? '',
			detailCode: detailText(detail, 'code'),
			detailMessage: detailText(detail, 'message'),
		};
	}
	const detail = findChild(fault, 'Detail', ns);
	const reasons = findChildren(findChild(fault, 'Reason', ns), 'Text', ns);
	const english = reasons.find((text) => (text.attributes['xml:lang'] ?? '').startsWith('en')) ?? reasons[0];
	return {
		code: childText(findChild(fault, 'Code', ns), 'Value', ns) ?? '',
		reason: english?.text.trim() ?? '',
		detailCode: detailText(detail, 'code'),
		detailMessage: detailText(detail, 'message'),
	};
}

/** Returns undefined when the document is not a SOAP envelope at all. */
export function readEnvelope(root: XmlElement): SoapEnvelope | undefined {
	const version = versionOf(root);
	if (!version) return undefined;
	const ns = ENVELOPE_NAMESPACES[version];
	const body = findChild(root, 'Body', ns);
	if (!body) return undefined;
	const payload = body.children[0];
	const fault = payload?.name === 'Fault' && payload.namespace === ns ? readFault(version, payload) : undefined;
	return { version, header: findChild(root, 'Header', ns), payload: fault ? undefined : payload, fault };
}

