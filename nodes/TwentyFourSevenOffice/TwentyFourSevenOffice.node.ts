import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { router } from './actions/router';
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
			'={{ {"checkSession": "Check Session", "ensureSession": "Ensure Session", "getIdentities": "Get Identities", "logIn": "Log In", "setIdentity": "Set Identity"}[$parameter["operation"]] }}',
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
			...session.description,
		],
	};

	methods = {
		credentialTest: { twentyFourSevenOfficeApiTest },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
