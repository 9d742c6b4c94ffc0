/** One poll of a trigger node: Fetch Test Event's latest record, or the changes since the last poll, kept in n8n's static data. */
import { NodeOperationError, type IDataObject, type INodeExecutionData, type IPollFunctions } from 'n8n-workflow';

import { DEFAULT_POLL_SETTINGS, firstMemory, isPollMemory, takeNewChanges, windowStart, type Change, type PollMemory, type PollSettings } from './pollWindow';

/** Where a trigger's records come from. */
export interface ChangeSource<T> {
	/** Every record changed from `since` (milliseconds since 1970) on, as the service stamps it. */
	changesSince(since: number): Promise<Array<Change<T>>>;
	/** The most recently changed record, for Fetch Test Event; undefined when there is none. */
	latest(): Promise<T | undefined>;
	/**
	 * Reads the whole record of a change that is new, when the listing shows
	 * only part of it; undefined leaves the change out. Optional.
	 */
	complete?(record: T): Promise<T | undefined>;
	/** The output item of one change. */
	output(record: T): IDataObject;
	/** What the trigger watches, for messages: e.g. "changed customers". */
	subject: string;
}

const MEMORY_KEY = 'pollMemory';

/** The date the user chose to start from, in milliseconds, or undefined to start from now. */
function chosenStart(poll: IPollFunctions): number | undefined {
	const value = poll.getNodeParameter('options.startFrom', '') as string;
	if (!value) return undefined;
	const start = Date.parse(value);
	if (Number.isNaN(start)) {
		throw new NodeOperationError(poll.getNode(), `The start date "${value}" is not a date`, { description: 'Choose a date in Options → Start From, or remove the option to start from now.' });
	}
	return start;
}

/**
 * Runs one poll. In the editor (Fetch Test Event) it puts out the latest
 * record and leaves the memory alone. Active, it starts from now (or the
 * chosen date) on its first poll, then puts out each change once.
 */
export async function pollChanges<T>(poll: IPollFunctions, source: ChangeSource<T>, settings: PollSettings = DEFAULT_POLL_SETTINGS): Promise<INodeExecutionData[][] | null> {
	if (poll.getMode() === 'manual') {
		const listed = await source.latest();
		const latest = listed !== undefined && source.complete ? await source.complete(listed) : listed;
		if (latest === undefined) {
			throw new NodeOperationError(poll.getNode(), `There are no ${source.subject} to show yet`, {
				description: 'Add or change one in the service, then fetch a test event again.',
			});
		}
		return [[{ json: source.output(latest) }]];
	}
	const staticData = poll.getWorkflowStaticData('node');
	let memory: PollMemory;
	if (isPollMemory(staticData[MEMORY_KEY])) {
		memory = staticData[MEMORY_KEY];
	} else {
		const start = chosenStart(poll);
		if (start === undefined) {
			// The first poll starts from now: no history.
			staticData[MEMORY_KEY] = firstMemory(Date.now()) as unknown as IDataObject;
			return null;
		}
		memory = firstMemory(start);
	}
	const changes = await source.changesSince(windowStart(memory, settings));
	const { fresh, memory: next } = takeNewChanges(memory, changes, settings);
	// Only the new changes are read whole, before the memory moves on: a failed read is tried again next poll.
	const records: T[] = [];
	for (const change of fresh) {
		const record = source.complete ? await source.complete(change.record) : change.record;
		if (record !== undefined) records.push(record);
	}
	staticData[MEMORY_KEY] = next as unknown as IDataObject;
	if (records.length === 0) return null;
	return [records.map((record) => ({ json: source.output(record) }))];
}
