import {
	NodeConnectionTypes,
	NodeOperationError,
	type ICredentialsDecrypted,
	type ICredentialTestFunctions,
	type IDataObject,
	type IExecuteFunctions,
	type INodeCredentialTestResult,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { oncePerKey, runForEachItem } from '../shared/items';
import { credentialTestNode, credentialTestResult } from '../shared/credentialTest';
import { readCallOptions, soapOptions } from '../shared/nodeOptions';
import type { TsoCall } from './call';
import type { TwentyFourSevenOfficeCredentials } from './credentials';
import { checkSession, hasSession } from './operations/checkSession';
import { ensureSession } from './operations/ensureSession';
import { getIdentities } from './operations/getIdentities';
import { logIn } from './operations/logIn';
import { setIdentity } from './operations/setIdentity';
import { workflowSessionMemory } from './sessionMemory';

const SESSION_OPERATIONS = ['checkSession', 'ensureSession', 'getIdentities', 'setIdentity'];

export class TwentyFourSevenOffice implements INodeType {
	description: INodeTypeDescription = {
		displayName: '24SevenOffice',
		name: 'twentyFourSevenOffice',
		icon: {
			light: 'file:../../icons/twentyFourSevenOffice.svg',
			dark: 'file:../../icons/twentyFourSevenOffice.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Log in to 24SevenOffice, check and reuse sessions, and switch identities',
		defaults: { name: '24SevenOffice' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twentyFourSevenOfficeApi', required: true, testedBy: 'twentyFourSevenOfficeApiTest' }],
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
						name: 'Check Session',
						value: 'checkSession',
						description: 'Ask whether a session is still logged in',
						action: 'Check a session',
					},
					{
						name: 'Ensure Session',
						value: 'ensureSession',
						description: 'Reuse the given session while it is logged in, and log in only when it is not',
						action: 'Ensure a session',
					},
					{
						name: 'Get Identities',
						value: 'getIdentities',
						description: 'List the identities (companies) the session may switch to',
						action: 'Get identities',
					},
					{
						name: 'Log In',
						value: 'logIn',
						description: 'Log in with the credential and output a new session',
						action: 'Log in',
					},
					{
						name: 'Set Identity',
						value: 'setIdentity',
						description: 'Switch the session to another identity (company)',
						action: 'Set the identity of a session',
					},
				],
				default: 'ensureSession',
			},
			{
				displayName: 'Session ID',
				name: 'sessionId',
				type: 'string',
				default: '={{ $json.sessionId }}',
				displayOptions: { show: { resource: ['session'], operation: SESSION_OPERATIONS } },
				description:
					'The session to use, from an earlier Log In or Ensure Session step. By default the sessionId of the incoming item. For Ensure Session it may be empty: then it tries the session it kept from its last run, and logs in only if that one is gone.',
			},
			{
				displayName: 'Identity ID',
				name: 'identityId',
				type: 'string',
				required: true,
				default: '',
				placeholder: 'e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6',
				displayOptions: { show: { resource: ['session'], operation: ['setIdentity'] } },
				description: 'The ID of the identity to switch to, from Get Identities',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				displayOptions: { show: { resource: ['session'] } },
				options: soapOptions,
			},
		],
	};

	methods = {
		credentialTest: {
			async twentyFourSevenOfficeApiTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				const call: TsoCall = {
					context: { helpers: this.helpers, node: credentialTestNode('24SevenOffice'), itemIndex: 0 },
					credentials: credential.data as unknown as TwentyFourSevenOfficeCredentials,
					options: { version: '1.1', timeoutMs: 30_000 },
				};
				return await credentialTestResult(async () => {
					await logIn(call);
					return 'Logged in to 24SevenOffice';
				});
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const operation = this.getNodeParameter('operation', 0) as string;
		const credentials = (await this.getCredentials('twentyFourSevenOfficeApi')) as unknown as TwentyFourSevenOfficeCredentials;
		// Within one run, items share one login and one check per session: the service
		// throttles repeated logins. So the call options are read once, from the first item.
		const options = readCallOptions(this, 0);
		const sharedLogIn = oncePerKey<IDataObject>();
		const sharedCheck = oncePerKey<boolean>();
		const steps = {
			logIn: async (call: TsoCall) => await sharedLogIn('logIn', async () => await logIn(call)),
			hasSession: async (call: TsoCall, sessionId: string) =>
				await sharedCheck(sessionId, async () => await hasSession(call, sessionId)),
		};
		const memory = workflowSessionMemory(this, credentials);

		return await runForEachItem(this, async (itemIndex) => {
			const call: TsoCall = {
				context: { helpers: this.helpers, node: this.getNode(), itemIndex },
				credentials,
				options,
			};
			const sessionId = () => this.getNodeParameter('sessionId', itemIndex, '');
			switch (operation) {
				case 'checkSession':
					return await checkSession(call, sessionId());
				case 'ensureSession':
					return await ensureSession(call, sessionId(), steps, memory);
				case 'getIdentities':
					return await getIdentities(call, sessionId());
				case 'logIn':
					return { ...(await steps.logIn(call)) };
				case 'setIdentity':
					return await setIdentity(call, sessionId(), this.getNodeParameter('identityId', itemIndex));
				default:
					throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not known`, { itemIndex });
			}
		});
	}
}
