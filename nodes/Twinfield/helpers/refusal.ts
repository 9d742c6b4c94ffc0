/** The error for a ProcessXml answer Twinfield refused (`result="0"`): its first message, and every message with the element it sits on in the details. */
import type { JsonObject, NodeApiError } from 'n8n-workflow';

import { answerErrorScope, type CallContext, type SoapResult } from '../../shared/soap/call';
import { serviceError } from '../../shared/soap/errors';
import type { XmlElement } from '../../shared/soap/xml';
import { twinfield } from '../transport/service';
import { answerMessages, type TwinfieldMessage } from './processXmlAnswer';

/** Where a message sits below the answer's root, e.g. ` (lines/line[2]/dim1)`; nothing when it is on the root. */
function place(message: TwinfieldMessage): string {
	const path = message.element.split('/').slice(1).join('/');
	return path === '' ? '' : ` (${path})`;
}

/** `lead` says what failed, e.g. `Twinfield could not read transaction VRK 202600099 in office 001`; `advice` what to change. */
export function refusalError(context: CallContext, document: XmlElement, sent: Pick<SoapResult, 'mask'>, lead: string, advice: string): NodeApiError {
	const scope = answerErrorScope(context, twinfield, 'ProcessXmlString', sent);
	const messages = answerMessages(document);
	const first = messages.find((message) => message.type === 'error') ?? messages[0];
	const extra: JsonObject = { messages: messages.map((message) => ({ ...message })) };
	if (!first) return serviceError(scope, `${lead}: Twinfield gave no reason`, advice, extra);
	const listed = messages.map((message) => `${message.type === 'error' ? '' : `${message.type}: `}${message.message}${place(message)}`).join(' ');
	return serviceError(scope, `${lead}: ${first.message}${place(first)}`, `${listed} ${advice}`, extra);
}
