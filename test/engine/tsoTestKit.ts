/** Shared set-up of the 24SevenOffice resource tests: a run of one node step with a credential kept between runs, and what the emulator received, read with fast-xml-parser. */
import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';
import { XMLParser } from 'fast-xml-parser';

import { tsoDemo, type Emulator, type RecordedRequest } from '../emulator';
import type { CredentialStore } from './credentialsHelper';
import { tsoCredential } from './harness';
import { loadOptionsContext, runWorkflow, type WorkflowRun } from './runWorkflow';
import { chain } from './workflow';

export const NODE = '24SevenOffice';

/** A credential store as n8n's credentials table: the session the first run logs in stays for the next. */
export function credentialStore(emulator: Emulator): CredentialStore {
	return { twentyFourSevenOfficeApi: { stored: tsoCredential(emulator, tsoDemo) } };
}

export function storedSessionId(store: CredentialStore): string {
	return String((store.twentyFourSevenOfficeApi.stored as ICredentialDataDecryptedObject).sessionId ?? '');
}

export async function runNode(
	store: CredentialStore,
	parameters: INodeParameters,
	items: IDataObject[] = [{}],
	continueOnFail = false,
): Promise<WorkflowRun> {
	return await runWorkflow(chain(items, { name: NODE, type: 'twentyFourSevenOffice', parameters, credential: 'stored', continueOnFail }), store);
}

/** The context of a resource locator's list in the editor, for a node with these parameters. */
export function editorContext(store: CredentialStore, parameters: INodeParameters) {
	return loadOptionsContext(chain([{}], { name: NODE, type: 'twentyFourSevenOffice', parameters, credential: 'stored' }), NODE, store);
}

const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false, trimValues: true });

/** The request element of a recorded SOAP call (e.g. the `SaveCompanies` object), as fast-xml-parser reads it. */
export function sentRequest(request: RecordedRequest): IDataObject {
	const document = parser.parse(request.body) as { Envelope: { Body: IDataObject } };
	const operation = request.operation ?? '';
	return document.Envelope.Body[operation] as IDataObject;
}

export function requestsOf(emulator: Emulator, operation: string): RecordedRequest[] {
	return emulator.requests.filter((request) => request.operation === operation);
}

/** Fast-xml-parser gives one child as an object and several as an array: always an array here. */
export function asList<T>(value: T | T[] | undefined): T[] {
	return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
