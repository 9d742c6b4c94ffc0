/** The value of a resource locator, or of a plain value an expression gave, as trimmed text. */
export function locatorValue(value: unknown): string {
	if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value ?? '').trim();
	return value === undefined || value === null ? '' : String(value as string).trim();
}
