/** PersonService's two calls for one item: GetPersons, and SavePerson, which saves one person and answers its ID. */
import type { SoapFields } from '../../../shared/soap/envelope';
import { serviceError } from '../../../shared/soap/errors';
import { childText, type XmlElement } from '../../../shared/soap/xml';
import { resultElement } from '../../helpers/serviceAnswer';
import { errorScope } from '../../transport/itemCall';
import { callForItem, serviceRequest } from '../../transport/resourceCall';
import type { TsoRun } from '../../transport/run';

/** `search` holds PersonSearchParameters, e.g. `{ Id: 2 }`; the service needs the element even when empty. */
export async function getPersons(run: TsoRun, itemIndex: number, search: SoapFields): Promise<XmlElement[]> {
	const { response } = await callForItem(run, itemIndex, serviceRequest('PersonService', 'GetPersons', { personSearch: search }));
	return (resultElement(response, 'GetPersons')?.children ?? []).filter((child) => child.name === 'PersonItem');
}

/** The contact with this ID, or an error that says there is none. */
export async function getPerson(run: TsoRun, itemIndex: number, id: number): Promise<XmlElement> {
	// IsEmployee False: employees are people of the own company, not contacts.
	const [person] = await getPersons(run, itemIndex, { Id: id, IsEmployee: 'False' });
	if (!person) {
		throw serviceError(
			errorScope(run.call(itemIndex), 'GetPersons'),
			`24SevenOffice has no contact with ID ${id}`,
			'Check the ID, or choose the contact from the list. Contact → Get Many lists the contacts and their IDs.',
		);
	}
	return person;
}

/** Saves one person (no Id: a new one) and answers its ID. */
export async function savePerson(run: TsoRun, itemIndex: number, personItem: SoapFields): Promise<number> {
	const result = await callForItem(run, itemIndex, serviceRequest('PersonService', 'SavePerson', { personItem }));
	const id = Number(childText(result.response, 'SavePersonResult')?.trim());
	if (!Number.isSafeInteger(id) || id <= 0) {
		throw serviceError(
			errorScope(run.call(itemIndex), 'SavePerson', result),
			'24SevenOffice answered SavePerson without the ID of the contact',
			`It cannot be told whether the contact was saved. Look for it with Contact → Get Many before you run this item again.`,
		);
	}
	return id;
}
