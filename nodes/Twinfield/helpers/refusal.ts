/** The error for a ProcessXml document Twinfield refused (`result="0"`): its messages, each with the element it sits on. */
import type { JsonObject, NodeApiError } from 'n8n-workflow';

import { answerErrorScope, type CallContext, type SoapResult } from '../../shared/soap/call';
import { serviceError } from '../../shared/soap/errors';
import type { XmlElement } from '../../shared/soap/xml';
import { twinfield } from '../transport/service';
import { answerMessages } from './processXmlAnswer';

/** `what` names the document for people, e.g. `the transaction of item 3`; `advice` says what to change. */
export function refusalError(context: CallContext, document: XmlElement, sent: Pick<SoapResult, 'mask'>, what: string, advice: string): NodeApiError {
	const scope = answerErrorScope(context, twinfield, 'ProcessXmlString', sent);
	const messages = answerMessages(document);
	const errors = messages.filter((message) => message.type === 'error');
	const first = errors[0] ?? messages[0];
	const listed = messages.map((message, index) => `(${index + 1}) ${message.type} at ${message.element}: ${message.message}`).join(' ');
	const extra: JsonObject = { messages: messages.map((message) => ({ ...message })) };
	if (!first) return serviceError(scope, `Twinfield refused ${what} without saying why`, advice, extra);
	const more = messages.length > 1 ? ` (and ${messages.length - 1} more)` : '';
	const kind = errors.length > 0 ? '' : 'because of a warning: ';
	return serviceError(scope, `Twinfield refused ${what}: ${kind}${first.message} (at ${first.element})${more}`, `${listed} ${advice}`, extra);
}
