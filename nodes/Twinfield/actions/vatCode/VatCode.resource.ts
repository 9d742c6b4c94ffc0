/** VAT Code resource: one line per operation. */
export * as getMany from './getMany.operation';
