/**
 * What a user of the editor gets: one `n8n start`, owner set up through the
 * REST API, then the node and credential types n8n serves (with the AI-tool
 * variants n8n derives from `usableAsTool`), their icons, and the credential
 * tests the editor's "Test" button runs.
 */
const { check } = require('./lib/check');
const { WRONG_PASSWORD } = require('./lib/fixtures');
const { startServer } = require('./lib/n8n');
const { connectTwinfieldOAuth } = require('./oauth');
const { listedNodes, searchNodes } = require('./lib/nodeSearch');

const PACKAGE = 'n8n-nodes-twinfield-24sevenoffice';
const OWNER = { email: 'demo@example.com', firstName: 'Demo', lastName: 'User', password: 'Demo-password-1' };
const NODES = { twinfield: 'twinfieldApi', twentyFourSevenOffice: 'twentyFourSevenOfficeApi' };
const REJECTED = 'Twinfield rejected the user name, password or organisation';

/** Words a person may type into the editor's node panel, and the nodes each must find. */
const BOTH = ['twinfield', 'twentyFourSevenOffice'];
const SEARCHES = {
	Twinfield: ['twinfield'],
	'24SevenOffice': ['twentyFourSevenOffice'],
	24: ['twentyFourSevenOffice'],
	'24 seven': ['twentyFourSevenOffice'],
	'twenty four': ['twentyFourSevenOffice'],
	TwentyFourSevenOffice: ['twentyFourSevenOffice'],
	session: BOTH,
	'log on': BOTH,
	login: BOTH,
	identity: BOTH,
	accounting: BOTH,
	bookkeeping: BOTH,
	SOAP: BOTH,
};
/** Found means: within the first rows of the list, where a person sees it without scrolling. */
const SEARCH_TOP = 5;

/** A logged-in REST client for one n8n server. */
async function logIn(url) {
	const json = { 'content-type': 'application/json' };
	const setup = await fetch(`${url}/rest/owner/setup`, { method: 'POST', headers: json, body: JSON.stringify(OWNER) });
	if (!setup.ok) throw new Error(`owner setup answered ${setup.status}: ${await setup.text()}`);
	const login = await fetch(`${url}/rest/login`, {
		method: 'POST',
		headers: json,
		body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }),
	});
	if (!login.ok) throw new Error(`login answered ${login.status}: ${await login.text()}`);
	const cookie = login.headers
		.getSetCookie()
		.map((value) => value.split(';')[0])
		.join('; ');
	return {
		cookie,
		get: (path) => fetch(`${url}/${path.replace(/^\//, '')}`, { headers: { cookie } }),
		post: (path, body) => fetch(`${url}${path}`, { method: 'POST', headers: { ...json, cookie }, body: JSON.stringify(body) }),
	};
}

async function checkIcon(client, label, iconUrl) {
	for (const theme of ['light', 'dark']) {
		const path = iconUrl?.[theme];
		if (!check(`${label}: ${theme} icon URL is given`, typeof path === 'string', JSON.stringify(iconUrl))) continue;
		const response = await client.get(path);
		const body = await response.text();
		check(
			`${label}: ${theme} icon is served as SVG`,
			response.status === 200 && (response.headers.get('content-type') ?? '').includes('image/svg+xml') && body.includes('<svg'),
			`GET /${path} → ${response.status} ${response.headers.get('content-type')}\n${body.slice(0, 300)}`,
		);
	}
}

/**
 * The node panel's search over every node type n8n serves (its own ~500 and
 * ours), with the editor's matching rules (lib/nodeSearch.js): each word must
 * put the nodes it is about among the first rows.
 */
function checkNodeSearch(nodes, prefix) {
	const listed = listedNodes(nodes);
	for (const [word, expected] of Object.entries(SEARCHES)) {
		const found = searchNodes(word, listed).map(({ node }) => node.name);
		for (const name of expected) {
			const rank = found.indexOf(`${prefix}.${name}`) + 1;
			check(
				`node search "${word}" finds ${name} among the first ${SEARCH_TOP}`,
				rank > 0 && rank <= SEARCH_TOP,
				`rank ${rank || 'none'}; first found: ${found.slice(0, SEARCH_TOP * 2).join(', ')}`,
			);
		}
	}
}

async function checkNodeTypes(client, prefix) {
	const nodes = await (await client.get('types/nodes.json')).json();
	checkNodeSearch(nodes, prefix);
	for (const [name, credential] of Object.entries(NODES)) {
		for (const type of [`${prefix}.${name}`, `${prefix}.${name}Tool`]) {
			const node = nodes.find((description) => description.name === type);
			if (!check(`node type ${type} is loaded`, node)) continue;
			check(`${type} asks for the ${credential} credential`, node.credentials?.some((entry) => entry.name === credential), JSON.stringify(node.credentials));
			const isTool = type.endsWith('Tool');
			check(`${type} ${isTool ? 'is an AI tool' : 'has a main output'}`, JSON.stringify(node.outputs) === JSON.stringify([isTool ? 'ai_tool' : 'main']), JSON.stringify(node.outputs));
			await checkIcon(client, type, node.iconUrl);
		}
	}
}

async function checkCredentialTypes(client) {
	const credentials = await (await client.get('types/credentials.json')).json();
	for (const name of Object.values(NODES)) {
		const credential = credentials.find((description) => description.name === name);
		if (!check(`credential type ${name} is loaded`, credential)) continue;
		await checkIcon(client, name, credential.iconUrl);
	}
}

/**
 * A new node in the editor gets the credential of its type updated last
 * (n8n 2.41's canvas code compares `updatedAt`); in the demo that must be the
 * working one, never "…wrong password".
 */
const PRESELECTED = { twinfieldApi: 'e2eTwinfieldDemo', twentyFourSevenOfficeApi: 'e2eTsoDemo' };

async function checkPreselectedCredentials(client) {
	const credentials = (await (await client.get('rest/credentials')).json()).data ?? [];
	for (const [type, id] of Object.entries(PRESELECTED)) {
		const ofType = credentials.filter((credential) => credential.type === type);
		const newest = ofType.reduce((best, credential) => (best.updatedAt > credential.updatedAt ? best : credential), ofType[0]);
		check(
			`a new node with ${type} gets the credential ${id}`,
			newest?.id === id,
			ofType.map((credential) => `${credential.id} "${credential.name}" updated ${credential.updatedAt}`).join('\n'),
		);
	}
}

/** The editor's "Test" button on the credentials imported earlier. */
async function checkCredentialTests(client, layout) {
	if (!layout.credentialTests) {
		// n8n gives custom-folder credentials no supportedNodes, so it never finds a node's testedBy there.
		console.log(`  skip credential tests: n8n runs a node's credential test only for packages (${layout.name} layout)`);
		return;
	}
	const cases = [
		['e2eTwinfieldDemo', 'twinfieldApi', 'OK', 'Logged on to Twinfield'],
		['e2eTwinfieldBad', 'twinfieldApi', 'Error', REJECTED],
		['e2eTsoDemo', 'twentyFourSevenOfficeApi', 'OK', ''],
	];
	for (const [id, type, status, message] of cases) {
		// As the editor does: load the credential (secrets come back redacted) and send it back to test.
		const stored = (await (await client.get(`rest/credentials/${id}?includeData=true`)).json()).data;
		const response = await client.post('/rest/credentials/test', { credentials: { id, type, name: stored?.name ?? id, data: stored?.data } });
		const text = await response.text();
		let result;
		try {
			result = JSON.parse(text).data;
		} catch {
			result = undefined;
		}
		check(
			`credential test of ${id} says ${status}${message ? ` (${message})` : ''}`,
			response.ok && result?.status === status && String(result?.message ?? '').includes(message) && !text.includes(WRONG_PASSWORD),
			`${response.status} ${text}`,
		);
	}
}

async function checkServed(ctx) {
	const server = await startServer(ctx.install, { ...ctx.env, N8N_LOG_LEVEL: 'warn' });
	try {
		const client = await logIn(server.url);
		await checkNodeTypes(client, ctx.prefix);
		await checkCredentialTypes(client);
		await checkPreselectedCredentials(client);
		await checkCredentialTests(client, ctx.layout);
		ctx.oauthConnected = await connectTwinfieldOAuth(client, ctx);
		checkLoggedNoProblem(server, PACKAGE);
	} finally {
		await server.stop();
	}
}

/** No line of n8n's log that names the package speaks of an error, failure or warning. */
function checkLoggedNoProblem(server, packageName) {
	const problems = server
		.output()
		.split('\n')
		.filter((line) => line.includes(packageName) && /error|fail|warn/i.test(line));
	check(`n8n logged no problem with ${packageName}`, problems.length === 0, problems.join('\n'));
}

module.exports = { checkServed, checkIcon, checkLoggedNoProblem, logIn, OWNER, SEARCHES };
