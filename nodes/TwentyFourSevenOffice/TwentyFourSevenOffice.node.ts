/** The 24SevenOffice node: its description, and its editor methods and run, which load only when n8n first needs them. */
import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { methods } from './methods';
import { properties, subtitle } from './nodeProperties';

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
		subtitle,
		description: 'Work with 24SevenOffice customers, contacts, products, sales orders, accounts and ledger entries, post vouchers, call any service with JSON, and keep sessions',
		defaults: { name: '24SevenOffice' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twentyFourSevenOfficeApi', required: true, testedBy: 'twentyFourSevenOfficeApiTest' }],
		properties,
	};

	methods = methods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const [{ route }, { resources }] = await Promise.all([import('../shared/n8n/router'), import('./actions/resources')]);
		return await route(this, resources);
	}
}
