/** Sales Invoice → Get: one invoice by its invoice type and number, with lines, VAT lines, totals and the transaction it was posted as. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { soapOptionsField } from '../../../shared/n8n/options';
import { inputError } from '../../../shared/soap/errors';
import { readMessage } from '../../helpers/readMessage';
import { officeOf } from '../../helpers/officeRecords';
import { salesInvoiceRecord } from '../../helpers/salesInvoiceRecord';
import { readDocument } from '../../transport/readDocument';
import { locatorValue } from '../../helpers/locatorValue';
import { invoiceTypeLocator, officeLocator } from '../fields/invoicingLocators';
import { dimensionSessionProperties } from '../fields/dimensionSession';

export const option: Operation['option'] = {
	name: 'Get',
	value: 'get',
	description: 'Get one sales invoice by its invoice type and invoice number',
	action: 'Get a sales invoice',
};

export const properties: INodeProperties[] = [
	...dimensionSessionProperties,
	officeLocator,
	invoiceTypeLocator,
	{
		displayName: 'Invoice Number',
		name: 'invoiceNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: '13',
		description: 'The number Twinfield gave the invoice',
	},
	soapOptionsField,
];

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const office = officeOf(run, itemIndex);
	const parameter = (name: string) => locatorValue(run.context.getNodeParameter(name, itemIndex, ''));
	const invoiceType = parameter('invoiceType');
	const invoiceNumber = parameter('invoiceNumber');
	if (invoiceType === '') throw inputError(run.node, itemIndex, 'No invoice type given', 'Enter the invoice type, e.g. FACTUUR.');
	if (invoiceNumber === '') throw inputError(run.node, itemIndex, 'No invoice number given', 'Enter the number Twinfield gave the invoice, e.g. 13.');
	const message = readMessage('salesinvoice', office, invoiceType, { invoicenumber: invoiceNumber });
	const root = await readDocument(run, itemIndex, message, `sales invoice ${invoiceType} ${invoiceNumber} in office ${office}`, office);
	return salesInvoiceRecord(root);
};
