/** The resource locators' lists: customers, products and contacts, searched by name, a page at a time. */
/*
 * The services answer a search with every match at once and have no paging,
 * so the list asks once per search text and hands the editor a page of
 * LIST_PAGE entries at a time; the pagination token is the next offset.
 */
import type { ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import type { SoapFields } from '../../shared/soap/envelope';
import { childText, type XmlElement } from '../../shared/soap/xml';
import { resultElement } from '../helpers/serviceAnswer';
import { callFromEditor, serviceRequest } from '../transport/resourceCall';
import type { TsoServiceName } from '../transport/serviceDirectory';

export const LIST_PAGE = 100;

interface ListQuery {
	service: TsoServiceName;
	operation: string;
	fields: SoapFields;
	entry: string;
	item(record: XmlElement): INodeListSearchItems | undefined;
}

async function listPage(context: ILoadOptionsFunctions, query: ListQuery, paginationToken?: string): Promise<INodeListSearchResult> {
	const { response } = await callFromEditor(context, serviceRequest(query.service, query.operation, query.fields));
	const records = (resultElement(response, query.operation)?.children ?? []).filter((child) => child.name === query.entry);
	const items = records.map(query.item).filter((item): item is INodeListSearchItems => item !== undefined);
	const start = Math.max(0, Number.parseInt(paginationToken ?? '0', 10) || 0);
	const next = start + LIST_PAGE;
	return { results: items.slice(start, next), paginationToken: next < items.length ? String(next) : undefined };
}

function text(record: XmlElement, name: string): string {
	return (childText(record, name) ?? '').trim();
}

function entry(name: string, id: string, detail?: string): INodeListSearchItems | undefined {
	if (!/^\d+$/.test(id)) return undefined;
	return { name: `${name || '(no name)'}${detail ? ` (${detail})` : ''}`, value: id };
}

export async function searchCustomers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const name = (filter ?? '').trim();
	return await listPage(
		this,
		{
			service: 'CompanyService',
			operation: 'GetCompanies',
			fields: { searchParams: name ? { CompanyName: name } : {}, returnProperties: { string: ['Id', 'Name', 'OrganizationNumber'] } },
			entry: 'Company',
			item: (company) => entry(text(company, 'Name'), text(company, 'Id'), text(company, 'OrganizationNumber') || undefined),
		},
		paginationToken,
	);
}

export async function searchProducts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const name = (filter ?? '').trim();
	return await listPage(
		this,
		{
			service: 'ProductService',
			operation: 'GetProducts',
			fields: { searchParams: name ? { Name: name } : {}, returnProperties: { string: ['Id', 'Name', 'No'] } },
			entry: 'Product',
			item: (product) => entry(text(product, 'Name'), text(product, 'Id'), text(product, 'No') || undefined),
		},
		paginationToken,
	);
}

export async function searchContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const name = (filter ?? '').trim();
	return await listPage(
		this,
		{
			service: 'PersonService',
			operation: 'GetPersons',
			fields: { personSearch: name ? { Name: name } : {} },
			entry: 'PersonItem',
			item: (person) => entry([text(person, 'FirstName'), text(person, 'LastName')].filter(Boolean).join(' '), text(person, 'Id')),
		},
		paginationToken,
	);
}
