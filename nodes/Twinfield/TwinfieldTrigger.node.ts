/** The Twinfield Trigger node: starts a workflow on new or changed Twinfield records, found by polling; its poll loads on first use. */
import { NodeConnectionTypes, type INodeExecutionData, type INodeType, type INodeTypeDescription, type IPollFunctions } from 'n8n-workflow';

import { methods } from './methods';
import { triggerProperties, triggerSubtitle } from './trigger/properties';

export class TwinfieldTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Twinfield Trigger',
		name: 'twinfieldTrigger',
		icon: { light: 'file:../../icons/twinfield.svg', dark: 'file:../../icons/twinfield.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: triggerSubtitle,
		description: 'Book and read Twinfield customers, suppliers, sales invoices and transactions, and start a workflow when they are created or changed, an invoice is made final or an open item is paid',
		defaults: { name: 'Twinfield Trigger' },
		polling: true,
		inputs: [],
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
		properties: triggerProperties,
	};

	methods = methods;

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await (await import('./trigger/poll')).pollTwinfield(this);
	}
}
