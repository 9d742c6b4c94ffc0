/**
 * The ways to make one SOAP call that the benchmark compares, all against the
 * same emulator and the same operation. Every call checks its answer, so no
 * contender can win by skipping work the others do.
 */
import { XMLParser } from 'fast-xml-parser';
import type { IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';
import * as soap from 'soap';

import { callSoap, type CallContext, type SoapResult, type SoapService } from '../../nodes/shared/soap/call';
import { buildEnvelope, soapRequestHeaders, type SoapFields } from '../../nodes/shared/soap/envelope';
import type { CredentialStore } from '../engine/credentialsHelper';
import { runWorkflow, type WorkflowJson, type WorkflowRun } from '../engine/runWorkflow';
import { plainHelpers, post } from './plainHttp';

export type Transport = 'n8n helper' | 'node:http' | 'node-soap (axios)' | 'fetch (undici)';

export interface Contender {
	key: string;
	label: string;
	transport: Transport;
	call(): Promise<void>;
}

/** One SOAP operation, and what a correct answer to it looks like to each kind of client. */
export interface OperationCase {
	title: string;
	/** The emulator's counter for this operation, e.g. `24sevenoffice HasSession`. */
	countKey: string;
	service: SoapService;
	url: string;
	operation: string;
	fields?: SoapFields;
	cookie?: string;
	/** Text a correct raw answer contains. */
	rawAnswer: string;
	/** The answer read through the shared layer. */
	layerAnswer(result: SoapResult): boolean;
	/** The naive client: its own envelope text, and its reading of fast-xml-parser's object. */
	naiveEnvelope(): string;
	naiveAnswer(document: Record<string, any>): boolean;
	/** node-soap's reading of its result and response header. */
	soapAnswer(result: Record<string, any>, header: Record<string, any> | undefined): boolean;
	/** A workflow whose second node makes exactly this call once, from a credential with no session kept. */
	workflow: WorkflowJson;
	credentials: CredentialStore;
	workflowAnswer(run: WorkflowRun): boolean;
}

function check(ok: boolean, who: string): void {
	if (!ok) throw new Error(`${who}: wrong answer from the emulator`);
}

/** The request options the pack's transport sends, so raw and layer go through n8n identically. */
function n8nPost(url: string, headers: Record<string, string>, body: string): IHttpRequestOptions {
	return {
		method: 'POST',
		url,
		headers,
		body,
		timeout: 30_000,
		encoding: 'text',
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		disableFollowRedirect: true,
	};
}

export async function contendersFor(spec: OperationCase, n8n: IExecuteFunctions): Promise<Contender[]> {
	const envelope = buildEnvelope({ version: '1.1', namespace: spec.service.namespace, operation: spec.operation, fields: spec.fields });
	const headers = soapRequestHeaders('1.1', spec.service.namespace, spec.operation);
	if (spec.cookie) headers.Cookie = spec.cookie;
	const layerOptions = { url: spec.url, version: '1.1' as const, operation: spec.operation, fields: spec.fields, cookie: spec.cookie };
	const n8nContext: CallContext = { helpers: n8n.helpers, node: n8n.getNode(), itemIndex: 0 };
	const plainContext = { helpers: plainHelpers, node: n8n.getNode(), itemIndex: 0 } as unknown as CallContext;

	const naiveParser = new XMLParser();
	const soapClient = await soap.createClientAsync(`${spec.url}?WSDL`);
	if (spec.cookie) soapClient.addHttpHeader('Cookie', spec.cookie);
	const soapMethod = soapClient[`${spec.operation}Async`] as (args: unknown) => Promise<[Record<string, any>, string, Record<string, any> | undefined]>;

	return [
		{
			key: 'rawN8n',
			label: 'a raw POST',
			transport: 'n8n helper',
			call: async () => {
				const answer = (await n8n.helpers.httpRequest(n8nPost(spec.url, headers, envelope))) as { body: string };
				check(answer.body.includes(spec.rawAnswer), 'raw POST through n8n');
			},
		},
		{
			key: 'rawN8nStream',
			label: 'a2 raw POST, read as a stream',
			transport: 'n8n helper',
			// What the layer asks of n8n so that its size limit can stop reading: a stream and a deadline.
			call: async () => {
				const answer = (await n8n.helpers.httpRequest({ ...n8nPost(spec.url, headers, envelope), encoding: 'stream', abortSignal: AbortSignal.timeout(30_000) })) as {
					body: AsyncIterable<Buffer>;
				};
				const chunks: Buffer[] = [];
				for await (const chunk of answer.body) chunks.push(chunk);
				check(Buffer.concat(chunks).toString('utf8').includes(spec.rawAnswer), 'raw POST read as a stream through n8n');
			},
		},
		{
			key: 'layerN8n',
			label: 'b shared layer (callSoap)',
			transport: 'n8n helper',
			call: async () => check(spec.layerAnswer(await callSoap(n8nContext, spec.service, layerOptions)), 'shared layer through n8n'),
		},
		{
			key: 'rawHttp',
			label: 'c raw POST',
			transport: 'node:http',
			call: async () => check((await post(spec.url, headers, envelope)).body.includes(spec.rawAnswer), 'raw POST on node:http'),
		},
		{
			key: 'layerHttp',
			label: 'd shared layer (callSoap)',
			transport: 'node:http',
			call: async () => check(spec.layerAnswer(await callSoap(plainContext, spec.service, layerOptions)), 'shared layer on node:http'),
		},
		{
			key: 'nodeSoap',
			label: 'e node-soap from ?WSDL',
			transport: 'node-soap (axios)',
			call: async () => {
				const [result, , header] = await soapMethod.call(soapClient, spec.fields ?? {});
				check(spec.soapAnswer(result, header), 'node-soap');
			},
		},
		{
			key: 'naiveFetch',
			label: 'f naive fetch + fast-xml-parser',
			transport: 'fetch (undici)',
			call: async () => {
				const response = await fetch(spec.url, { method: 'POST', headers, body: spec.naiveEnvelope() });
				check(spec.naiveAnswer(naiveParser.parse(await response.text())), 'naive fetch');
			},
		},
		{
			key: 'workflow',
			label: 'g whole workflow (engine)',
			transport: 'n8n helper',
			// A credential with no session kept yet, so every run makes the call (a Twinfield Log On adds its Keep Alive).
			call: async () => check(spec.workflowAnswer(await runWorkflow(spec.workflow, structuredClone(spec.credentials))), 'workflow'),
		},
	];
}
