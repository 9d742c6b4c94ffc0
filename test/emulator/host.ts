/**
 * One HTTP server of the emulator: records each request, serves the control
 * endpoints, applies injections, routes SOAP posts to their endpoint. Sockets
 * and timers are tracked so close() never waits for a client or a slow reply.
 */
import { createServer, IncomingMessage, ServerResponse } from 'http';
import type { AddressInfo, Socket } from 'net';
import type { HttpRequestInfo, Injection, RecordedRequest, Reply, ServiceName } from './types';
import { countByOperation } from './counts';
import { injectedAnswer } from './injections';
import { htmlReply, readSoapCall, SoapEndpoint, soapFault, textReply, versionOfContentType } from './soap';
import { asksForWsdl, wsdlReply } from './wsdl';
import { leafValues, parseXml, XmlElement } from './xml';

/** What every host shares with the emulator as a whole. */
export interface HostControls {
	record(request: RecordedRequest): void;
	takeInjection(service: ServiceName, operation?: string, named?: boolean): Injection | undefined;
	/** Validates and queues; throws on an invalid injection. */
	inject(value: unknown): void;
	reset(): void;
	expire(): void;
	requests(): RecordedRequest[];
	/** Twinfield fair-use credits spent since the last reset. */
	credits(): number;
}

export interface Host {
	url: string;
	port: number;
	close(): Promise<void>;
}

/** Answers plain HTTP paths of a host (e.g. OAuth endpoints) before SOAP routing; undefined passes on. */
export type HttpHandler = (http: HttpRequestInfo, query: URLSearchParams) => Reply | undefined;

export function startHost(
	service: ServiceName,
	endpoints: SoapEndpoint[],
	controls: HostControls,
	port: number,
	httpHandler?: HttpHandler,
): Promise<Host> {
	const sockets = new Set<Socket>();
	const timers = new Set<NodeJS.Timeout>();
	/** Known once listening; WSDLs point clients at it. */
	let baseUrl = '';

	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('error', () => res.destroy());
		req.on('end', () => {
			const http: HttpRequestInfo = {
				method: req.method ?? 'GET',
				path: (req.url ?? '/').split('?')[0],
				headers: req.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			};
			safely(res, http, () => handle(http, req, res));
		});
	});

	function handle(http: HttpRequestInfo, req: IncomingMessage, res: ServerResponse): void {
		const lowerPath = http.path.toLowerCase();
		const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
		if (lowerPath.startsWith('/_emulator/')) return writeReply(res, httpHandler?.(http, query) ?? control(lowerPath, http));

		const record = recordOf(service, http);
		controls.record(record);
		const plain = httpHandler?.(http, query);
		if (plain !== undefined) {
			// A plain (OAuth) endpoint misbehaves only when an injection names it, e.g. operation "accesstokenvalidation".
			const injection = controls.takeInjection(service, lowerPath.split('/').pop(), true);
			if (injection === undefined) return writeReply(res, plain);
			const answer = injectedAnswer(injection, http, '');
			if (answer.type === 'reply') return writeReply(res, answer.reply);
			if (answer.type === 'truncated') return writeReply(res, { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"twf.' });
			const timer = setTimeout(() => {
				timers.delete(timer);
				if (!res.destroyed && !req.destroyed) writeReply(res, plain);
			}, answer.delayMs);
			timers.add(timer);
			return;
		}
		const endpoint = endpoints.find((item) => item.path === lowerPath);
		if (endpoint === undefined) {
			return writeReply(res, htmlReply(404, 'The resource cannot be found.', `HTTP 404. ${http.path}`));
		}
		if (http.method === 'GET') {
			const wsdl = asksForWsdl(req.url) ? wsdlReply(endpoint.path, `${baseUrl}${endpoint.path}`) : undefined;
			return writeReply(res, wsdl ?? helpPage(endpoint));
		}
		if (http.method !== 'POST') {
			const reply = htmlReply(405, 'Method Not Allowed', 'Only POST is accepted here.');
			reply.headers.Allow = 'POST';
			return writeReply(res, reply);
		}

		const answerNormally = () => {
			const result = readSoapCall(http, endpoint);
			writeReply(res, 'reply' in result ? result.reply : endpoint.handle(result.call));
		};
		const injection = controls.takeInjection(service, record.operation);
		if (injection === undefined) return answerNormally();
		if (injection.kind === 'endSessions') {
			// The service ends every session right before this request, as an idle timeout would.
			controls.expire();
			return answerNormally();
		}

		const answer = injectedAnswer(injection, http, endpoint.namespace);
		if (answer.type === 'reply') return writeReply(res, answer.reply);
		if (answer.type === 'truncated') {
			// No Content-Length: chunked, so the cut is only visible in the XML.
			res.writeHead(200, { 'Content-Type': answer.contentType });
			res.write(answer.partial);
			res.end();
			return;
		}
		const timer = setTimeout(() => {
			timers.delete(timer);
			if (!res.destroyed && !req.destroyed) safely(res, http, answerNormally);
		}, answer.delayMs);
		timers.add(timer);
	}

	function control(lowerPath: string, http: HttpRequestInfo): Reply {
		const action = lowerPath.slice('/_emulator/'.length);
		if (action === 'requests' && http.method === 'GET') {
			return textReply(200, 'application/json; charset=utf-8', JSON.stringify(controls.requests()));
		}
		if (action === 'counts' && http.method === 'GET') {
			return textReply(200, 'application/json; charset=utf-8', JSON.stringify(countByOperation(controls.requests())));
		}
		if (action === 'credits' && http.method === 'GET') {
			return textReply(200, 'application/json; charset=utf-8', JSON.stringify(controls.credits()));
		}
		if (!['inject', 'reset', 'expire'].includes(action)) {
			return textReply(404, 'text/plain; charset=utf-8', 'Unknown control');
		}
		if (http.method !== 'POST') return textReply(405, 'text/plain; charset=utf-8', 'Use POST');
		try {
			if (action === 'inject') controls.inject(JSON.parse(http.body));
			else if (action === 'reset') controls.reset();
			else controls.expire();
		} catch (error) {
			return textReply(400, 'text/plain; charset=utf-8', (error as Error).message);
		}
		return { status: 204, headers: {}, body: '' };
	}

	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', reject);
			const actual = (server.address() as AddressInfo).port;
			baseUrl = `http://127.0.0.1:${actual}`;
			resolve({
				url: baseUrl,
				port: actual,
				close: () =>
					new Promise<void>((done) => {
						for (const timer of timers) clearTimeout(timer);
						timers.clear();
						server.close(() => done());
						for (const socket of sockets) socket.destroy();
					}),
			});
		});
	});
}

/** A bug in a handler becomes a Server fault, never a crashed test run. */
function safely(res: ServerResponse, http: HttpRequestInfo, run: () => void): void {
	try {
		run();
	} catch (error) {
		const version = versionOfContentType(http.headers['content-type']) ?? '1.1';
		writeReply(res, soapFault(version, { code: 'Server', message: `Emulator error: ${(error as Error).message}` }));
	}
}

function writeReply(res: ServerResponse, reply: Reply): void {
	if (res.destroyed || res.headersSent) return;
	const headers: Record<string, string | string[] | number> = { ...reply.headers };
	if (reply.status !== 204) headers['Content-Length'] = Buffer.byteLength(reply.body);
	res.writeHead(reply.status, headers);
	res.end(reply.status === 204 ? undefined : reply.body);
}

/** ASP.NET shows a help page for GET on an .asmx; a short one is enough here. */
function helpPage(endpoint: SoapEndpoint): Reply {
	const operations = endpoint.operations.join(', ');
	return htmlReply(200, 'Web service', `Operations: ${operations}. Namespace: ${endpoint.namespace}`);
}

function recordOf(service: ServiceName, http: HttpRequestInfo): RecordedRequest {
	const record: RecordedRequest = {
		service,
		method: http.method,
		path: http.path,
		headers: { ...http.headers },
		body: http.body,
	};
	const operation = operationElement(http.body);
	if (operation !== undefined) {
		record.operation = operation.local;
		record.values = leafValues(operation);
	}
	return record;
}

/** Best effort: the first element of the Body, whatever the prefixes or SOAP version. */
function operationElement(body: string): XmlElement | undefined {
	try {
		const root = parseXml(body);
		return root.children.find((item) => item.local === 'Body')?.children[0];
	} catch {
		return undefined;
	}
}
