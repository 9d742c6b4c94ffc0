/** The Company parameter: a dropdown filled by List Companies' own call. */
import type { INodeProperties } from 'n8n-workflow';

export const companyProperty: INodeProperties = {
	displayName: 'Company Name or ID',
	name: 'company',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCompanies' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};
