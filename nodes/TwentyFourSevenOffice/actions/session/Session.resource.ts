/** The Session resource: one line per operation. */
export * as checkSession from './checkSession.operation';
export * as ensureSession from './ensureSession.operation';
export * as getIdentities from './getIdentities.operation';
export * as logIn from './logIn.operation';
export * as setIdentity from './setIdentity.operation';
