import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { operationProperties, operationSubtitle, resourceParameter } from './actions/resources';
import { router } from './actions/router';
import { authenticationProperties } from './authentication';
import * as methods from './methods';

export class Twinfield implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Twinfield',
		name: 'twinfield',
		icon: { light: 'file:../../icons/twinfield.svg', dark: 'file:../../icons/twinfield.dark.svg' },
		group: ['transform'],
		// 1.1: OAuth2 became the default way in; version 1 nodes keep User and Password.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: operationSubtitle,
		description: 'Process Twinfield XML messages as JSON, search with the Finder, and manage sessions',
		defaults: { name: 'Twinfield' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'twinfieldApi',
				required: true,
				testedBy: 'twinfieldApiTest',
				displayOptions: { show: { authentication: ['password'] } },
			},
			{
				name: 'twinfieldOAuth2Api',
				required: true,
				testedBy: 'twinfieldOAuth2ApiTest',
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
		],
		properties: [...authenticationProperties, resourceParameter, ...operationProperties],
	};

	methods = { credentialTest: methods.credentialTest, loadOptions: methods.loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
