/** XML Message → Process XML: a Twinfield XML message sent as documented, its answer as JSON. */
/*
 * Twinfield's own refusals (`result="0"` with `msg`) become an error that
 * names each message and the element it sits on; warnings are output.
 */
import type { IDataObject, IExecuteFunctions, INode, INodeProperties, JsonObject } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { optionsField, readCallOptions } from '../../../shared/n8n/options';
import { answerErrorScope, type SoapResult } from '../../../shared/soap/call';
import { inputError, serviceError } from '../../../shared/soap/errors';
import { parseXml, XmlSyntaxError, type XmlElement } from '../../../shared/soap/xml';
import { answerFailed, answerItems, answerMessages, type TwinfieldMessage } from '../../helpers/processXmlAnswer';
import { sendProcessXml } from '../../transport/processXml';
import { twinfield } from '../../transport/service';
import { sessionSourceProperties } from '../fields/sessionSource';

export const option: Operation['option'] = {
	name: 'Process XML',
	value: 'processXml',
	description: 'Send a Twinfield XML message (read, list, browse, save) and output the answer as JSON',
	action: 'Process an XML message',
};

export const properties: INodeProperties[] = [
	...sessionSourceProperties,
	{
		displayName: 'XML Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 6 },
		required: true,
		default: '',
		placeholder: '<read><type>dimensions</type><office>001</office><dimtype>DEB</dimtype><code>1000</code></read>',
		description:
			"The message exactly as Twinfield's documentation shows it, e.g. &lt;list&gt;&lt;type&gt;offices&lt;/type&gt;&lt;/list&gt;. The node escapes and wraps it; write it as plain XML.",
	},
	optionsField([
		{
			displayName: 'Include Raw XML',
			name: 'includeRawXml',
			type: 'boolean',
			default: false,
			description: "Whether to add Twinfield's answer as XML text (field \"xml\") to each output item",
		},
	]),
];

function readMessage(context: IExecuteFunctions, node: INode, itemIndex: number): string {
	const message = String(context.getNodeParameter('message', itemIndex, '') ?? '').trim();
	if (message === '') {
		throw inputError(node, itemIndex, 'The XML message is empty', 'Enter a Twinfield XML message, for example <list><type>offices</type></list>.');
	}
	try {
		parseXml(message);
	} catch (error) {
		const reason = error instanceof XmlSyntaxError ? error.message : 'it could not be read';
		throw inputError(
			node,
			itemIndex,
			`The XML message is not well-formed XML (${reason})`,
			'Write the message as plain XML, as in Twinfield\'s documentation: the node escapes it for the SOAP call itself, so do not escape it (no &lt;).',
		);
	}
	return message;
}

function listed(messages: TwinfieldMessage[]): string {
	// One line: error descriptions carry no line breaks (they are control characters).
	return messages.map((item, index) => `(${index + 1}) ${item.type} at ${item.element}: ${item.message}`).join(' ');
}

function refusal(context: IExecuteFunctions, itemIndex: number, root: XmlElement, messages: TwinfieldMessage[], answer: Pick<SoapResult, 'mask'>) {
	const scope = answerErrorScope({ helpers: context.helpers, node: context.getNode(), itemIndex }, twinfield, 'ProcessXmlString', answer);
	const errors = messages.filter((item) => item.type === 'error');
	const extra: JsonObject = { messages: messages.map((item) => ({ ...item })) };
	if (errors.length > 0) {
		const first = errors[0];
		const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
		return serviceError(
			scope,
			`Twinfield refused the ${root.name}: ${first.message} (at ${first.element})${more}`,
			`${listed(messages)} Correct the message and run it again.`,
			extra,
		);
	}
	if (messages.length > 0) {
		return serviceError(
			scope,
			`Twinfield did not save the ${root.name} because of a warning: ${messages[0].message} (at ${messages[0].element})`,
			`${listed(messages)} Warnings stop a save unless the message allows them: add raisewarning="false" to the <${root.name}> element to save it anyway, or correct the message.`,
			extra,
		);
	}
	return serviceError(scope, `Twinfield refused the ${root.name} without saying why`, 'The answer had result="0" and no message. Check the message against Twinfield\'s documentation.', extra);
}

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const functions = run.context;
	const options = readCallOptions(functions, itemIndex);
	const message = readMessage(functions, run.node, itemIndex);
	const { root, text: answer, sent } = await sendProcessXml(run, itemIndex, message, options);

	const messages = answerMessages(root);
	if (answerFailed(root)) throw refusal(functions, itemIndex, root, messages, sent);

	const warnings = messages.filter((item) => item.type !== 'error');
	if (warnings.length > 0) {
		// A hint is shown to people: masked like an error.
		const hint = `Twinfield warned: ${warnings.map((item) => `${item.message} (at ${item.element})`).join('; ')}`;
		functions.addExecutionHints({ message: sent.mask.apply(hint), location: 'outputPane' });
	}
	const includeRawXml = functions.getNodeParameter('options.includeRawXml', itemIndex, false) as boolean;
	return answerItems(root).map((json): IDataObject => {
		const output: IDataObject = { ...json };
		if (warnings.length > 0) output.warnings = warnings.map((item) => ({ ...item }));
		if (includeRawXml) output.xml = answer;
		return output;
	});
};
