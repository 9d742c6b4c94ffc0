/**
 * Calls to session.asmx on the session's cluster. Session and cluster come from
 * the incoming item by default, so Log On → … chains need no expressions.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { callSoap, type SoapResult } from '../shared/call';
import type { SoapFields } from '../shared/envelope';
import { inputError } from '../shared/errors';
import { readCallOptions, soapOptionsField } from '../shared/nodeOptions';
import { clusterServiceUrl, twinfield } from './service';
import { headerBlock, sessionOutput } from './session';

export const sessionProperties: INodeProperties[] = [
	{
		displayName: 'Session ID',
		name: 'sessionId',
		type: 'string',
		default: '={{ $json.sessionId }}',
		required: true,
		description: 'The session to use. By default the session ID of the incoming item, as Log On or Log On With Access Token output it.',
	},
	{
		displayName: 'Cluster',
		name: 'cluster',
		type: 'string',
		default: '={{ $json.cluster }}',
		required: true,
		description: 'The address of the Twinfield cluster that holds the session. By default the cluster of the incoming item.',
	},
	soapOptionsField,
];

export interface ClusterSession {
	sessionId: string;
	cluster: string;
}

export function readSession(functions: IExecuteFunctions, itemIndex: number): ClusterSession {
	const sessionId = String(functions.getNodeParameter('sessionId', itemIndex, '') ?? '').trim();
	const cluster = String(functions.getNodeParameter('cluster', itemIndex, '') ?? '').trim().replace(/\/+$/, '');
	const node = functions.getNode();
	if (!sessionId) {
		throw inputError(node, itemIndex, 'No Twinfield session ID', 'Put a Twinfield Log On step (with OAuth2: Log On With Access Token) before this one, or fill in Session ID.');
	}
	if (!/^https?:\/\/[^/\s]+/i.test(cluster)) {
		throw inputError(node, itemIndex, 'No Twinfield cluster address', 'Cluster must be the address Log On output as "cluster", for example https://api.accounting.twinfield.com.');
	}
	return { sessionId, cluster };
}

/** One session.asmx operation with the session's header. */
export async function sessionCall(
	functions: IExecuteFunctions,
	itemIndex: number,
	session: ClusterSession,
	operation: string,
	fields: SoapFields = {},
): Promise<SoapResult> {
	const options = readCallOptions(functions, itemIndex);
	return await callSoap({ helpers: functions.helpers, node: functions.getNode(), itemIndex }, twinfield, {
		url: clusterServiceUrl(session.cluster, 'session'),
		version: options.version,
		operation,
		fields,
		header: headerBlock({ sessionId: session.sessionId }),
		timeoutMs: options.timeoutMs,
		maxAnswerBytes: options.maxAnswerBytes,
	});
}

/** The session handed on to the next step, plus what this step found out. */
export function sessionResult(session: ClusterSession, result: string, nextAction: string, extra: IDataObject = {}): IDataObject {
	return { ...sessionOutput({ ...session, result, nextAction }), ...extra };
}
