/** Service → Call Service: any 24SevenOffice service operation, parameters and answer as JSON. */
/*
 * The node builds the SOAP envelope, sends the session cookie and reads the
 * answer.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, OperationRun } from '../../../shared/n8n/operation';
import { inputError } from '../../../shared/soap/errors';
import { FieldsError, jsonToFields } from '../../../shared/soap/fields';
import { readChildren, readJson, type JsonValue } from '../../../shared/soap/json';
import type { XmlElement } from '../../../shared/soap/xml';
import { resultElement } from '../../helpers/serviceAnswer';
import { TSO_LISTS, TSO_READ_SCHEMA } from '../../helpers/serviceSchema';
import type { TsoCall } from '../../transport/itemCall';
import { tsoRun, type TsoRun } from '../../transport/run';
import { TSO_NAMESPACE } from '../../transport/service';
import { sendOnSession, sendServiceCall, type ServiceRequest } from '../../transport/serviceCall';
import {
	isTsoServiceName,
	TSO_ACCOUNTING_NAMESPACE,
	TSO_SERVICE_DESCRIPTIONS,
	TSO_SERVICES,
	type TsoHost,
} from '../../transport/serviceDirectory';


export const option: Operation['option'] = {
	name: 'Call Service',
	value: 'callService',
	description: 'Call an operation of a 24SevenOffice service, such as CompanyService GetCompanies, with JSON parameters',
	action: 'Call a service operation',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Service',
		name: 'service',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'AccountService', value: 'AccountService', description: TSO_SERVICE_DESCRIPTIONS.AccountService },
			{ name: 'ClientService', value: 'ClientService', description: TSO_SERVICE_DESCRIPTIONS.ClientService },
			{ name: 'CompanyService', value: 'CompanyService', description: TSO_SERVICE_DESCRIPTIONS.CompanyService },
			{ name: 'Custom Path', value: 'custom', description: 'Another .asmx service, by its path' },
			{ name: 'InvoiceService', value: 'InvoiceService', description: TSO_SERVICE_DESCRIPTIONS.InvoiceService },
			{ name: 'PersonService', value: 'PersonService', description: TSO_SERVICE_DESCRIPTIONS.PersonService },
			{ name: 'ProductService', value: 'ProductService', description: TSO_SERVICE_DESCRIPTIONS.ProductService },
			{ name: 'ProjectService', value: 'ProjectService', description: TSO_SERVICE_DESCRIPTIONS.ProjectService },
			{ name: 'TransactionService', value: 'TransactionService', description: TSO_SERVICE_DESCRIPTIONS.TransactionService },
		],
		default: 'CompanyService',
	},
	{
		displayName: 'Service Path',
		name: 'servicePath',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. /Economy/Accounting/Accounting_V001/AttachmentService.asmx',
		description: "The service's path, as in the address of its WSDL",
		displayOptions: { show: { service: ['custom'] } },
	},
	{
		displayName: 'Host',
		name: 'serviceHost',
		type: 'options',
		options: [
			{ name: 'API Host', value: 'api', description: 'The API URL of the credential (api.24sevenoffice.com)' },
			{ name: 'Webservices Host', value: 'webservices', description: 'The webservices host (webservices.24sevenoffice.com), for services documented there' },
		],
		default: 'api',
		displayOptions: { show: { service: ['custom'] } },
	},
	{
		displayName: 'Namespace',
		name: 'serviceNamespace',
		type: 'options',
		options: [
			{ name: TSO_NAMESPACE, value: TSO_NAMESPACE, description: 'Most services' },
			{ name: TSO_ACCOUNTING_NAMESPACE, value: TSO_ACCOUNTING_NAMESPACE, description: 'TransactionService and AttachmentService' },
		],
		default: TSO_NAMESPACE,
		description: "The service's target namespace, as in its WSDL. The two differ in case, and the SOAPAction follows from it.",
		displayOptions: { show: { service: ['custom'] } },
	},
	{
		displayName: 'Operation Name',
		name: 'serviceOperation',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. GetCompanies',
		description: "The service operation to call, spelled as in the service's documentation",
	},
	{
		displayName: 'Parameters',
		name: 'parameters',
		type: 'json',
		default: '{}',
		description:
			'The operation\'s parameters as JSON, named as in its documentation, e.g. {"searchParams": {"ChangedAfter": "2026-01-01"}, "returnProperties": ["Name", "Country"]}. Lists of text become ArrayOfString; lists of records get their entry names (Bundles → Bundle) from the service.',
	},
	{
		displayName: 'Session ID',
		name: 'sessionId',
		type: 'string',
		default: '',
		placeholder: "The credential's session",
		description:
			"Leave empty to use the credential's session: the node logs in when needed and keeps the session. Or give the sessionId of an earlier Log In or Ensure Session step.",
	},
	{
		displayName: 'Split Into Items',
		name: 'splitResult',
		type: 'boolean',
		default: false,
		description: 'Whether to output one item per record of the result (e.g. per Company) instead of one item with the whole answer',
	},
];

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function readParameters(call: TsoCall, raw: unknown): unknown {
	if (typeof raw !== 'string') return raw;
	if (raw.trim() === '') return {};
	try {
		return JSON.parse(raw) as unknown;
	} catch (error) {
		throw inputError(
			call.context.node,
			call.context.itemIndex,
			'The Parameters are not valid JSON',
			`${(error as Error).message}. Write them as a JSON object, for example {"searchParams": {"ChangedAfter": "2026-01-01"}, "returnProperties": ["Id", "Name"]}.`,
		);
	}
}

function readRequest(run: TsoRun, call: TsoCall, itemIndex: number): ServiceRequest {
	const parameter = (name: string, fallback = '') => run.context.getNodeParameter(name, itemIndex, fallback);
	const chosen = String(parameter('service', 'CompanyService'));
	const operation = String(parameter('serviceOperation')).trim();
	if (!OPERATION_NAME.test(operation)) {
		throw inputError(
			call.context.node,
			itemIndex,
			operation ? `"${operation}" is not an operation name` : 'No operation name was given',
			"Enter the name of the service's operation exactly as in its documentation, such as GetCompanies or SaveBundleList.",
		);
	}
	const json = readParameters(call, parameter('parameters', '{}'));
	let fields;
	try {
		fields = jsonToFields(json, TSO_LISTS);
	} catch (error) {
		if (!(error instanceof FieldsError)) throw inputError(call.context.node, itemIndex, 'The Parameters could not be read', String(error));
		throw inputError(call.context.node, itemIndex, `The Parameters cannot be sent: ${error.message}`, 'Name each parameter as in the operation\'s documentation; use objects for records and lists for repeated values.');
	}
	if (isTsoServiceName(chosen)) return { serviceName: chosen, address: TSO_SERVICES[chosen], operation, fields };

	const path = String(parameter('servicePath')).trim();
	if (!/^\/?[\w./-]+\.asmx$/i.test(path)) {
		throw inputError(
			call.context.node,
			itemIndex,
			'The Service Path is not the path of a 24SevenOffice service',
			'Enter the path of the .asmx service without the host, e.g. /Economy/Accounting/Accounting_V001/AttachmentService.asmx. The host comes from the credential and the Host field.',
		);
	}
	const host: TsoHost = parameter('serviceHost', 'api') === 'webservices' ? 'webservices' : 'api';
	const namespace = String(parameter('serviceNamespace', TSO_NAMESPACE));
	return { serviceName: path.split('/').pop() as string, address: { path, host, namespace }, operation, fields };
}

function asItem(value: JsonValue, name: string): IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : { [name]: value as IDataObject[keyof IDataObject] };
}

function output(response: XmlElement, operation: string, split: boolean): IDataObject | IDataObject[] {
	const result = resultElement(response, operation);
	if (split && result) {
		return readChildren(result, TSO_READ_SCHEMA).map((value, index) => asItem(value, result.children[index]?.name ?? 'value'));
	}
	return asItem(readJson(response, TSO_READ_SCHEMA), response.name);
}

export async function execute(operationRun: OperationRun, itemIndex: number): Promise<IDataObject | IDataObject[]> {
	const run = await tsoRun(operationRun);
	const request = readRequest(run, run.call(itemIndex), itemIndex);
	const { response } = await sendOnSession(run, itemIndex, async (call, sessionId) => await sendServiceCall(call, request, sessionId));
	return output(response, request.operation, run.context.getNodeParameter('splitResult', itemIndex, false) as boolean);
}
