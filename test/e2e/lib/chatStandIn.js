/**
 * A scripted stand-in for OpenAI's chat-completions endpoint on 127.0.0.1: it
 * answers each request from the script whose prompt the conversation starts
 * with (tool calls in OpenAI's format, then a final answer), streaming or not,
 * and records every request the model would have received.
 */
const http = require('node:http');

/**
 * `scripts`: [{ prompt, turns: [(request) => ({ toolCalls: [{ name, arguments }] } | { answer: 'text' })] }].
 * The turn is the number of assistant messages already in the conversation.
 */
async function startChatStandIn(scripts) {
	const received = [];
	let callIds = 0;

	function reply(body) {
		const messages = body.messages ?? [];
		const userText = messages.filter((message) => message.role === 'user').map((message) => textOf(message.content)).join('\n');
		const script = scripts.find((candidate) => userText.includes(candidate.prompt));
		if (!script) return { answer: `No script for the prompt: ${userText.slice(0, 200)}` };
		const turn = messages.filter((message) => message.role === 'assistant').length;
		const step = script.turns[Math.min(turn, script.turns.length - 1)];
		return step({ ...body, toolResults: messages.filter((message) => message.role === 'tool').map((message) => textOf(message.content)) });
	}

	function completion(model, step) {
		const toolCalls = (step.toolCalls ?? []).map((call) => ({
			id: `call_${++callIds}`,
			type: 'function',
			function: { name: call.name, arguments: JSON.stringify(call.arguments) },
		}));
		const message = toolCalls.length ? { role: 'assistant', content: null, tool_calls: toolCalls } : { role: 'assistant', content: step.answer };
		return {
			id: `chatcmpl-${callIds}-${Date.now()}`,
			object: 'chat.completion',
			created: Math.floor(Date.now() / 1000),
			model,
			choices: [{ index: 0, message, logprobs: null, finish_reason: toolCalls.length ? 'tool_calls' : 'stop' }],
			usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
		};
	}

	/** The same completion as server-sent chunks, as OpenAI streams it. */
	function chunks(full) {
		const { message, finish_reason: finish } = full.choices[0];
		const base = { id: full.id, object: 'chat.completion.chunk', created: full.created, model: full.model };
		const delta = message.tool_calls
			? { role: 'assistant', content: null, tool_calls: message.tool_calls.map((call, index) => ({ index, ...call })) }
			: { role: 'assistant', content: message.content };
		return [
			{ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: null }] },
			{ ...base, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: finish }] },
			{ ...base, choices: [], usage: full.usage },
		];
	}

	const server = http.createServer((request, response) => {
		let raw = '';
		request.setEncoding('utf8');
		request.on('data', (chunk) => (raw += chunk));
		request.on('end', () => {
			received.push({ method: request.method, path: request.url, headers: request.headers, body: raw });
			if (request.method === 'GET' && request.url.endsWith('/models')) {
				response.writeHead(200, { 'content-type': 'application/json' });
				response.end(JSON.stringify({ object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', owned_by: 'stand-in' }] }));
				return;
			}
			if (request.method !== 'POST' || !request.url.endsWith('/chat/completions')) {
				response.writeHead(404, { 'content-type': 'application/json' });
				response.end(JSON.stringify({ error: { message: `Not served: ${request.method} ${request.url}` } }));
				return;
			}
			let body;
			try {
				body = JSON.parse(raw);
			} catch {
				response.writeHead(400, { 'content-type': 'application/json' });
				response.end(JSON.stringify({ error: { message: 'The body is not JSON' } }));
				return;
			}
			const full = completion(body.model ?? 'gpt-4o-mini', reply(body));
			if (body.stream) {
				response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
				for (const chunk of chunks(full)) response.write(`data: ${JSON.stringify(chunk)}\n\n`);
				response.end('data: [DONE]\n\n');
				return;
			}
			response.writeHead(200, { 'content-type': 'application/json' });
			response.end(JSON.stringify(full));
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${server.address().port}/v1`;
	return {
		url,
		/** Every chat-completions request body received, parsed. */
		conversations: () => received.filter((entry) => entry.path.endsWith('/chat/completions')).map((entry) => JSON.parse(entry.body)),
		/** Everything received, raw: what a real model provider would have seen. */
		received: () => received,
		clear: () => (received.length = 0),
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

function textOf(content) {
	if (typeof content === 'string') return content;
	if (Array.isArray(content)) return content.map((part) => (typeof part === 'string' ? part : (part.text ?? ''))).join('');
	return '';
}

module.exports = { startChatStandIn };
