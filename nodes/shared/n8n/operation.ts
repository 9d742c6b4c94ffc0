/** The one operation framework of both nodes: what an operation file provides, and the node description built from them. */
import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

/** What the items of one node run share. */
export interface OperationRun {
	/** n8n's functions for this run. */
	context: IExecuteFunctions;
	/** The node being run, fetched once: n8n copies it on every `getNode()` call. */
	node: INode;
	/**
	 * Runs `work` once per key in this run and hands every caller the same
	 * outcome, failure included: one log-on, one check, one switch per run.
	 */
	once<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** One operation file: its entry in the Operation list, its own fields, and its work per item. */
export interface Operation {
	option: INodePropertyOptions & { value: string; action: string };
	/** Shown only when this operation is chosen; any conditions of their own are kept. */
	properties: INodeProperties[];
	/** The output for one input item: one object, or several. */
	execute(run: OperationRun, itemIndex: number, item: INodeExecutionData): Promise<IDataObject | IDataObject[]>;
}

/** What one input item of a batch operation came to: its output, or why it failed. */
export type ItemOutcome = IDataObject | IDataObject[] | Error;

/**
 * An operation that receives all input items at once, such as a write the
 * service takes in batches. It answers one outcome per item, in input order;
 * a failed item never hides the others.
 */
export interface BatchOperation {
	option: Operation['option'];
	properties: INodeProperties[];
	executeBatch(run: OperationRun, items: INodeExecutionData[]): Promise<ItemOutcome[]>;
}

/** One resource: its entry in the Resource list and its operations, by parameter value. */
export interface Resource {
	name: string;
	value: string;
	operations: Record<string, Operation | BatchOperation>;
	defaultOperation: string;
	/** Fields shown for every operation of the resource, after the operations' own. */
	properties?: INodeProperties[];
}

function showOnly(property: INodeProperties, show: Record<string, string[]>): INodeProperties {
	const own = property.displayOptions?.show ?? {};
	return { ...property, displayOptions: { ...property.displayOptions, show: { ...own, ...show } } };
}

function byName(a: INodePropertyOptions, b: INodePropertyOptions): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The Operation list of one resource and the fields of its operations, each shown for its own resource and operation. */
function resourceProperties({ value, operations, defaultOperation, properties = [] }: Resource): INodeProperties[] {
	const all = Object.values(operations);
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [value] } },
			options: all.map((operation) => operation.option).sort(byName),
			default: defaultOperation,
		},
		...all.flatMap((operation) => operation.properties.map((property) => showOnly(property, { resource: [value], operation: [operation.option.value] }))),
		...properties.map((property) => showOnly(property, { resource: [value] })),
	];
}

/** The Resource list, then each resource's Operation list and fields. */
export function operationProperties(resources: Resource[], defaultResource: string): INodeProperties[] {
	return [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources.map(({ name, value }) => ({ name, value })).sort(byName),
			default: defaultResource,
		},
		...resources.flatMap(resourceProperties),
	];
}

/** The canvas subtitle: the display name of the chosen operation of the chosen resource. */
export function operationSubtitle(resources: Resource[]): string {
	const names: Record<string, string> = {};
	for (const resource of resources) {
		for (const operation of Object.values(resource.operations)) names[`${resource.value}:${operation.option.value}`] = operation.option.name;
	}
	return `={{ ${JSON.stringify(names)}[$parameter["resource"] + ":" + $parameter["operation"]] }}`;
}
