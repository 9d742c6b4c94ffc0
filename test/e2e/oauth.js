/**
 * Twinfield's OAuth 2 in a real n8n: the credential is connected through n8n's
 * own authorization-code flow (its REST endpoints, the emulator's authorize and
 * token endpoints, no browser), then workflows run with `n8n execute`: Log On →
 * HTTP Request ProcessXml with the token header, the same after the token
 * expired (n8n refreshes it), Access Token Log On → … → Log Off, and the
 * password way through SMS and company selection.
 */
const { check, broken } = require('./lib/check');

// Loaded when used: executions.js is loaded by the same runner.
const lazy = () => require('./executions');
const execute = (ctx, file) => lazy().execute(ctx, file);
const itemsOf = (run, nodeName) => lazy().itemsOf(run, nodeName);

const CREDENTIAL_ID = 'e2eTwinfieldOAuth';

function processXmlAnswered(answer) {
	const text = String(answer?.data ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
	return text.includes('ProcessXmlStringResult') && text.includes('<office result="1" status="active"><code>DEMO1</code>');
}

/** Connect my account, as the editor's button does it, with the REST client of a logged-in owner. */
async function connectTwinfieldOAuth(client, ctx) {
	const auth = await client.get(`rest/oauth2-credential/auth?id=${CREDENTIAL_ID}`);
	const authText = await auth.text();
	let authorizeUrl;
	try {
		authorizeUrl = new URL(JSON.parse(authText).data);
	} catch {
		broken('OAuth: n8n gives an authorization URL', new Error(`${auth.status} ${authText}`));
		return;
	}
	const query = authorizeUrl.searchParams;
	check(
		'OAuth: the authorization URL has the nonce, the scopes and the client',
		query.get('nonce') && query.get('scope') === 'openid twf.user twf.organisation twf.organisationUser offline_access' && query.get('client_id') === ctx.emulator.twinfieldOAuthClient.clientId,
		authorizeUrl.toString(),
	);
	check('OAuth: the redirect URL is n8n\'s callback', /\/rest\/oauth2-credential\/callback$/.test(query.get('redirect_uri') ?? ''), query.get('redirect_uri'));
	// The emulator's authorize consents at once and redirects back with a code.
	const consent = await fetch(authorizeUrl, { redirect: 'manual' });
	const back = consent.headers.get('location') ?? '';
	if (!check('OAuth: authorize redirects back with a code', consent.status === 302 && back.includes('code='), `${consent.status} ${back}`)) return;
	await (await client.get(back.replace(/^https?:\/\/[^/]+\//, ''))).text();
	const exchanges = ctx.server.requests.filter((request) => request.path.endsWith('/connect/token') && request.body.includes('grant_type=authorization_code'));
	check('OAuth: n8n exchanged the code at the token endpoint with a Basic client header', exchanges.length === 1 && /^Basic /.test(exchanges[0].headers.authorization ?? ''), JSON.stringify(exchanges.map((request) => request.headers.authorization)));
	return true;
}

const refreshes = (ctx) => ctx.server.requests.filter((request) => request.path.endsWith('/connect/token') && request.body.includes('grant_type=refresh_token'));

async function tokenLogOnAndProcessXml(ctx) {
	const first = await execute(ctx, 'twinfield-oauth-processxml.json');
	if (!check('OAuth (f) Log On → ProcessXml: workflow succeeds', first.code === 0 && first.run, first.output)) return;
	const [logOn] = itemsOf(first.run, 'Twinfield');
	check(
		'OAuth (f) Log On outputs the cluster and a soapHeader with AccessToken, CompanyCode and CompanyId nil',
		logOn && logOn.cluster === ctx.urls.twinfieldClusterUrl && /<AccessToken>[^<]+<\/AccessToken><CompanyCode>DEMO1<\/CompanyCode><CompanyId xsi:nil="true"\/>/.test(logOn.soapHeader ?? ''),
		JSON.stringify(logOn, null, 2),
	);
	check('OAuth (f) HTTP Request got ProcessXml\'s answer with the token header', processXmlAnswered(itemsOf(first.run, 'ProcessXml')[0]), first.output);

	// The token expires; the next run must have n8n refresh it.
	ctx.server.twinfieldOAuth.expireAccessTokens();
	const before = refreshes(ctx).length;
	const second = await execute(ctx, 'twinfield-oauth-processxml.json');
	if (!check('OAuth (g) after the token expired the workflow still succeeds', second.code === 0 && second.run, second.output)) return;
	const [again] = itemsOf(second.run, 'Twinfield');
	check('OAuth (g) n8n refreshed the token once, and Log On hands on the new one', refreshes(ctx).length === before + 1 && again?.accessToken && again.accessToken !== logOn?.accessToken, `${refreshes(ctx).length - before} refreshes`);
	check('OAuth (g) HTTP Request succeeded with the new token', processXmlAnswered(itemsOf(second.run, 'ProcessXml')[0]), second.output);
}

async function accessTokenSessionChain(ctx) {
	const { code, run, output } = await execute(ctx, 'twinfield-oauth-session.json');
	if (!check('OAuth (h) Access Token Log On → ProcessXml → Log Off: workflow succeeds', code === 0 && run, output)) return;
	check('OAuth (h) ProcessXml answered on the session', processXmlAnswered(itemsOf(run, 'ProcessXml')[0]), output);
	check('OAuth (h) Log Off ended the session', itemsOf(run, 'Log Off')[0]?.loggedOff === true, output);
}

async function passwordSmsChain(ctx) {
	const { code, run, output } = await execute(ctx, 'twinfield-password-sms.json');
	if (!check('password (i) Log On → SMS Log On → Select Company → ProcessXml → Log Off: workflow succeeds', code === 0 && run, output)) return;
	check('password (i) SMS Log On made the session ready', itemsOf(run, 'SMS Log On')[0]?.ready === true, output);
	check('password (i) ProcessXml answered', processXmlAnswered(itemsOf(run, 'ProcessXml')[0]), output);
	check('password (i) Log Off ended the session', itemsOf(run, 'Log Off')[0]?.loggedOff === true, output);
}

/** After `connectTwinfieldOAuth` stored the tokens, with n8n stopped. */
async function runOAuthWorkflows(ctx) {
	if (!ctx.oauthConnected) {
		broken('OAuth workflows', new Error('the OAuth credential was not connected'));
		return;
	}
	for (const test of [tokenLogOnAndProcessXml, accessTokenSessionChain, passwordSmsChain]) {
		try {
			await test(ctx);
		} catch (error) {
			broken(test.name, error);
		}
	}
}

module.exports = { CREDENTIAL_ID, connectTwinfieldOAuth, runOAuthWorkflows };
