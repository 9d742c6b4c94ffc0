/**
 * The nodes as tools of n8n's AI Agent in a real n8n (`npm run test:agent`):
 * the agent's OpenAI Chat Model talks to a scripted chat-completions stand-in
 * on 127.0.0.1 that calls our tools and answers; the test checks the tool
 * schemas the model got, that the tools ran with the model's arguments against
 * the emulator, and that no secret ever reached the model.
 */
const fs = require('node:fs');
const path = require('node:path');

const { install } = require('./install');
const { check } = require('./lib/check');
const { startChatStandIn } = require('./lib/chatStandIn');
const { credentials, LAYOUTS, packContents, REPO, startEmulated, WRONG_PASSWORD } = require('./lib/fixtures');
const { n8nEnv, parseRun, runCli, userFolderOf } = require('./lib/n8n');
const { onCleanup, tempDir } = require('./lib/processes');
const { runChecks } = require('./lib/runChecks');

const OPENAI_KEY = 'sk-e2e-stand-in-key-not-secret';
const ENCRYPTION_KEY = 'e2e-throwaway-key-not-a-secret';
const TWINFIELD = { twinfieldApi: { id: 'e2eTwinfieldDemo', name: 'Twinfield (emulator)' } };
const TSO = { twentyFourSevenOfficeApi: { id: 'e2eTsoDemo', name: '24SevenOffice (emulator)' } };

/** The Twinfield transactions the running emulator holds (the built emulator's own books, in this process). */
function storedTransactions() {
	return require(path.join(REPO, 'dist', 'test', 'emulator', 'twinfieldTransactions.js')).storedTransactions();
}

/** The last tool result the model got, parsed as n8n hands it on (a JSON text). */
function lastToolResult(request) {
	const text = request.toolResults[request.toolResults.length - 1] ?? '';
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** Every object inside a tool result, however deep n8n wrapped it. */
function objectsIn(value) {
	if (Array.isArray(value)) return value.flatMap(objectsIn);
	if (value && typeof value === 'object') return [value, ...Object.values(value).flatMap(objectsIn)];
	if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
		try {
			return objectsIn(JSON.parse(value));
		} catch {
			return [];
		}
	}
	return [];
}

/**
 * The scenarios: a prompt, the tool nodes connected to the agent, and the
 * script the stand-in answers with. `$fromAI` keys are what the model fills.
 */
function scenarios(prefix) {
	return [
		{
			id: 'e2eAgentCustomer',
			name: 'Agent: find a Twinfield customer by name',
			prompt: 'What is the customer code of Bakkerij de Gouden Korst in office DEMO1?',
			tools: [
				{
					name: 'Find Twinfield customers',
					type: `${prefix}.twinfieldTool`,
					credentials: TWINFIELD,
					parameters: {
						authentication: 'password',
						resource: 'customer',
						operation: 'getMany',
						office: { __rl: true, mode: 'id', value: 'DEMO1' },
						returnAll: false,
						limit: 5,
						filters: { search: "={{ $fromAI('customerName', 'Part of the customer name, e.g. Gouden Korst', 'string') }}" },
						options: {},
					},
				},
			],
			turns: [
				() => ({ toolCalls: [{ name: 'Find_Twinfield_customers', arguments: { customerName: 'Gouden Korst' } }] }),
				(request) => {
					const row = objectsIn(lastToolResult(request)).find((object) => typeof object.name === 'string' && object.type === 'DEB' && object.code !== undefined);
					return { answer: row ? `The customer code of ${row.name} is ${row.code}.` : 'I found no such customer.' };
				},
			],
		},
		{
			id: 'e2eAgentJournal',
			name: 'Agent: a draft journal entry from one sentence',
			prompt: 'Book 125.50 of office supplies paid from the bank on 15 March 2026 as a draft memorial entry in DEMO1.',
			tools: [
				{
					name: 'Create draft journal entry',
					type: `${prefix}.twinfieldTool`,
					credentials: TWINFIELD,
					parameters: {
						authentication: 'password',
						resource: 'transaction',
						operation: 'create',
						office: { __rl: true, mode: 'id', value: 'DEMO1' },
						daybookType: 'journal',
						date: "={{ $fromAI('date', 'The booking date as yyyy-mm-dd, e.g. 2026-03-15', 'string') }}",
						lines: {
							line: [
								{
									glAccount: { __rl: true, mode: 'id', value: "={{ $fromAI('debitAccount', 'The general ledger account to debit, e.g. 4000 for office costs', 'string') }}" },
									debitCredit: 'debit',
									amount: "={{ $fromAI('amount', 'The amount, a positive number with at most two decimals', 'number') }}",
									description: "={{ $fromAI('description', 'What the entry is for, in a few words, e.g. Office supplies', 'string') }}",
								},
								{
									glAccount: { __rl: true, mode: 'id', value: "={{ $fromAI('creditAccount', 'The general ledger account to credit, e.g. 1100 for the bank', 'string') }}" },
									debitCredit: 'credit',
									amount: "={{ $fromAI('amount', 'The amount, a positive number with at most two decimals', 'number') }}",
									description: "={{ $fromAI('description', 'What the entry is for, in a few words, e.g. Office supplies', 'string') }}",
								},
							],
						},
						options: {},
					},
				},
			],
			turns: [
				() => ({
					toolCalls: [{ name: 'Create_draft_journal_entry', arguments: { date: '2026-03-15', debitAccount: '4000', creditAccount: '1100', amount: 125.5, description: 'Office supplies' } }],
				}),
				(request) => {
					const saved = objectsIn(lastToolResult(request)).find((object) => object.daybook === 'MEMO' && object.number !== undefined);
					return { answer: saved?.number ? `Draft entry ${saved.number} is booked (${saved.status}).` : `It was not booked: ${JSON.stringify(lastToolResult(request)).slice(0, 300)}` };
				},
			],
		},
		{
			id: 'e2eAgentTso',
			name: 'Agent: a 24SevenOffice customer and its open orders',
			prompt: 'Look up the 24SevenOffice customer Fjord & Fjell and list its open sales orders.',
			tools: [
				{
					name: 'Find 24SevenOffice customers',
					type: `${prefix}.twentyFourSevenOfficeTool`,
					credentials: TSO,
					parameters: {
						resource: 'customer',
						operation: 'getMany',
						returnAll: false,
						limit: 5,
						filters: { name: "={{ $fromAI('customerName', 'Part of the customer name, e.g. Fjord', 'string') }}" },
					},
				},
				{
					name: 'List open sales orders',
					type: `${prefix}.twentyFourSevenOfficeTool`,
					credentials: TSO,
					parameters: {
						resource: 'salesOrder',
						operation: 'getMany',
						changedAfter: '2020-01-01T00:00:00',
						returnAll: true,
						filters: {
							customerId: "={{ $fromAI('customerId', 'The 24SevenOffice ID of the customer, a whole number the customer lookup gives', 'number') }}",
							statuses: ['Draft', 'Offer', 'Web', 'Confirmed', 'ForInvoicing'],
						},
					},
				},
			],
			turns: [
				() => ({ toolCalls: [{ name: 'Find_24SevenOffice_customers', arguments: { customerName: 'Fjord' } }] }),
				(request) => {
					const company = objectsIn(lastToolResult(request)).find((object) => typeof object.Name === 'string' && object.Id !== undefined);
					return company ? { toolCalls: [{ name: 'List_open_sales_orders', arguments: { customerId: company.Id } }] } : { answer: 'I found no such customer.' };
				},
				(request) => {
					const [companies, orders] = request.toolResults.map((text) => objectsIn(safeJson(text)));
					const company = companies?.find((object) => object.Name && object.Id !== undefined);
					const open = (orders ?? []).filter((object) => object.orderId !== undefined && object.status !== undefined);
					return { answer: `${company?.Name} (id ${company?.Id}): ${open.map((order) => `order ${order.orderId} (${order.status})`).join(', ')}` };
				},
			],
		},
		{
			id: 'e2eAgentSessions',
			name: 'Agent: session operations as tools',
			prompt: 'Make sure both services are logged on and tell me whether they are ready.',
			tools: [
				{ name: 'Twinfield log on', type: `${prefix}.twinfieldTool`, credentials: TWINFIELD, parameters: { authentication: 'password', resource: 'session', operation: 'logOn', options: {} } },
				{ name: '24SevenOffice ensure session', type: `${prefix}.twentyFourSevenOfficeTool`, credentials: TSO, parameters: { resource: 'session', operation: 'ensureSession', options: {} } },
				{ name: '24SevenOffice log in', type: `${prefix}.twentyFourSevenOfficeTool`, credentials: TSO, parameters: { resource: 'session', operation: 'logIn', options: {} } },
			],
			turns: [
				() => ({
					toolCalls: [
						{ name: 'Twinfield_log_on', arguments: {} },
						{ name: '24SevenOffice_ensure_session', arguments: {} },
						{ name: '24SevenOffice_log_in', arguments: {} },
					],
				}),
				(request) => ({ answer: `Results: ${request.toolResults.join(' | ')}` }),
			],
		},
		{
			id: 'e2eAgentRefused',
			name: 'Agent: a tool whose log-on Twinfield refuses',
			prompt: 'Which customers does office DEMO1 have whose name starts with A?',
			tools: [
				{
					name: 'Find Twinfield customers',
					type: `${prefix}.twinfieldTool`,
					credentials: { twinfieldApi: { id: 'e2eTwinfieldBad', name: 'Twinfield (emulator, wrong password)' } },
					parameters: {
						authentication: 'password',
						resource: 'customer',
						operation: 'getMany',
						office: { __rl: true, mode: 'id', value: 'DEMO1' },
						filters: { search: "={{ $fromAI('customerName', 'Part of the customer name, or a pattern where * is any text, e.g. A*', 'string') }}" },
						options: {},
					},
				},
			],
			turns: [
				() => ({ toolCalls: [{ name: 'Find_Twinfield_customers', arguments: { customerName: 'A*' } }] }),
				(request) => ({ answer: `The tool said: ${request.toolResults.join(' | ')}` }),
			],
		},
	];
}

function safeJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** One workflow: Start → [steps before] → AI Agent, with its chat model and tools. */
function agentWorkflow(scenario) {
	const node = (name, type, typeVersion, position, parameters, extra = {}) => ({ id: `${scenario.id}-${name}`.replace(/\W/g, '-'), name, type, typeVersion, position, parameters, ...extra });
	const chain = ['Start', ...(scenario.before ?? []).map((step) => step.name), 'AI Agent'];
	const nodes = [
		node('Start', 'n8n-nodes-base.manualTrigger', 1, [0, 0], {}),
		...(scenario.before ?? []).map((step, index) => node(step.name, step.type, 1, [200 * (index + 1), 0], step.parameters, { credentials: step.credentials })),
		node('AI Agent', '@n8n/n8n-nodes-langchain.agent', 3.1, [200 * chain.length, 0], { promptType: 'define', text: scenario.prompt, options: {} }),
		node('OpenAI Chat Model', '@n8n/n8n-nodes-langchain.lmChatOpenAi', 1.3, [200 * chain.length, 200], {
			model: { __rl: true, mode: 'id', value: 'gpt-4o-mini' },
			responsesApiEnabled: false,
			options: {},
		}, { credentials: { openAiApi: { id: 'e2eOpenAiStandIn', name: 'OpenAI (stand-in)' } } }),
		...scenario.tools.map((tool, index) => node(tool.name, tool.type, tool.type.includes('twinfield') ? 1.1 : 1, [200 * (chain.length + index), 400], tool.parameters, { credentials: tool.credentials })),
	];
	const connections = {};
	for (let index = 0; index < chain.length - 1; index++) connections[chain[index]] = { main: [[{ node: chain[index + 1], type: 'main', index: 0 }]] };
	connections['OpenAI Chat Model'] = { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] };
	for (const tool of scenario.tools) connections[tool.name] = { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] };
	return { id: scenario.id, name: scenario.name, active: false, settings: { executionOrder: 'v1' }, nodes, connections };
}

/** The items a node put out on its first output (or its ai_tool output), last run. */
function outputOf(run, nodeName) {
	const runs = run?.data?.resultData?.runData?.[nodeName] ?? [];
	return runs.flatMap((entry) => (entry.data?.main?.[0] ?? entry.data?.ai_tool?.[0] ?? []).map((item) => item.json));
}

/** Values that must never reach a model: passwords, client secret, keys, and every session ID and token the emulator handed out. */
function secretValues(emulated, extra) {
	const { emulator, server } = emulated;
	const values = new Set([
		emulator.twinfieldDemo.password,
		emulator.tsoDemo.password,
		emulator.twinfieldOAuthClient.clientSecret,
		OPENAI_KEY,
		ENCRYPTION_KEY,
		...extra,
	]);
	for (const request of server.requests) {
		for (const match of request.body.matchAll(/<(?:\w+:)?(?:SessionID|AccessToken|sessionId|token)>([^<]+)</gi)) values.add(match[1]);
		const cookie = String(request.headers.cookie ?? '');
		for (const match of cookie.matchAll(/=([^;\s]+)/g)) values.add(match[1]);
	}
	return [...values].filter((value) => typeof value === 'string' && value.length >= 6);
}

/** Shapes of secrets, whatever their value: the field names our session operations use and the SOAP parts that carry them. */
const SECRET_SHAPES = [/"sessionId"\s*:\s*"[^"]/, /"soapHeader"\s*:/, /"cookie"\s*:/, /"accessToken"\s*:/, /"refreshToken"\s*:/, /<SessionID>/i, /<AccessToken>/i, /ASP\.NET_SessionId=/];

function checkTools(scenario, conversations) {
	const first = conversations[0];
	const tools = first?.tools ?? [];
	for (const tool of scenario.tools) {
		const expectedName = tool.name.replace(/[^a-zA-Z0-9_-]+/g, '_');
		const offered = tools.find((entry) => entry.function?.name === expectedName)?.function;
		if (!check(`${scenario.name}: the model is offered the tool ${expectedName}`, offered, JSON.stringify(tools.map((entry) => entry.function?.name)))) continue;
		// n8n describes a tool without a description of its own as "<our action> in <node>".
		check(
			`${scenario.name}: ${expectedName} has a description a model understands`,
			/ in (Twinfield|24SevenOffice)$/.test(offered.description) && offered.description.length >= 15 && !/undefined|\[object/i.test(offered.description),
			offered.description,
		);
		const keys = [...new Set([...JSON.stringify(tool.parameters).matchAll(/\$fromAI\('(\w+)', '([^']+)', '(\w+)'\)/g)].map((match) => `${match[1]}|${match[2]}|${match[3]}`))];
		const properties = offered.parameters?.properties ?? {};
		const complete = keys.every((entry) => {
			const [key, description, type] = entry.split('|');
			return properties[key]?.description === description && properties[key]?.type === type && (offered.parameters.required ?? []).includes(key);
		});
		check(
			`${scenario.name}: ${expectedName} takes exactly its $fromAI parameters (${keys.map((entry) => entry.split('|')[0]).join(', ') || 'none'}), each described, typed and required`,
			complete && Object.keys(properties).length === keys.length,
			JSON.stringify(offered.parameters, null, 2),
		);
	}
}

/** The tools as the model saw them: name, description and parameters, one line each. */
function toolSchemaText(conversations) {
	const lines = [];
	for (const { function: tool } of conversations[0]?.tools ?? []) {
		lines.push(`${tool.name}: "${tool.description}"`);
		const required = tool.parameters?.required ?? [];
		for (const [key, property] of Object.entries(tool.parameters?.properties ?? {})) {
			lines.push(`  ${key} (${property.type}${required.includes(key) ? ', required' : ''}): ${property.description ?? '(no description)'}`);
		}
		if (Object.keys(tool.parameters?.properties ?? {}).length === 0) lines.push('  (no parameters)');
	}
	return lines;
}

function checkNoSecrets(scenario, standIn, secrets) {
	const everything = standIn
		.received()
		.map((entry) => `${JSON.stringify(entry.headers)}\n${entry.body}`)
		.join('\n');
	const bodies = standIn.received().map((entry) => entry.body).join('\n');
	const leakedValues = secrets.filter((value) => everything.includes(value) && value !== OPENAI_KEY);
	const leakedShapes = SECRET_SHAPES.filter((shape) => shape.test(bodies)).map(String);
	check(
		`${scenario.name}: no password, client secret, token, session ID, cookie or SOAP header reached the model`,
		leakedValues.length === 0 && leakedShapes.length === 0,
		`values: ${leakedValues.map((value) => `${value.slice(0, 4)}…`).join(', ')}; shapes: ${leakedShapes.join(', ')}\n${bodies.slice(0, 3000)}`,
	);
	// The stand-in is the provider: it may see the API key in the Authorization header, never in what the model reads.
	check(`${scenario.name}: the OpenAI key only went in the Authorization header`, !bodies.includes(OPENAI_KEY));
}

async function runScenario(scenario, ctx) {
	ctx.standIn.clear();
	const before = ctx.emulated.server.requests.length;
	const started = Date.now();
	const result = await runCli(ctx.n8n, ctx.env, ['execute', `--id=${scenario.id}`, '--rawOutput']);
	console.log(`  ${scenario.name}: n8n execute exited with ${result.code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
	let run;
	try {
		run = parseRun(result.stdout);
	} catch {
		run = undefined;
	}
	const finished = (result.code === 0 || (result.code === 'SIGSEGV' && run?.data?.resultData && !run.data.resultData.error)) && run;
	const conversations = ctx.standIn.conversations();
	if (!check(`${scenario.name}: the workflow succeeds`, finished, result.output.slice(-4000))) return {};
	check(`${scenario.name}: the agent asked the model ${scenario.turns.length} times`, conversations.length === scenario.turns.length, `${conversations.length} requests`);
	checkTools(scenario, conversations);
	console.log(`    the tools the model saw:\n${toolSchemaText(conversations).map((line) => `      ${line}`).join('\n')}`);
	const sent = ctx.emulated.server.requests.slice(before);
	const answer = outputOf(run, 'AI Agent')[0]?.output;
	console.log(`    the agent answered: ${String(answer).slice(0, 300)}`);
	console.log(`    requests to the emulator: ${JSON.stringify(countOperations(sent))}`);
	return { run, answer, sent, conversations };
}

function countOperations(requests) {
	const counts = {};
	for (const request of requests) counts[request.operation ?? request.path] = (counts[request.operation ?? request.path] ?? 0) + 1;
	return counts;
}

async function main() {
	const n8n = install();
	const pack = packContents();
	const emulated = await startEmulated();
	const all = scenarios(pack.name);
	const standIn = await startChatStandIn(all.map(({ prompt, turns }) => ({ prompt, turns })));
	onCleanup(() => standIn.close());
	console.log(`  ${pack.name}@${pack.version}; emulator ${emulated.urls.twinfieldLoginUrl}; chat stand-in ${standIn.url}`);

	const root = path.join(tempDir(), 'agent');
	const env = n8nEnv(n8n, root, LAYOUTS.community.stage(userFolderOf(root)));
	const imports = path.join(root, 'imports');
	fs.mkdirSync(path.join(imports, 'workflows'), { recursive: true });
	const creds = [
		...credentials(emulated.emulator, emulated.urls),
		{ id: 'e2eOpenAiStandIn', name: 'OpenAI (stand-in)', type: 'openAiApi', data: { apiKey: OPENAI_KEY, url: standIn.url, header: false } },
	];
	fs.writeFileSync(path.join(imports, 'credentials.json'), JSON.stringify(creds, null, 2));
	for (const scenario of all) fs.writeFileSync(path.join(imports, 'workflows', `${scenario.id}.json`), JSON.stringify(agentWorkflow(scenario), null, 2));
	const imported = await runCli(n8n, env, ['import:credentials', `--input=${path.join(imports, 'credentials.json')}`]);
	check('n8n imports the credentials, the stand-in OpenAI one too', imported.code === 0, imported.output);
	const flows = await runCli(n8n, env, ['import:workflow', '--separate', `--input=${path.join(imports, 'workflows')}`]);
	check(`n8n imports the ${all.length} agent workflows`, flows.code === 0, flows.output);

	const ctx = { n8n, env, emulated, standIn };
	const byId = Object.fromEntries(all.map((scenario) => [scenario.id, scenario]));
	const secretsFor = () => secretValues(emulated, []);

	const customer = await runScenario(byId.e2eAgentCustomer, ctx);
	if (customer.run) {
		const finder = customer.sent.filter((request) => request.operation === 'Search');
		const reads = customer.sent.filter((request) => request.operation === 'ProcessXmlString' || request.operation === 'ProcessXmlDocument');
		check(
			"customer: Get Many searched office DEMO1 once with the model's name (the Finder's *Gouden Korst*) and read the one customer found",
			finder.length === 1 && finder[0].body.includes('*Gouden Korst*') && finder[0].body.includes('DEMO1') && reads.length === 1,
			JSON.stringify(customer.sent.map((request) => [request.operation, request.body.slice(0, 600)])),
		);
		check('customer: the agent answers with the code the tool found (1001)', customer.answer === 'The customer code of Bakkerij de Gouden Korst is 1001.', customer.answer);
		checkNoSecrets(byId.e2eAgentCustomer, standIn, secretsFor());
	}

	const booksBefore = storedTransactions().length;
	const journal = await runScenario(byId.e2eAgentJournal, ctx);
	if (journal.run) {
		const posted = journal.sent.filter((request) => request.operation === 'ProcessXmlString' || request.operation === 'ProcessXmlDocument');
		check('journal: Transaction → Create sent one message to Twinfield', posted.length === 1, JSON.stringify(countOperations(journal.sent)));
		const added = storedTransactions().slice(booksBefore);
		const entry = added[0];
		const line = (dim1, side) => entry?.lines.find((candidate) => candidate.dim1 === dim1 && candidate.debitCredit === side && candidate.cents === 12550 && candidate.description === 'Office supplies');
		check(
			"journal: the emulator holds one new provisional MEMO transaction in DEMO1 with the model's date, accounts, amount and description",
			added.length === 1 && entry.office === 'DEMO1' && entry.code === 'MEMO' && entry.location === 'temporary' && entry.date === '20260315' && entry.lines.length === 2 && line('4000', 'debit') && line('1100', 'credit'),
			JSON.stringify(added, null, 1),
		);
		check('journal: the agent reports the draft entry Twinfield numbered', String(journal.answer) === `Draft entry ${entry?.number} is booked (provisional).`, journal.answer);
		checkNoSecrets(byId.e2eAgentJournal, standIn, secretsFor());
	}

	const tso = await runScenario(byId.e2eAgentTso, ctx);
	if (tso.run) {
		const companies = tso.sent.filter((request) => request.operation === 'GetCompanies');
		const orders = tso.sent.filter((request) => request.operation === 'GetInvoices');
		check("24SevenOffice: Customer → Get Many ran GetCompanies once with the model's name", companies.length === 1 && /<CompanyName>Fjord<\/CompanyName>/.test(companies[0].body), JSON.stringify(companies.map((request) => request.body)));
		check(
			"24SevenOffice: Sales Order → Get Many ran GetInvoices once for the customer ID the model took from the first tool (2)",
			orders.length === 1 && /<CustomerIds>\s*<int>2<\/int>\s*<\/CustomerIds>/.test(orders[0].body.replace(/<(\/?)\w+:/g, '<$1')),
			JSON.stringify(orders.map((request) => request.body)),
		);
		// The emulator's seeded orders of customer 2: 101 (Draft) and 103 (Offer); 102 (Invoiced) is another customer's.
		check('24SevenOffice: the agent names the customer and its two open orders', tso.answer === 'Fjord & Fjell <Consult> (id 2): order 101 (Draft), order 103 (Offer)', tso.answer);
		checkNoSecrets(byId.e2eAgentTso, standIn, secretsFor());
	}

	const sessions = await runScenario(byId.e2eAgentSessions, ctx);
	if (sessions.run) {
		const results = sessions.conversations[1]?.messages?.filter((message) => message.role === 'tool') ?? [];
		check('sessions: the three session tools ran and answered the model', results.length === 3, JSON.stringify(results));
		const objects = results.flatMap((message) => objectsIn(safeJson(message.content)));
		check(
			'sessions: the model still learns that the sessions are ready',
			objects.some((object) => object.ready === true) && objects.filter((object) => object.authenticated === true).length === 2,
			JSON.stringify(results),
		);
		checkNoSecrets(byId.e2eAgentSessions, standIn, secretsFor());
	}

	const refused = await runScenario(byId.e2eAgentRefused, ctx);
	if (refused.run) {
		check('refused log-on: the model learns why the tool failed', /rejected the user name, password or organisation/.test(String(refused.answer)), refused.answer);
		checkNoSecrets(byId.e2eAgentRefused, standIn, [...secretsFor(), WRONG_PASSWORD]);
	}
}

runChecks('agent e2e setup', main);
