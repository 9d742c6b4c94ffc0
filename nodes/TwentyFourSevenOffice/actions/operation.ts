/** The shape of one operation file: its entry in the Operation list, its fields, and its work per item. */
import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { TsoRun } from '../run';

export interface TsoOperation {
	option: INodePropertyOptions;
	description: INodeProperties[];
	execute(run: TsoRun, itemIndex: number): Promise<IDataObject | IDataObject[]>;
}

