/** ProductService GetProducts for one item: the products that match, with the properties the node puts out. */
import type { SoapFields } from '../../../shared/soap/envelope';
import type { XmlElement } from '../../../shared/soap/xml';
import { PRODUCT_PROPERTIES } from '../../helpers/product';
import { resultElement } from '../../helpers/serviceAnswer';
import { callForItem, serviceRequest } from '../../transport/resourceCall';
import type { TsoRun } from '../../transport/run';

/** `search` holds ProductSearchParameters, e.g. `{ Id: 2 }`; the service needs the element even when empty. */
export async function getProducts(run: TsoRun, itemIndex: number, search: SoapFields): Promise<XmlElement[]> {
	const request = serviceRequest('ProductService', 'GetProducts', { searchParams: search, returnProperties: { string: [...PRODUCT_PROPERTIES] } });
	const { response } = await callForItem(run, itemIndex, request);
	return (resultElement(response, 'GetProducts')?.children ?? []).filter((child) => child.name === 'Product');
}
