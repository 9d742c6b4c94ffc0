/** Transaction resource: one line per operation. */
export * as create from './create.operation';
export * as get from './get.operation';
export * as getMany from './getMany.operation';
