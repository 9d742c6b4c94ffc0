/** Options every SOAP node offers, and reading them back. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_ANSWER_BYTES, DEFAULT_TIMEOUT_MS } from '../soap/call';
import type { SoapVersion } from '../soap/envelope';

export const soapOptions: INodeProperties[] = [
	{
		displayName: 'SOAP Version',
		name: 'soapVersion',
		type: 'options',
		options: [
			{ name: 'SOAP 1.1', value: '1.1' },
			{ name: 'SOAP 1.2', value: '1.2' },
		],
		default: '1.1',
		description: 'Which SOAP version to speak; both work, and 1.1 is what most examples use',
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 30,
		description: 'How long the whole exchange may take, from connecting until the last byte of the answer, before giving up',
	},
	{
		displayName: 'Max Answer Size (MB)',
		name: 'maxAnswerMb',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 1024 },
		default: 5,
		description: 'The largest answer to accept, before and after decompression; a larger one is refused without being read whole, which protects the n8n instance',
	},
];

/** An operation's Options field: its own options first, then the SOAP options. */
export function optionsField(own: INodeProperties[] = [], extra: Partial<INodeProperties> = {}): INodeProperties {
	return { displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, ...extra, options: [...own, ...soapOptions] };
}

/** The Options field of an operation that offers only the SOAP options. */
export const soapOptionsField: INodeProperties = optionsField();

export interface CallOptions {
	version: SoapVersion;
	timeoutMs: number;
	/** The largest answer to read, in bytes; the shared default when absent. */
	maxAnswerBytes?: number;
}

export function readCallOptions(context: IExecuteFunctions, itemIndex: number): CallOptions {
	const version = context.getNodeParameter('options.soapVersion', itemIndex, '1.1') as SoapVersion;
	const seconds = Number(context.getNodeParameter('options.timeout', itemIndex, DEFAULT_TIMEOUT_MS / 1000));
	const timeoutMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_MS;
	const megabytes = Number(context.getNodeParameter('options.maxAnswerMb', itemIndex, DEFAULT_MAX_ANSWER_BYTES / (1024 * 1024)));
	const maxAnswerBytes = Number.isFinite(megabytes) && megabytes > 0 ? Math.round(Math.min(megabytes, 1024) * 1024 * 1024) : DEFAULT_MAX_ANSWER_BYTES;
	return { version: version === '1.2' ? '1.2' : '1.1', timeoutMs, maxAnswerBytes };
}
