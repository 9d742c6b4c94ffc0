/** After SavePerson: the contact read back for the output; a failed read says the contact was saved, so it is not saved twice. */
import { NodeOperationError, type IDataObject } from 'n8n-workflow';

import { contactOutput } from '../../helpers/person';
import type { TsoRun } from '../../transport/run';
import { getPerson } from './personCalls';

export async function savedContact(run: TsoRun, itemIndex: number, id: number): Promise<IDataObject> {
	try {
		return contactOutput(await getPerson(run, itemIndex, id));
	} catch (error) {
		throw new NodeOperationError(run.context.getNode(), `Contact ${id} was saved, but reading it back failed: ${(error as Error).message}`, {
			description: `The contact is saved in 24SevenOffice with ID ${id}: do not run this item again. Get it later with Contact → Get.`,
			itemIndex,
		});
	}
}
