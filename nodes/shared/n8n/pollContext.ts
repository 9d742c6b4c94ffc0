/** Lets a trigger's poll run an operation written for n8n's execute functions, with parameters of its own choosing. */
import type { IExecuteFunctions, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

/**
 * The execute functions an operation uses, answered from `poll`: one empty
 * input item, no Continue On Fail, and `parameters` (by full name, such as
 * `filters.modifiedSince`) before the trigger node's own parameters.
 */
export function executeFunctionsOf(poll: IPollFunctions, parameters: Record<string, unknown>): IExecuteFunctions {
	const input: INodeExecutionData[] = [{ json: {} }];
	const own: Partial<IExecuteFunctions> = {
		getInputData: () => input,
		continueOnFail: () => false,
		addExecutionHints: () => undefined,
		getCredentials: (async (type: string) => await poll.getCredentials(type)) as IExecuteFunctions['getCredentials'],
		getNodeParameter: ((name: string, _itemIndex: number, fallback?: unknown, options?: object) =>
			Object.hasOwn(parameters, name) ? parameters[name] : poll.getNodeParameter(name, fallback, options)) as IExecuteFunctions['getNodeParameter'],
	};
	return new Proxy(poll, {
		get(target, key, receiver) {
			if (typeof key === 'string' && Object.hasOwn(own, key)) return own[key as keyof IExecuteFunctions];
			return Reflect.get(target, key, receiver);
		},
	}) as unknown as IExecuteFunctions;
}
