/** The Contact resource: 24SevenOffice PersonService contact persons, one line per operation. */
export * as create from './create.operation';
export * as get from './get.operation';
export * as getMany from './getMany.operation';
export * as update from './update.operation';
