/** One `<read>` through ProcessXml: the answer's document, or Twinfield's refusal as an error. */
import type { OperationRun } from '../../shared/n8n/operation';
import { answerErrorScope } from '../../shared/soap/call';
import type { XmlElement } from '../../shared/soap/xml';
import { documentRefusal } from '../helpers/documentRefusal';
import { answerFailed, answerMessages } from '../helpers/processXmlAnswer';
import { sendProcessXml } from './processXml';
import { twinfield } from './service';

/**
 * Sends `message` and returns the document it answers; `what` names it in
 * errors (e.g. "VAT code VH"). With OAuth 2 the call names `office` as its
 * company. A read changes nothing, so a fair-use 429 is waited out and sent again.
 */
export async function readDocument(run: OperationRun, itemIndex: number, message: string, what: string, office: string): Promise<XmlElement> {
	const { root, sent } = await sendProcessXml(run, itemIndex, message, undefined, { fairUseRetries: true, company: office });
	if (answerFailed(root)) {
		const scope = answerErrorScope({ helpers: run.context.helpers, node: run.node, itemIndex }, twinfield, 'ProcessXmlString', sent);
		throw documentRefusal(scope, `read of ${what}`, answerMessages(root));
	}
	return root;
}
