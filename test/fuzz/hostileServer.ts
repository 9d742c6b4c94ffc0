/** A real HTTP server on 127.0.0.1 that answers each request with the current hostile recipe. */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

import { bodyChunks, type Answer, type Recipe } from './hostileAnswers';

export interface HostileServer {
	url: string;
	/** The recipe for the next requests. */
	use(recipe: Recipe): void;
	/** Answers given since the last `use`. */
	answers: Answer[];
	/** Body bytes written since the last `use`. */
	bytesWritten(): number;
	close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
	let recipe: Recipe | undefined;
	let written = 0;
	const answers: Answer[] = [];
	const sockets = new Set<Socket>();
	const timers = new Set<NodeJS.Timeout>();
	const later = (ms: number, run: () => void) => {
		const timer = setTimeout(() => {
			timers.delete(timer);
			run();
		}, ms);
		timers.add(timer);
	};

	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const item = recipe?.(Buffer.concat(chunks).toString('utf8'));
			if (!item) return void res.destroy();
			answers.push(item);
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
					written += 1;
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
						written += chunk.length;
						res.write(chunk, () => req.socket.destroy());
						return;
					}
					sent += chunk.length;
					written += chunk.length;
					// Wait for the client to take the data: a client that stops reading stops the server too.
					if (!res.write(chunk)) return void res.once('drain', pump);
				}
				res.end();
			};
			pump();
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		answers,
		use(next) {
			recipe = next;
			written = 0;
			answers.length = 0;
		},
		bytesWritten: () => written,
		async close() {
			for (const timer of timers) clearTimeout(timer);
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
