import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { operationProperties, resourceParameter } from './actions/resources';
import { router } from './actions/router';
import * as methods from './methods';

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
		properties: [resourceParameter, ...operationProperties],
	};

	methods = { credentialTest: methods.credentialTest };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
