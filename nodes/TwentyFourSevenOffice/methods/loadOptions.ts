/** Dropdowns filled from 24SevenOffice: the product categories, from ProductService GetCategories. */
import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { childText } from '../../shared/soap/xml';
import { resultElement } from '../helpers/serviceAnswer';
import { callFromEditor, serviceRequest } from '../transport/resourceCall';

export async function getProductCategories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const request = serviceRequest('ProductService', 'GetCategories', { returnProperties: { string: ['Id', 'Name', 'No'] } });
	const { response } = await callFromEditor(this, request);
	const categories = (resultElement(response, 'GetCategories')?.children ?? []).filter((child) => child.name === 'Category');
	return categories
		.map((category) => {
			const id = (childText(category, 'Id') ?? '').trim();
			const name = (childText(category, 'Name') ?? '').trim();
			const no = (childText(category, 'No') ?? '').trim();
			return { name: `${name || '(no name)'}${no ? ` (${no})` : ''}`, value: id };
		})
		.filter((option) => /^\d+$/.test(option.value))
		.sort((a, b) => a.name.localeCompare(b.name));
}
