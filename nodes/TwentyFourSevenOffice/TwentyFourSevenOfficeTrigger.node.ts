/** The 24SevenOffice Trigger node: starts a workflow on new or changed 24SevenOffice records, found by polling; its poll loads on first use. */
import { NodeConnectionTypes, type INodeExecutionData, type INodeType, type INodeTypeDescription, type IPollFunctions } from 'n8n-workflow';

import { methods } from './methods';
import { triggerProperties, triggerSubtitle } from './trigger/properties';

export class TwentyFourSevenOfficeTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: '24SevenOffice Trigger',
		name: 'twentyFourSevenOfficeTrigger',
		icon: {
			light: 'file:../../icons/twentyFourSevenOffice.svg',
			dark: 'file:../../icons/twentyFourSevenOffice.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: triggerSubtitle,
		description: 'Work with 24SevenOffice customers, contacts, products, sales orders and vouchers, and start a workflow when customers, products, sales orders or ledger entries are created or changed',
		defaults: { name: '24SevenOffice Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twentyFourSevenOfficeApi', required: true, testedBy: 'twentyFourSevenOfficeApiTest' }],
		properties: triggerProperties,
	};

	methods = methods;

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await (await import('./trigger/poll')).pollTwentyFourSevenOffice(this);
	}
}
