import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { router } from './actions/router';
import * as service from './actions/service/Service.resource';
import * as session from './actions/session/Session.resource';
import { twentyFourSevenOfficeApiTest } from './methods/credentialTest';

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
		// The chosen operation's display name; a new operation adds its name here.
		subtitle:
			'={{ {"callService": "Call Service", "checkSession": "Check Session", "ensureSession": "Ensure Session", "getIdentities": "Get Identities", "logIn": "Log In", "setIdentity": "Set Identity"}[$parameter["operation"]] }}',
		description: 'Call 24SevenOffice services with JSON, log in, check and reuse sessions, and switch identities',
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
				options: [
					{ name: 'Service', value: 'service' },
					{ name: 'Session', value: 'session' },
				],
				default: 'session',
			},
			...session.description,
			...service.description,
		],
	};

	methods = {
		credentialTest: { twentyFourSevenOfficeApiTest },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
