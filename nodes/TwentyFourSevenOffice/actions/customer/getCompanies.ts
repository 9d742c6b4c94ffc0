/** CompanyService GetCompanies for one item: the companies that match, with the properties the node puts out. */
import type { SoapFields } from '../../../shared/soap/envelope';
import type { XmlElement } from '../../../shared/soap/xml';
import { CUSTOMER_PROPERTIES } from '../../helpers/company';
import { resultElement } from '../../helpers/serviceAnswer';
import { callForItem, serviceRequest } from '../../transport/resourceCall';
import type { TsoRun } from '../../transport/run';

/** `search` holds CompanySearchParameters, e.g. `{ CompanyId: 2 }`; the service needs the element even when empty. */
export async function getCompanies(run: TsoRun, itemIndex: number, search: SoapFields): Promise<XmlElement[]> {
	const request = serviceRequest('CompanyService', 'GetCompanies', { searchParams: search, returnProperties: { string: [...CUSTOMER_PROPERTIES] } });
	const { response } = await callForItem(run, itemIndex, request);
	return (resultElement(response, 'GetCompanies')?.children ?? []).filter((child) => child.name === 'Company');
}
