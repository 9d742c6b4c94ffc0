/** Sends one Twinfield XML message to ProcessXmlString and reads the XML document inside the answer. */
import type { OperationRun } from '../../shared/n8n/operation';
import { readCallOptions, type CallOptions } from '../../shared/n8n/options';
import { answerErrorScope, type SoapResult } from '../../shared/soap/call';
import { unreadableResponseError } from '../../shared/soap/errors';
import { findChild, parseXml, XmlSyntaxError, type XmlElement } from '../../shared/soap/xml';
import { clusterAccess } from './clusterAccess';
import { callCluster } from './clusterCall';
import { twinfield, TWINFIELD_NAMESPACE } from './service';

const PROCESS_XML_PATH = '/webservices/processxml.asmx';

export interface ProcessXmlAnswer {
	/** The answer's document, read by the strict reader. */
	root: XmlElement;
	/** The document as Twinfield sent it. */
	text: string;
	/** The SOAP call it came from: its secret mask serves error texts and hints. */
	sent: SoapResult;
}

export interface ProcessXmlSending {
	/** Wait and send again after a fair-use 429 (see fairUse.ts). */
	fairUseRetries?: boolean;
	/** With OAuth 2, the company (office) the call names in its header instead of the node's Company field. */
	company?: string;
}

/**
 * Sends `message` (plain XML; the envelope escapes it) the way the item's
 * Session parameter chooses, and reads the answer. Twinfield's refusals
 * (`result="0"`) are left to the caller; an answer that is not one
 * well-formed document is an error.
 */
export async function sendProcessXml(
	run: OperationRun,
	itemIndex: number,
	message: string,
	options: CallOptions = readCallOptions(run.context, itemIndex),
	{ fairUseRetries = false, company }: ProcessXmlSending = {},
): Promise<ProcessXmlAnswer> {
	const access = await clusterAccess(run.context, itemIndex, run, company);
	const context = { helpers: run.context.helpers, node: run.node, itemIndex };
	const sent = await callCluster(context, access, { path: PROCESS_XML_PATH, operation: 'ProcessXmlString', fields: { xmlRequest: message }, fairUseRetries }, options);
	const text = findChild(sent.response, 'ProcessXmlStringResult', TWINFIELD_NAMESPACE)?.text ?? '';
	try {
		return { root: parseXml(text), text, sent };
	} catch (error) {
		const detail = error instanceof XmlSyntaxError ? error.message : 'it could not be read';
		throw unreadableResponseError(answerErrorScope(context, twinfield, 'ProcessXmlString', sent), 'malformed', `the answer inside ProcessXmlStringResult: ${detail}`);
	}
}
