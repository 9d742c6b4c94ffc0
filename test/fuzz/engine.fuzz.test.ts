/**
 * Property: whole workflows in n8n-core's engine, with both nodes pointed at a
 * hostile server over real HTTP, end with output or a clear error that keeps the
 * guarantees, whether the node stops or continues on fail.
 *
 * FUZZ_RUNS=10000 scales it with the layer test (one workflow per ten runs).
 */
import fc from 'fast-check';
import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { isCookiePair, isSessionId, isWebAddress } from '../../nodes/shared/soap/checks';
import { DEFAULT_MAX_ANSWER_BYTES } from '../../nodes/shared/soap/transport';
import { runStep } from '../engine/harness';
import { checkError, checkNoCanary, FUZZ_RUNS, safeJson } from './checks';
import { CANARY, CATEGORIES, hostileRecipe, type Answer } from './hostileAnswers';
import { startHostileServer, type HostileServer } from './hostileServer';

let server: HostileServer;
beforeAll(async () => {
	server = await startHostileServer();
});
afterAll(async () => {
	await server.close();
});

type Role = 'logOn' | 'checkSession' | 'useSession';
interface Step {
	type: 'twinfield' | 'twentyFourSevenOffice';
	operation: string;
	sessionId?: string;
	role: Role;
	/** Logs on through the credential: n8n runs that log-on (preAuthentication) with the credential's own deadline. */
	credentialLogOn?: boolean;
}

const steps: Step[] = [
	{ type: 'twinfield', operation: 'logOn', role: 'logOn', credentialLogOn: true },
	{ type: 'twentyFourSevenOffice', operation: 'logIn', role: 'logOn' },
	{ type: 'twentyFourSevenOffice', operation: 'checkSession', sessionId: 'abcdefghijklmnop12345678', role: 'checkSession' },
	{ type: 'twentyFourSevenOffice', operation: 'ensureSession', sessionId: '', role: 'useSession', credentialLogOn: true },
];

function credentialFor(step: Step): { type: string; data: ICredentialDataDecryptedObject } {
	return step.type === 'twinfield'
		? { type: 'twinfieldApi', data: { user: 'u', password: CANARY.password, organisation: 'o', loginUrl: server.url } }
		: {
				type: 'twentyFourSevenOfficeApi',
				data: { applicationId: CANARY.applicationId, identityId: CANARY.identityId, username: 'u', password: CANARY.password, apiUrl: server.url },
			};
}

/** What the service chose must obey the input rules wherever it reached the output. */
function checkOutput(json: IDataObject): void {
	if (json.error !== undefined) return;
	if (json.sessionId !== undefined && json.sessionId !== '' && !isSessionId(String(json.sessionId))) throw new Error(`output session ID ${safeJson(json.sessionId)}`);
	if (json.cluster !== undefined && !isWebAddress(String(json.cluster))) throw new Error(`output cluster ${safeJson(json.cluster)}`);
	if (typeof json.cookie === 'string' && json.cookie !== '' && !json.cookie.split('; ').every(isCookiePair)) throw new Error(`output cookie ${safeJson(json.cookie)}`);
}

const RUNS = Math.max(2, Math.ceil((FUZZ_RUNS ?? 0) / 10 / CATEGORIES.length));

describe('workflows against hostile answers', () => {
	it.each(CATEGORIES.map((name, index) => [name, index] as const))(
		'%s: the workflow ends with output or a clear error, and shows no credential',
		async (_name, category) => {
			await fc.assert(
				fc.asyncProperty(hostileRecipe(category), fc.nat(steps.length - 1), fc.boolean(), fc.constantFrom(1, undefined), async (recipe, which, continueOnFail, maxAnswerMb) => {
					// The node's Timeout bounds the node's own calls; a slow server against the
					// credential's log-on is bounded by the credential's 30-second deadline instead.
					const candidates = CATEGORIES[category] === 'trickling and silent servers' ? steps.filter((candidate) => !candidate.credentialLogOn) : steps;
					const step = candidates[which % candidates.length];
					server.use(recipe);
					const credential = credentialFor(step);
					const options: INodeParameters = { timeout: 0.2 };
					if (maxAnswerMb) options.maxAnswerMb = maxAnswerMb;
					const parameters: INodeParameters = { resource: 'session', operation: step.operation, options };
					if (step.sessionId !== undefined) parameters.sessionId = step.sessionId;
					const run = await runStep({ name: 'Step', type: step.type, parameters, continueOnFail }, credential.type, credential.data);
					const answer: Answer | undefined = server.answers[0];
					// Output items are data, handed on as the server sent them; errors are what people are shown.
					let visible = '';
					if (run.error) {
						visible += checkError(run.error, step.role);
						if (continueOnFail) throw new Error(`Continue On Fail did not hold: ${run.error.message}`);
					}
					for (const json of run.json('Step')) {
						checkOutput(json);
						if (json.error !== undefined) {
							const shown = { name: 'NodeApiError', message: String(json.error), description: String(json.details ?? '') };
							visible += `${shown.message}\n${shown.description}\n`;
							checkError(Object.assign(new Error(shown.message), shown), step.role);
						}
					}
					if ((answer?.delivery.kind === 'trickle' || answer?.delivery.kind === 'silent') && !/within 200 milliseconds/.test(visible)) {
						throw new Error(`a ${answer.delivery.kind} answer did not end at the deadline`);
					}
					checkNoCanary(visible);
					const limit = (maxAnswerMb ?? 0) * 1024 * 1024 || DEFAULT_MAX_ANSWER_BYTES;
					// The server can only write what the client reads, plus what sockets buffer.
					if (server.bytesWritten() > limit + 8 * 1024 * 1024) throw new Error(`the server wrote ${server.bytesWritten()} bytes`);
				}),
				{ numRuns: RUNS },
			);
		},
		600_000,
	);
});
