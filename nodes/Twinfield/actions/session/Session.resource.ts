/** Session resource: one line per operation. */
export * as accessTokenLogOn from './accessTokenLogOn.operation';
export * as changePassword from './changePassword.operation';
export * as getRole from './getRole.operation';
export * as keepAlive from './keepAlive.operation';
export * as listCompanies from './listCompanies.operation';
export * as logOff from './logOff.operation';
export * as logOn from './logOn.operation';
export * as selectCompany from './selectCompany.operation';
export * as sendSmsCode from './sendSmsCode.operation';
export * as smsLogOn from './smsLogOn.operation';
