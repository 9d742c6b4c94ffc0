/**
 * A test-only stand-in for n8n's HTTP Request node with "Predefined Credential
 * Type": posts a raw SOAP body through the same helper that node uses,
 * `requestWithAuthentication` (n8n-nodes-base HttpRequestV3), so n8n applies the
 * credential's preAuthentication and authenticate exactly as it does there.
 */
import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

export class SoapRequest implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'SOAP Request',
		name: 'soapRequest',
		group: ['output'],
		version: 1,
		description: 'Posts a SOAP body with a predefined credential (tests only)',
		defaults: { name: 'SOAP Request' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'twentyFourSevenOfficeApi', required: true }],
		properties: [
			{ displayName: 'URL', name: 'url', type: 'string', default: '' },
			{ displayName: 'SOAP Action', name: 'soapAction', type: 'string', default: '' },
			{ displayName: 'Body', name: 'body', type: 'string', default: '' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const output: INodeExecutionData[] = [];
		for (let itemIndex = 0; itemIndex < this.getInputData().length; itemIndex++) {
			const data = await this.helpers.requestWithAuthentication.call(
				this,
				'twentyFourSevenOfficeApi',
				{
					method: 'POST',
					uri: this.getNodeParameter('url', itemIndex) as string,
					headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: this.getNodeParameter('soapAction', itemIndex) as string },
					body: this.getNodeParameter('body', itemIndex) as string,
				},
				undefined,
				itemIndex,
			);
			output.push({ json: { data: String(data) }, pairedItem: { item: itemIndex } });
		}
		return [output];
	}
}
