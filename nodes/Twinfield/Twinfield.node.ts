/** The Twinfield node: its description, and its editor methods and run, which load only when n8n first needs them. */
import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { methods } from './methods';
import { properties, subtitle } from './nodeProperties';

export class Twinfield implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Twinfield',
		name: 'twinfield',
		icon: { light: 'file:../../icons/twinfield.svg', dark: 'file:../../icons/twinfield.dark.svg' },
		group: ['transform'],
		// 1.1: OAuth2 became the default way in; version 1 nodes keep User and Password.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle,
		description: 'Manage Twinfield customers, suppliers, ledger dimensions, sales invoices and transactions, read VAT codes and articles, process XML messages as JSON, search with the Finder, and manage sessions',
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
		properties,
	};

	methods = methods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const [{ route }, { resources }] = await Promise.all([import('../shared/n8n/router'), import('./actions/resources')]);
		return await route(this, resources);
	}
}
