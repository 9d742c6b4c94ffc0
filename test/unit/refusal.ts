/** What the input error that `run` throws tells the user: its message, its description and the item it names. */
export function refusalOf(run: () => unknown): [message: string, description: string | undefined, itemIndex: number | undefined] {
	try {
		run();
	} catch (error) {
		const { message, description, context } = error as { message: string; description?: string; context?: { itemIndex?: number } };
		return [message, description, context?.itemIndex];
	}
	throw new Error('not refused');
}
