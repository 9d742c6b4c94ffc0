/** AccountService's chart of accounts and tax codes, read into typed records. */
import type { IDataObject } from 'n8n-workflow';

import { findChildren, type XmlElement } from '../../shared/soap/xml';
import { defined, numberOf, textOf } from './values';

export function readAccount(record: XmlElement): IDataObject {
	return defined({
		accountId: numberOf(record, 'AccountId'),
		accountNo: numberOf(record, 'AccountNo'),
		accountName: textOf(record, 'AccountName'),
		accountTax: numberOf(record, 'AccountTax'),
		taxNo: numberOf(record, 'TaxNo'),
	});
}

export function readTaxCode(record: XmlElement): IDataObject {
	return defined({
		taxId: numberOf(record, 'TaxId'),
		taxNo: numberOf(record, 'TaxNo'),
		taxName: textOf(record, 'TaxName'),
		taxRate: numberOf(record, 'TaxRate'),
		accountNo: numberOf(record, 'AccountNo'),
	});
}

export const readAccounts = (result: XmlElement | undefined): IDataObject[] => findChildren(result, 'AccountData').map(readAccount);

export const readTaxCodes = (result: XmlElement | undefined): IDataObject[] => findChildren(result, 'TaxCodeElement').map(readTaxCode);
