/** A 24SevenOffice Product: the properties the node asks for and puts out, and reading it. */
import type { IDataObject } from 'n8n-workflow';

import type { XmlElement } from '../../shared/soap/xml';
import { recordOutput } from './recordOutput';
import { RESOURCE_READ_SCHEMA } from './resourceSchema';

/** GetProducts returns only the properties asked for. */
export const PRODUCT_PROPERTIES = [
	'Id',
	'No',
	'Name',
	'Description',
	'DescriptionLong',
	'CategoryId',
	'Price',
	'InPrice',
	'Cost',
	'TaxRate',
	'Stock',
	'MinimumStock',
	'StockControlled',
	'StockLocation',
	'StatusId',
	'EAN1',
	'ProductCode',
	'Weight',
	'Web',
	'WebPrice',
	'SupplierId',
	'DateChanged',
] as const;

export function productOutput(product: XmlElement): IDataObject {
	return recordOutput(product, PRODUCT_PROPERTIES, RESOURCE_READ_SCHEMA);
}
