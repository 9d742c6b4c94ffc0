/** The Customer resource: 24SevenOffice CompanyService companies, one line per operation. */
export * as create from './create.operation';
export * as get from './get.operation';
export * as getMany from './getMany.operation';
export * as update from './update.operation';
