/** The Twinfield node's resources, in one list: a new resource is one folder and one line here. */
import type { Resource } from '../../shared/n8n/operation';
import * as article from './article/Article.resource';
import * as finder from './finder/Finder.resource';
import * as salesInvoice from './salesInvoice/SalesInvoice.resource';
import * as session from './session/Session.resource';
import * as vatCode from './vatCode/VatCode.resource';
import * as xml from './xml/XmlMessage.resource';

export const resources: Resource[] = [
	{ name: 'Session', value: 'session', operations: session, defaultOperation: 'logOn' },
	{ name: 'XML Message', value: 'xml', operations: xml, defaultOperation: 'processXml' },
	{ name: 'Finder', value: 'finder', operations: finder, defaultOperation: 'search' },
	{ name: 'VAT Code', value: 'vatCode', operations: vatCode, defaultOperation: 'getMany' },
	{ name: 'Article', value: 'article', operations: article, defaultOperation: 'getMany' },
	{ name: 'Sales Invoice', value: 'salesInvoice', operations: salesInvoice, defaultOperation: 'get' },
];
