/**
 * What one operation file provides, and how the node turns a resource's
 * operations into its Operation dropdown, its fields and its dispatch table.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

/** Work shared by all items of one execution, such as a single log-on. */
export interface OperationRun {
	once<T>(key: string, work: () => Promise<T>): Promise<T>;
	/** The node being run, fetched once: n8n copies it on every `getNode()` call. */
	node: INode;
}

export interface Operation {
	/** Its entry in the Operation dropdown. */
	option: INodePropertyOptions & { value: string; action: string };
	/** Its own fields; shown only when this operation is selected. */
	properties: INodeProperties[];
	/** The output for one input item: one object, or several. */
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		item: INodeExecutionData,
		run: OperationRun,
	): Promise<IDataObject | IDataObject[]>;
}

export type Resource = Record<string, Operation>;

/** Shows each property only for this resource and operation, keeping its own conditions. */
function onlyFor(resource: string, operation: string, property: INodeProperties): INodeProperties {
	const show = property.displayOptions?.show ?? {};
	return {
		...property,
		displayOptions: { ...property.displayOptions, show: { ...show, resource: [resource], operation: [operation] } },
	};
}

/** The Operation dropdown and every operation's fields, for one resource. */
export function resourceProperties(resource: string, operations: Resource, defaultOperation: string): INodeProperties[] {
	const all = Object.values(operations);
	const options = all.map((operation) => operation.option).sort((a, b) => a.name.localeCompare(b.name));
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options,
			default: defaultOperation,
		},
		...all.flatMap((operation) => operation.properties.map((property) => onlyFor(resource, operation.option.value, property))),
	];
}
