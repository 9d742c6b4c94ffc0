/** The 24SevenOffice node's resources, in one list: a new resource is one folder and one line here. */
import type { Resource } from '../../shared/n8n/operation';
import { soapOptionsField } from '../../shared/n8n/options';
import * as account from './account/Account.resource';
import * as contact from './contact/Contact.resource';
import * as customer from './customer/Customer.resource';
import * as product from './product/Product.resource';
import * as salesOrder from './salesOrder/SalesOrder.resource';
import * as service from './service/Service.resource';
import * as session from './session/Session.resource';
import * as transaction from './transaction/Transaction.resource';

export const resources: Resource[] = [
	{ name: 'Session', value: 'session', operations: session, defaultOperation: 'ensureSession', properties: [soapOptionsField] },
	{ name: 'Customer', value: 'customer', operations: customer, defaultOperation: 'getMany', properties: [soapOptionsField] },
	{ name: 'Contact', value: 'contact', operations: contact, defaultOperation: 'getMany', properties: [soapOptionsField] },
	{ name: 'Product', value: 'product', operations: product, defaultOperation: 'getMany', properties: [soapOptionsField] },
	{ name: 'Service', value: 'service', operations: service, defaultOperation: 'callService', properties: [soapOptionsField] },
	{ name: 'Account', value: 'account', operations: account, defaultOperation: 'getManyAccounts', properties: [soapOptionsField] },
	{ name: 'Transaction', value: 'transaction', operations: transaction, defaultOperation: 'getMany', properties: [soapOptionsField] },
	{ name: 'Sales Order', value: 'salesOrder', operations: salesOrder, defaultOperation: 'getMany', properties: [soapOptionsField] },
];
