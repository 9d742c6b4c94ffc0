/** Transaction → Get: one transaction read by its daybook and number, with all its lines. */
import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/n8n/operation';
import { soapOptionsField } from '../../../shared/n8n/options';
import { inputError } from '../../../shared/soap/errors';
import { xmlEscape } from '../../../shared/soap/xmlText';
import { refusalError } from '../../helpers/refusal';
import { transactionJson } from '../../helpers/transactionRead';
import { sendProcessXml } from '../../transport/processXml';
import { sessionSourceProperties } from '../fields/sessionSource';
import { locatorCode, officeField } from './fields';

export const option: Operation['option'] = {
	name: 'Get',
	value: 'get',
	description: 'Get one Twinfield transaction with its lines by daybook code and transaction number',
	action: 'Get a transaction',
};

export const properties: INodeProperties[] = [
	...sessionSourceProperties,
	officeField,
	{
		displayName: 'Daybook Code',
		name: 'daybookCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'VRK',
		description: 'The daybook (transaction type) code, e.g. MEMO, VRK or INK',
	},
	{
		displayName: 'Transaction Number',
		name: 'number',
		type: 'string',
		required: true,
		default: '',
		placeholder: '202600001',
		description: 'The number Twinfield gave the transaction',
	},
	soapOptionsField,
];

export const execute: Operation['execute'] = async function (run, itemIndex) {
	const parameter = (name: string) => String(run.context.getNodeParameter(name, itemIndex, '') ?? '').trim();
	const office = locatorCode(run.context.getNodeParameter('office', itemIndex, ''));
	const code = parameter('daybookCode');
	const number = parameter('number');
	if (office === '' || code === '') throw inputError(run.node, itemIndex, 'The office and the daybook code are needed', 'Choose the office and give the daybook code, e.g. VRK.');
	if (!/^\d{1,18}$/.test(number)) throw inputError(run.node, itemIndex, `The transaction number "${number.slice(0, 40)}" is not a number`, 'Give the number Twinfield gave the transaction, e.g. 202600001.');
	const message = `<read><type>transaction</type><office>${xmlEscape(office)}</office><code>${xmlEscape(code)}</code><number>${number}</number></read>`;
	const { root, sent } = await sendProcessXml(run, itemIndex, message, undefined, { fairUseRetries: true, company: office });
	if (root.attributes.result !== '1' || root.name !== 'transaction') {
		const context = { helpers: run.context.helpers, node: run.node, itemIndex };
		throw refusalError(context, root, sent, `Twinfield could not read transaction ${code} ${number} in office ${office}`, 'Check the office, the daybook code and the number.');
	}
	return transactionJson(root);
};
