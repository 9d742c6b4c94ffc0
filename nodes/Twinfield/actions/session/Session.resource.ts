/** Session resource: one line per operation. The node builds its dropdown, fields and dispatch from these. */
export * as logOn from './logOn.operation';
