/** The Account resource: the chart of accounts and the tax codes of AccountService, one line per operation. */
export * as getManyAccounts from './getManyAccounts.operation';
export * as getManyTaxCodes from './getManyTaxCodes.operation';
