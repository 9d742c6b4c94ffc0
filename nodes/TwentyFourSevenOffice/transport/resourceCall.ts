/** One call of a 24SevenOffice service for a business resource, on the session kept with the credential: from a run's item, or from the editor. */
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

export function serviceRequest(service: TsoServiceName, operation: string, fields: SoapFields): ServiceRequest {
	return { serviceName: service, address: TSO_SERVICES[service], operation, fields };
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

/** The operation's `<…Result>` element of an item's call; undefined when the service answered an empty result. */
export async function callService(run: TsoRun, itemIndex: number, request: ServiceRequest): Promise<XmlElement | undefined> {
	return resultElement((await callForItem(run, itemIndex, request)).response, request.operation);
}

/** The same for a list of the editor. */
export async function callServiceForList(context: ILoadOptionsFunctions, request: ServiceRequest): Promise<XmlElement | undefined> {
	return resultElement((await callFromEditor(context, request)).response, request.operation);
}
