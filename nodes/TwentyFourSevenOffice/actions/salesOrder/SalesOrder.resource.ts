/** The Sales Order resource: orders and invoices of InvoiceService, one line per operation. */
export * as create from './create.operation';
export * as get from './get.operation';
export * as getMany from './getMany.operation';
export * as updateStatus from './updateStatus.operation';
