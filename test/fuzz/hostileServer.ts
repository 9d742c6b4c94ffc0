/** A proxy in front of the emulator that bends the answer to one chosen operation. */
/*
 * A proxy on 127.0.0.1 in front of the emulator: every request goes on to the
 * emulator and its correct answer comes back, with the emulator's addresses
 * turned into the proxy's, except that the answer to one chosen operation is
 * first bent by the current Mutation. So a whole workflow runs as usual up to
 * the step under test, and that step gets the hostile answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import type { Emulator } from '../emulator';
import { bodyChunks, type Answer, type Good, type Mutation } from './hostileAnswers';

export interface HostileProxy {
	/** The proxy's address for each of the emulator's: login host, cluster host, 24SevenOffice. */
	twinfieldLoginUrl: string;
	twinfieldClusterUrl: string;
	twentyFourSevenOfficeUrl: string;
	/** Bend the answers to `operation` (SOAP operation, or the last path segment of other requests) with `mutation` from now on. */
	use(operation: string, mutation: Mutation | undefined): void;
	/** The answers the chosen operation got since the last `use`, with the correct answer each was made from. */
	served: Array<{ answer: Answer; good: Good; request: string }>;
	/** Operations asked for since the last `use`, in order. */
	asked: string[];
	/** Body bytes written for the chosen operation since the last `use`. */
	bytesWritten(): number;
	close(): Promise<void>;
}

/** The SOAP operation a request asks for: from SOAPAction, the SOAP 1.2 action, the body, or else the path's last segment. */
export function operationOf(req: IncomingMessage, body: string): string {
	const action = String(req.headers.soapaction ?? '') || /action="([^"]*)"/.exec(String(req.headers['content-type'] ?? ''))?.[1] || '';
	const fromAction = action.replace(/"/g, '').split('/').pop();
	if (fromAction) return fromAction;
	const element = /<(?:[\w.-]+:)?Body\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)/.exec(body)?.[1];
	return element ?? (req.url ?? '').split('?')[0].split('/').filter(Boolean).pop() ?? '';
}

export async function startHostileProxy(emulator: Emulator): Promise<HostileProxy> {
	let target = '';
	let mutation: Mutation | undefined;
	let written = 0;
	const served: HostileProxy['served'] = [];
	const asked: string[] = [];
	const sockets = new Set<Socket>();
	const timers = new Set<NodeJS.Timeout>();
	const later = (ms: number, run: () => void) => {
		const timer = setTimeout(() => {
			timers.delete(timer);
			run();
		}, ms);
		timers.add(timer);
	};
	/** Pairs of [emulator address, proxy address], filled once the proxies listen. */
	const addresses: Array<[string, string]> = [];
	const toProxy = (text: string) => addresses.reduce((out, [from, to]) => out.split(from).join(to), text);

	function send(req: IncomingMessage, res: ServerResponse, item: Answer, count: boolean): void {
		const add = (bytes: number) => {
			if (count) written += bytes;
		};
		const { delivery } = item;
		if (delivery.kind === 'reset' && delivery.afterBytes === 0) return void req.socket.destroy();
		if (delivery.kind === 'silent' && !delivery.afterHeaders) return;
		res.writeHead(item.status, item.headers);
		if (delivery.kind === 'silent') return void res.flushHeaders();
		if (delivery.kind === 'trickle') {
			let at = 0;
			const drip = () => {
				if (res.destroyed) return;
				if (at >= item.body.length) return void res.end();
				add(1);
				res.write(item.body.slice(at, ++at));
				later(delivery.everyMs, drip);
			};
			return void drip();
		}
		const source = bodyChunks(item);
		let sent = 0;
		const pump = () => {
			for (let next = source.next(); !next.done; next = source.next()) {
				if (res.destroyed) return;
				let chunk = next.value;
				if (delivery.kind === 'reset' && sent + chunk.length >= delivery.afterBytes) {
					chunk = chunk.slice(0, delivery.afterBytes - sent);
					add(chunk.length);
					res.write(chunk, () => req.socket.destroy());
					return;
				}
				sent += chunk.length;
				add(chunk.length);
				// Wait for the client to take the data: a client that stops reading stops the server too.
				if (!res.write(chunk)) return void res.once('drain', pump);
			}
			res.end();
		};
		pump();
	}

	async function handle(upstream: string, req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
		const operation = operationOf(req, body);
		asked.push(operation);
		const headers: Record<string, string> = {};
		for (const [name, value] of Object.entries(req.headers)) {
			if (value === undefined || ['host', 'content-length', 'connection', 'accept-encoding'].includes(name)) continue;
			headers[name] = Array.isArray(value) ? value.join(', ') : value;
		}
		const forwarded = await fetch(`${upstream}${req.url ?? '/'}`, { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body, redirect: 'manual' });
		const goodHeaders: Good['headers'] = {};
		forwarded.headers.forEach((value, name) => {
			if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'set-cookie', 'keep-alive', 'date'].includes(name)) goodHeaders[name] = toProxy(value);
		});
		const cookies = forwarded.headers.getSetCookie();
		if (cookies.length) goodHeaders['set-cookie'] = cookies;
		const good: Good = { status: forwarded.status, headers: goodHeaders, body: toProxy(await forwarded.text()) };
		const bend = mutation && operation.toLowerCase() === target.toLowerCase();
		const item: Answer = bend
			? mutation!.apply(good, body)
			: { category: 'correct', status: good.status, headers: good.headers, body: new TextEncoder().encode(good.body), delivery: { kind: 'whole' } };
		if (bend) {
			// Cookies of the correct answer stay: the mutation is about the body.
			if (cookies.length && !item.headers['set-cookie']) item.headers = { ...item.headers, 'set-cookie': cookies };
			served.push({ answer: item, good, request: body });
		}
		send(req, res, item, Boolean(bend));
	}

	async function listen(upstream: string): Promise<{ server: Server; url: string }> {
		const server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				handle(upstream, req, res, Buffer.concat(chunks).toString('utf8')).catch(() => res.destroy());
			});
		});
		server.on('connection', (socket) => {
			sockets.add(socket);
			socket.on('close', () => sockets.delete(socket));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
	}

	const upstreams = [emulator.twinfieldLoginUrl, emulator.twinfieldClusterUrl, emulator.twentyFourSevenOfficeUrl];
	const proxies = await Promise.all(upstreams.map(listen));
	upstreams.forEach((upstream, index) => addresses.push([upstream, proxies[index].url]));
	return {
		twinfieldLoginUrl: proxies[0].url,
		twinfieldClusterUrl: proxies[1].url,
		twentyFourSevenOfficeUrl: proxies[2].url,
		served,
		asked,
		use(operation, next) {
			target = operation;
			mutation = next;
			written = 0;
			served.length = 0;
			asked.length = 0;
		},
		bytesWritten: () => written,
		async close() {
			for (const timer of timers) clearTimeout(timer);
			for (const socket of sockets) socket.destroy();
			await Promise.all(proxies.map(({ server }) => new Promise<void>((resolve) => server.close(() => resolve()))));
		},
	};
}
