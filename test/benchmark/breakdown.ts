/**
 * Where the shared layer's client CPU goes, without the network: each stage of
 * a call timed on its own over the emulator's real answers, next to reference
 * costs: the deadline every call creates, what fast-xml-parser would cost
 * instead of the layer's own reader (its validator, its parser building an
 * ordered tree, its plain parse), a regex over the body, n8n's getNode().
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { callSoap, type CallContext, type SoapService } from '../../nodes/shared/soap/call';
import { buildEnvelope, soapRequestHeaders, type SoapFields } from '../../nodes/shared/soap/envelope';
import { looksLikeHtml } from '../../nodes/shared/soap/errors';
import { readEnvelope } from '../../nodes/shared/soap/envelopeReader';
import { parseXml } from '../../nodes/shared/soap/xml';
import { referenceParser } from '../referenceXml';
import { hasSessionCase, logonCase } from './cases';
import type { OperationCase } from './contenders';
import type { EmulatorProcess } from './emulatorProcess';
import { executeContext } from './n8nContext';
import { post, type PlainResponse } from './plainHttp';
import { quantile } from './stats';
import { fixed, table } from './table';

const CALLS = 500;
const ROUNDS = 7;


async function microseconds(work: () => unknown): Promise<number> {
	const start = process.cpuUsage();
	for (let i = 0; i < CALLS; i++) await work();
	const cpu = process.cpuUsage(start);
	return (cpu.user + cpu.system) / CALLS;
}

/** Each stage timed in several rounds, interleaved with the others, after a warm-up; the median round counts. */
async function timeStages(stages: Array<[string, () => unknown]>): Promise<Array<[string, number]>> {
	const rounds = stages.map(() => [] as number[]);
	for (const [, work] of stages) await microseconds(work);
	for (let round = 0; round < ROUNDS; round++) {
		for (const [index, [, work]] of stages.entries()) rounds[index].push(await microseconds(work));
	}
	return stages.map(([name], index) => [name, quantile(rounds[index], 0.5)]);
}

function envelopeOf(spec: OperationCase): { body: string; headers: Record<string, string>; fields?: SoapFields } {
	const message = { version: '1.1' as const, namespace: spec.service.namespace, operation: spec.operation, fields: spec.fields };
	const headers = soapRequestHeaders('1.1', spec.service.namespace, spec.operation);
	if (spec.cookie) headers.Cookie = spec.cookie;
	return { body: buildEnvelope(message), headers, fields: spec.fields };
}

async function stages(spec: OperationCase, answer: PlainResponse): Promise<Array<[string, number]>> {
	const body = answer.body;
	const service: SoapService = spec.service;
	const context = executeContext(spec.workflow, spec.credentials);
	const canned = {
		helpers: { httpRequest: async () => ({ statusCode: answer.statusCode, headers: answer.headers, body }) },
		node: context.getNode(),
		itemIndex: 0,
	} as unknown as CallContext;
	const options = { url: spec.url, version: '1.1' as const, operation: spec.operation, fields: spec.fields, cookie: spec.cookie };
	const plainParser = new XMLParser();
	const root = parseXml(body);
	return await timeStages([
		['callSoap, whole layer (canned answer)', async () => await callSoap(canned, service, options)],
		['  buildEnvelope + headers', () => envelopeOf(spec)],
		['  parseXml', () => parseXml(body)],
		['  readEnvelope', () => readEnvelope(root)],
		['  AbortSignal.timeout (the deadline)', () => AbortSignal.timeout(30_000)],
		['ref: BOM strip + trim + looksLikeHtml', () => looksLikeHtml(body.replace(/^\uFEFF/, '').trim())],
		['ref: XMLValidator.validate (one pass)', () => XMLValidator.validate(body)],
		['ref: /<!DOCTYPE/i over the body', () => /<!DOCTYPE/i.test(body)],
		['ref: fast-xml-parser, ordered tree', () => referenceParser.parse(body)],
		['ref: naive XMLParser().parse', () => plainParser.parse(body)],
		['ref: n8n getNode() (deep copy)', () => context.getNode()],
	]);
}

export async function breakdown(emulator: EmulatorProcess): Promise<string> {
	const sessionId = 'benchmark';
	const specs = [hasSessionCase(emulator.twentyFourSevenOfficeUrl, sessionId), logonCase(emulator.twinfieldLoginUrl)];
	const columns: Array<Array<[string, number]>> = [];
	const sizes: number[] = [];
	for (const spec of specs) {
		const { body, headers } = envelopeOf(spec);
		const answer = await post(spec.url, headers, body);
		sizes.push(Buffer.byteLength(answer.body));
		columns.push(await stages(spec, answer));
	}
	const rows = columns[0].map(([name], index) => [name, ...columns.map((column) => fixed(column[index][1], 1))]);
	return [
		`Where the shared layer's client CPU goes, without the network (µs per call, median of ${ROUNDS} interleaved rounds of ${CALLS} calls):`,
		'',
		table(['stage', ...specs.map((spec, index) => `${spec.operation} (${sizes[index]} B answer)`)], rows),
	].join('\n');
}
