/** The Transaction resource: posted ledger entries of TransactionService and vouchers posted through AccountService, one line per operation. */
export * as createVoucher from './createVoucher.operation';
export * as getMany from './getMany.operation';
