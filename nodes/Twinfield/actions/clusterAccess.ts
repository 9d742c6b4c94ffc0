/**
 * The Session parameter of the operations that call the cluster: the
 * credential's own way in (no Log On step needed), or the session an earlier
 * step handed on in its output.
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { CallOptions } from '../../shared/nodeOptions';
import { accessFromInput, type TwinfieldAccess } from '../access';
import { credentialSessionAccess } from '../credentialSession';
import type { OperationRun } from './operation';

export const sessionProperties: INodeProperties[] = [
	{
		displayName: 'Session',
		name: 'session',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: "Credential's Session",
				value: 'credential',
				description: 'The session n8n keeps with the credential: logs on only when there is none or it ended',
			},
			{
				name: 'From Input (Log On Output)',
				value: 'input',
				description: 'The SOAP header and cluster an earlier Twinfield Log On step output',
			},
		],
		default: 'credential',
	},
	{
		displayName: 'SOAP Header',
		name: 'soapHeader',
		type: 'string',
		default: '={{ $json.soapHeader }}',
		displayOptions: { show: { session: ['input'] } },
		description: 'The "soapHeader" of a Twinfield Log On output: a session ID, or an access token with its company',
	},
	{
		displayName: 'Cluster',
		name: 'cluster',
		type: 'string',
		default: '={{ $json.cluster }}',
		displayOptions: { show: { session: ['input'] } },
		description: 'The "cluster" of a Twinfield Log On output, e.g. https://accounting.twinfield.com',
	},
];

/** The way in for one item; the credential's is checked once per run and shared by all items. */
export async function clusterAccess(
	context: IExecuteFunctions,
	itemIndex: number,
	run: OperationRun,
	options: CallOptions,
): Promise<TwinfieldAccess> {
	const source = context.getNodeParameter('session', itemIndex, 'credential') as string;
	if (source === 'input') {
		const soapHeader = String(context.getNodeParameter('soapHeader', itemIndex, '') ?? '');
		const cluster = String(context.getNodeParameter('cluster', itemIndex, '') ?? '');
		return accessFromInput({ helpers: context.helpers, node: context.getNode(), itemIndex }, soapHeader, cluster);
	}
	const credentialAccess = await run.once('credentialAccess', async () => credentialSessionAccess(context, options));
	return await credentialAccess(itemIndex);
}
