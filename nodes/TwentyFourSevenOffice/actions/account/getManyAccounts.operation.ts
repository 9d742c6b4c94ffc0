/** Account → Get Many Accounts: the chart of accounts from AccountService GetAccountList, one item per account. */
import type { IDataObject } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { limited, returnAllFields, wantedCount } from '../../../shared/n8n/returnAll';
import { readAccounts } from '../../helpers/accounts';
import { callService, serviceRequest } from '../../transport/resourceCall';
import { tsoRun } from '../../transport/run';

export const option: Operation['option'] = {
	name: 'Get Many Accounts',
	value: 'getManyAccounts',
	description: 'Get the accounts of the chart of accounts, with their number, name and default tax code',
	action: 'Get many accounts',
};

export const properties = returnAllFields();

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject[]> {
	const run = await tsoRun(operationRun);
	const result = await callService(run, itemIndex, serviceRequest('AccountService', 'GetAccountList', {}));
	return limited(readAccounts(result), wantedCount(run.context, itemIndex));
}
