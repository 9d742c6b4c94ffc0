/** Finder resource: one line per operation. */
export * as search from './search.operation';
