/** The canvas subtitle of both nodes names the chosen operation as the editor lists it, whatever the resource. */
import type { INodeTypeDescription } from 'n8n-workflow';

import { TwentyFourSevenOffice } from '../../nodes/TwentyFourSevenOffice/TwentyFourSevenOffice.node';
import { Twinfield } from '../../nodes/Twinfield/Twinfield.node';

/** Evaluates the subtitle expression as n8n would for these parameters (it reads only $parameter). */
function subtitle(description: INodeTypeDescription, parameters: Record<string, string>): unknown {
	const expression = /^=\{\{([\s\S]*)\}\}$/.exec(String(description.subtitle))?.[1];
	if (!expression) throw new Error(`not an expression: ${String(description.subtitle)}`);
	return new Function('$parameter', `return (${expression});`)(parameters);
}

// Written out by hand from what the editor's Operation lists show.
const TWINFIELD: Array<[string, string, string]> = [
	['session', 'logOn', 'Log On'],
	['session', 'accessTokenLogOn', 'Log On With Access Token'],
	['session', 'smsLogOn', 'Log On With SMS Code'],
	['session', 'sendSmsCode', 'Send SMS Code'],
	['session', 'changePassword', 'Change Password'],
	['session', 'listCompanies', 'List Companies'],
	['session', 'selectCompany', 'Select Company'],
	['session', 'keepAlive', 'Keep Alive'],
	['session', 'getRole', 'Get Role'],
	['session', 'logOff', 'Log Off'],
	['xml', 'processXml', 'Process XML'],
	['finder', 'search', 'Search'],
	['customer', 'get', 'Get'],
	['customer', 'getMany', 'Get Many'],
	['customer', 'create', 'Create'],
	['customer', 'update', 'Update'],
	['customer', 'delete', 'Delete'],
	['supplier', 'get', 'Get'],
	['supplier', 'getMany', 'Get Many'],
	['supplier', 'create', 'Create'],
	['supplier', 'update', 'Update'],
	['supplier', 'delete', 'Delete'],
	['transaction', 'create', 'Create'],
	['transaction', 'get', 'Get'],
	['transaction', 'getMany', 'Get Many'],
	['generalLedgerAccount', 'get', 'Get'],
	['generalLedgerAccount', 'getMany', 'Get Many'],
	['costCentre', 'get', 'Get'],
	['costCentre', 'getMany', 'Get Many'],
	['project', 'get', 'Get'],
	['project', 'getMany', 'Get Many'],
	['office', 'getMany', 'Get Many'],
	['vatCode', 'getMany', 'Get Many'],
	['article', 'getMany', 'Get Many'],
	['article', 'get', 'Get'],
	['salesInvoice', 'create', 'Create'],
	['salesInvoice', 'get', 'Get'],
];
const TWENTY_FOUR_SEVEN_OFFICE: Array<[string, string, string]> = [
	['session', 'ensureSession', 'Ensure Session'],
	['session', 'logIn', 'Log In'],
	['session', 'checkSession', 'Check Session'],
	['session', 'getIdentities', 'Get Identities'],
	['session', 'setIdentity', 'Set Identity'],
	['service', 'callService', 'Call Service'],
	['account', 'getManyAccounts', 'Get Many Accounts'],
	['account', 'getManyTaxCodes', 'Get Many Tax Codes'],
	['transaction', 'getMany', 'Get Many'],
	['transaction', 'createVoucher', 'Create Voucher'],
	['salesOrder', 'create', 'Create'],
	['salesOrder', 'get', 'Get'],
	['salesOrder', 'getMany', 'Get Many'],
	['salesOrder', 'updateStatus', 'Update Status'],
	['customer', 'get', 'Get'],
	['customer', 'getMany', 'Get Many'],
	['customer', 'create', 'Create'],
	['customer', 'update', 'Update'],
	['product', 'get', 'Get'],
	['product', 'getMany', 'Get Many'],
	['product', 'create', 'Create'],
	['product', 'update', 'Update'],
	['contact', 'get', 'Get'],
	['contact', 'getMany', 'Get Many'],
	['contact', 'create', 'Create'],
	['contact', 'update', 'Update'],
];

describe.each([
	['Twinfield', new Twinfield().description, TWINFIELD],
	['24SevenOffice', new TwentyFourSevenOffice().description, TWENTY_FOUR_SEVEN_OFFICE],
])('%s subtitle', (_name, description, operations) => {
	it.each(operations)('%s → %s shows "%s"', (resource, operation, shown) => {
		expect(subtitle(description, { resource, operation })).toBe(shown);
	});

	it('the table above lists every operation of the node', () => {
		const listed = operations.map(([resource, operation]) => `${resource}:${operation}`).sort();
		const resources = description.properties.find((property) => property.name === 'resource')?.options as Array<{ value: string }>;
		const offered = resources.flatMap(({ value }) => {
			const list = description.properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.[0] === value);
			return (list?.options as Array<{ value: string }>).map((option) => `${value}:${option.value}`);
		});
		expect(offered.sort()).toEqual(listed);
	});

	it('shows nothing for an operation of another resource', () => {
		const [resource] = operations[0];
		const foreign = operations.find(([other]) => other !== resource) ?? operations[0];
		expect(subtitle(description, { resource: `${resource}x`, operation: foreign[1] })).toBeUndefined();
	});
});
