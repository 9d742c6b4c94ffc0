/** The kinds of Twinfield dimensions the node offers as resources: their types, names and fields. */
import type { IDataObject } from 'n8n-workflow';

import type { XmlElement } from '../../../shared/soap/xml';
import { ledgerRecord, relationRecord } from '../../helpers/dimensionRecord';

export interface DimensionKind {
	/** Twinfield's dimension types, read in this order (general ledger accounts are BAS and PNL). */
	types: string[];
	/** The user's word for one, e.g. `customer`. */
	noun: string;
	/** The same, plural. */
	plural: string;
	/** The locator (or code) parameter's name and label. */
	parameter: string;
	label: string;
	/** The listSearch method of the locator; none means a plain code field. */
	searchMethod?: string;
	example: string;
	/** The record a document becomes in the output. */
	record: (document: XmlElement) => IDataObject;
}

export const CUSTOMER: DimensionKind = {
	types: ['DEB'],
	noun: 'customer',
	plural: 'customers',
	parameter: 'customer',
	label: 'Customer',
	searchMethod: 'searchCustomers',
	example: '1000',
	record: relationRecord,
};

export const SUPPLIER: DimensionKind = {
	types: ['CRD'],
	noun: 'supplier',
	plural: 'suppliers',
	parameter: 'supplier',
	label: 'Supplier',
	searchMethod: 'searchSuppliers',
	example: '2000',
	record: relationRecord,
};

export const GENERAL_LEDGER_ACCOUNT: DimensionKind = {
	types: ['BAS', 'PNL'],
	noun: 'general ledger account',
	plural: 'general ledger accounts',
	parameter: 'account',
	label: 'Account',
	searchMethod: 'searchGeneralLedgerAccounts',
	example: '8000',
	record: ledgerRecord,
};

export const COST_CENTRE: DimensionKind = {
	types: ['KPL'],
	noun: 'cost centre',
	plural: 'cost centres',
	parameter: 'code',
	label: 'Code',
	example: 'K100',
	record: ledgerRecord,
};

export const PROJECT: DimensionKind = {
	types: ['PRJ'],
	noun: 'project',
	plural: 'projects',
	parameter: 'code',
	label: 'Code',
	example: 'P0001',
	record: ledgerRecord,
};
