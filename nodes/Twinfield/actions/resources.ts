/** The Twinfield node's resources, in one list: a new resource is one folder and one line here. */
import type { Resource } from '../../shared/n8n/operation';
import * as article from './article/Article.resource';
import * as costCentre from './costCentre/CostCentre.resource';
import * as customer from './customer/Customer.resource';
import * as finder from './finder/Finder.resource';
import * as generalLedgerAccount from './generalLedgerAccount/GeneralLedgerAccount.resource';
import * as office from './office/Office.resource';
import * as project from './project/Project.resource';
import * as salesInvoice from './salesInvoice/SalesInvoice.resource';
import * as session from './session/Session.resource';
import * as supplier from './supplier/Supplier.resource';
import * as vatCode from './vatCode/VatCode.resource';
import * as transaction from './transaction/Transaction.resource';
import * as xml from './xml/XmlMessage.resource';

export const resources: Resource[] = [
	{ name: 'Session', value: 'session', operations: session, defaultOperation: 'logOn' },
	{ name: 'XML Message', value: 'xml', operations: xml, defaultOperation: 'processXml' },
	{ name: 'Finder', value: 'finder', operations: finder, defaultOperation: 'search' },
	{ name: 'Customer', value: 'customer', operations: customer, defaultOperation: 'get' },
	{ name: 'Supplier', value: 'supplier', operations: supplier, defaultOperation: 'get' },
	{ name: 'Transaction', value: 'transaction', operations: transaction, defaultOperation: 'create' },
	{ name: 'General Ledger Account', value: 'generalLedgerAccount', operations: generalLedgerAccount, defaultOperation: 'get' },
	{ name: 'Cost Centre', value: 'costCentre', operations: costCentre, defaultOperation: 'get' },
	{ name: 'Project', value: 'project', operations: project, defaultOperation: 'get' },
	{ name: 'Office', value: 'office', operations: office, defaultOperation: 'getMany' },
	{ name: 'VAT Code', value: 'vatCode', operations: vatCode, defaultOperation: 'getMany' },
	{ name: 'Article', value: 'article', operations: article, defaultOperation: 'getMany' },
	{ name: 'Sales Invoice', value: 'salesInvoice', operations: salesInvoice, defaultOperation: 'create' },
];
