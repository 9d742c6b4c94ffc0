/** VAT Code → Get Many: the VAT codes of an office, each with its type, today's rate and its rates over time. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { listRecords, type RecordKind } from '../../helpers/officeRecords';
import { vatCodeRecord } from '../../helpers/vatCodeRecord';
import { officeListFields } from '../fields/officeListFields';

export const option: Operation['option'] = {
	name: 'Get Many',
	value: 'getMany',
	description: 'List the VAT codes of an office with their type and current percentage',
	action: 'Get many VAT codes',
};

export const properties: INodeProperties[] = officeListFields('VAT codes', 'V* for codes starting with V', 'Twinfield lists VAT codes by code and name only, so each code is then read: one request per VAT code.');

export const vatCodes: RecordKind = {
	finderType: 'VAT',
	readType: 'vat',
	label: 'VAT code',
	record: (root, office) => vatCodeRecord(root, office, new Date().toISOString().slice(0, 10).replace(/-/g, '')),
};

export const execute: Operation['execute'] = async function (run, itemIndex) {
	return await listRecords(run, itemIndex, vatCodes);
};
