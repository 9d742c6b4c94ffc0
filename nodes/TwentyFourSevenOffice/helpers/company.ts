/** A 24SevenOffice Company (a customer): the properties the node asks for and puts out, and reading it. */
import type { IDataObject } from 'n8n-workflow';

import type { XmlElement } from '../../shared/soap/xml';
import { recordOutput } from './recordOutput';
import { RESOURCE_READ_SCHEMA } from './resourceSchema';

/**
 * GetCompanies returns only the properties asked for. These are all of a
 * Company's but its web-portal Username and Password, Relations and Maps.
 */
export const CUSTOMER_PROPERTIES = [
	'Id',
	'ExternalId',
	'OrganizationNumber',
	'Name',
	'FirstName',
	'NickName',
	'Type',
	'Addresses',
	'PhoneNumbers',
	'EmailAddresses',
	'Url',
	'Country',
	'Note',
	'InvoiceLanguage',
	'Status',
	'PriceList',
	'Discount',
	'PaymentTime',
	'DistributionMethod',
	'BlockInvoice',
	'VatNumber',
	'GlnNumber',
	'BankAccountNo',
	'Private',
	'DateCreated',
	'DateChanged',
] as const;

export function customerOutput(company: XmlElement): IDataObject {
	return recordOutput(company, CUSTOMER_PROPERTIES, RESOURCE_READ_SCHEMA);
}
