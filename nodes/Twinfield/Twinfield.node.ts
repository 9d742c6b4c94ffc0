import {
	NodeConnectionTypes,
	type ICredentialsDecrypted,
	type ICredentialTestFunctions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeCredentialTestResult,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { credentialTestNode, credentialTestResult } from '../shared/credentialTest';
import { readCallOptions, soapOptions } from '../shared/nodeOptions';
import { oncePerKey, runForEachItem } from '../shared/items';
import { logOn, type TwinfieldCredentials } from './operations/logOn';

export class Twinfield implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Twinfield',
		name: 'twinfield',
		icon: { light: 'file:../../icons/twinfield.svg', dark: 'file:../../icons/twinfield.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Log on to Twinfield and hand the session to the next steps',
		defaults: { name: 'Twinfield' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twinfieldApi', required: true, testedBy: 'twinfieldApiTest' }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Session', value: 'session' }],
				default: 'session',
			},
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				displayOptions: { show: { resource: ['session'] } },
				options: [
					{
						name: 'Log On',
						value: 'logOn',
						description: 'Log on with the user, password and organisation of the credential and output the session',
						action: 'Log on',
					},
				],
				default: 'logOn',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				displayOptions: { show: { resource: ['session'], operation: ['logOn'] } },
				options: [
					{
						displayName: 'Allow Unfinished Log-On',
						name: 'allowUnfinished',
						type: 'boolean',
						default: false,
						description:
							'Whether to output the session when Twinfield still wants an SMS code or a new password, instead of stopping with an error. Such a session has "ready" set to false and cannot be used for other calls yet.',
					},
					...soapOptions,
				],
			},
		],
	};

	methods = {
		credentialTest: {
			async twinfieldApiTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				return await credentialTestResult(async () => {
					const session = await logOn(
						{ helpers: this.helpers, node: credentialTestNode('Twinfield'), itemIndex: 0 },
						credential.data as unknown as TwinfieldCredentials,
						{ version: '1.1', timeoutMs: 30_000, allowUnfinished: true },
					);
					return `Logged on to Twinfield${session.ready ? '' : ` (Twinfield still wants: ${String(session.nextAction)})`}`;
				});
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const credentials = (await this.getCredentials('twinfieldApi')) as unknown as TwinfieldCredentials;
		// One logon serves every item: a second Logon with the same user ends the first
		// session. So its options are read once, from the first item.
		const options = {
			...readCallOptions(this, 0),
			allowUnfinished: this.getNodeParameter('options.allowUnfinished', 0, false) as boolean,
		};
		const logOnOnce = oncePerKey<IDataObject>();
		return await runForEachItem(this, async (itemIndex) => {
			const context = { helpers: this.helpers, node: this.getNode(), itemIndex };
			return { ...(await logOnOnce('logOn', async () => await logOn(context, credentials, options))) };
		});
	}
}
