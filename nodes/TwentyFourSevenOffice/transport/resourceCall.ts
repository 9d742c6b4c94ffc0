/** One call of a named 24SevenOffice service operation for a resource operation, a dropdown or a list search, on the session kept with the credential. */
import type { IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS, type SoapResult } from '../../shared/soap/call';
import type { SoapFields } from '../../shared/soap/envelope';
import type { XmlElement } from '../../shared/soap/xml';
import { resultElement } from '../helpers/serviceAnswer';
import type { TwentyFourSevenOfficeCredentials } from './credentials';
import type { TsoCall } from './itemCall';
import type { TsoRun } from './run';
import { isSessionGone } from './service';
import { sendOnSession, sendServiceCall, type ServiceRequest } from './serviceCall';
import { TSO_SERVICES, type TsoServiceName } from './serviceDirectory';
import { CREDENTIAL_TYPE, StoredSession } from './storedSession';

export function serviceRequest(serviceName: TsoServiceName, operation: string, fields: SoapFields): ServiceRequest {
	return { serviceName, address: TSO_SERVICES[serviceName], operation, fields };
}

/** The operation's `<…Result>` element; undefined when the service answered an empty result. */
export async function callService(run: TsoRun, itemIndex: number, request: ServiceRequest): Promise<XmlElement | undefined> {
	const { response } = await sendOnSession(run, itemIndex, async (call, sessionId) => await sendServiceCall(call, request, sessionId));
	return resultElement(response, request.operation);
}

/**
 * The same for a dropdown of the editor: on the session kept with the
 * credential, logging in once through n8n when there is none or it is gone.
 */
export async function callServiceForList(context: ILoadOptionsFunctions, request: ServiceRequest): Promise<XmlElement | undefined> {
	const credentials = (await context.getCredentials(CREDENTIAL_TYPE)) as unknown as TwentyFourSevenOfficeCredentials;
	const call: TsoCall = { context: { helpers: context.helpers, node: context.getNode(), itemIndex: 0 }, credentials, options: { version: '1.1', timeoutMs: DEFAULT_TIMEOUT_MS } };
	// The kept session needs only getNode and the authenticated request helper, which a dropdown's context has too.
	const session = new StoredSession(context as unknown as IExecuteFunctions, credentials);
	const sent = await session.send(call, async (itemCall, sessionId) => await sendServiceCall(itemCall, request, sessionId), isSessionGone);
	return resultElement(sent.result.response, request.operation);
}

/** Sends once; a session the service calls gone is logged in again once and the call sent once more. */
export async function callForItem(run: TsoRun, itemIndex: number, request: ServiceRequest): Promise<SoapResult> {
	return await sendOnSession(run, itemIndex, async (call, sessionId) => await sendServiceCall(call, request, sessionId));
}

/** The same from a dropdown or list search in the editor, with the default SOAP options. */
export async function callFromEditor(context: ILoadOptionsFunctions, request: ServiceRequest): Promise<SoapResult> {
	const credentials = (await context.getCredentials(CREDENTIAL_TYPE)) as unknown as TwentyFourSevenOfficeCredentials;
	const call: TsoCall = {
		context: { helpers: context.helpers, node: context.getNode(), itemIndex: 0 },
		credentials,
		options: { version: '1.1', timeoutMs: DEFAULT_TIMEOUT_MS },
	};
	// The stored session needs only getNode and the request helpers, which the editor's functions have too.
	const session = new StoredSession(context as unknown as IExecuteFunctions, credentials);
	const sent = await session.send(call, async (itemCall, sessionId) => await sendServiceCall(itemCall, request, sessionId), isSessionGone);
	return sent.result;
}
