/** The Service resource, for calling 24SevenOffice's services beyond the session ones: one line per operation. */
export * as callService from './callService.operation';
