/** Options every SOAP node offers, and reading them back. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS } from './call';
import type { SoapVersion } from './envelope';

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
		description: 'Which SOAP version to speak. Both work; 1.1 is what most examples use.',
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 30,
		description: 'How long to wait for an answer before giving up',
	},
];

export interface CallOptions {
	version: SoapVersion;
	timeoutMs: number;
}

export function readCallOptions(context: IExecuteFunctions, itemIndex: number): CallOptions {
	const version = context.getNodeParameter('options.soapVersion', itemIndex, '1.1') as SoapVersion;
	const seconds = Number(context.getNodeParameter('options.timeout', itemIndex, DEFAULT_TIMEOUT_MS / 1000));
	const timeoutMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_MS;
	return { version: version === '1.2' ? '1.2' : '1.1', timeoutMs };
}
