/** The shape of one operation file: its entry in the Operation list, its fields, and its work per item. */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { optionsField } from '../../shared/nodeOptions';
import type { TsoRun } from '../run';

export interface TsoOperation {
	option: INodePropertyOptions;
	description: INodeProperties[];
	execute(run: TsoRun, itemIndex: number): Promise<IDataObject | IDataObject[]>;
}


/** A resource's part of the node: its Operation list, its operations' fields, and the SOAP options. */
export function resourceDescription(resource: string, operations: Record<string, TsoOperation>, defaultOperation: string): INodeProperties[] {
	const show = { show: { resource: [resource] } };
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: show,
			options: Object.values(operations).map((operation) => operation.option),
			default: defaultOperation,
		},
		...Object.values(operations).flatMap((operation) => operation.description),
		optionsField([], { displayOptions: show }),
	];
}
