/** Account → Get Many Tax Codes: the VAT codes from AccountService GetTaxCodeList, one item per code. */
import type { IDataObject } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { limited, returnAllFields, wantedCount } from '../../../shared/n8n/returnAll';
import { readTaxCodes } from '../../helpers/accounts';
import { callService, serviceRequest } from '../../transport/resourceCall';
import { tsoRun } from '../../transport/run';

export const option: Operation['option'] = {
	name: 'Get Many Tax Codes',
	value: 'getManyTaxCodes',
	description: 'Get the tax (VAT) codes, with their number, name, rate in percent and account',
	action: 'Get many tax codes',
};

export const properties = returnAllFields();

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject[]> {
	const run = await tsoRun(operationRun);
	const result = await callService(run, itemIndex, serviceRequest('AccountService', 'GetTaxCodeList', {}));
	return limited(readTaxCodes(result), wantedCount(run.context, itemIndex));
}
