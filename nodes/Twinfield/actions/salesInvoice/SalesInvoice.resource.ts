/** Sales Invoice resource: one line per operation. */
export * as get from './get.operation';
