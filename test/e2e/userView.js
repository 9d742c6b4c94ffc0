/**
 * What a person sees in the real editor, not run in CI (it needs a browser).
 * In the light and the dark theme: the demo canvas (workflows/demo.json) and
 * its subtitles; the node panel's search for every word of served.js's list; the
 * icons in the node list at real size and enlarged; the actions lists of both
 * nodes; a new 24SevenOffice node right after a trigger and a new Twinfield
 * node, each with its panel open; a Create form of each node's business
 * resources with a resource locator's list filled from the emulator; the
 * three credential forms; the error panel
 * of a run with a wrong password; and where the Docs, credential docs and
 * "Report issue" links lead. Screenshots go to test/e2e/screenshots/ (not
 * published), checks and a table to stdout. The browser reaches 127.0.0.1
 * only: the registry's answer about this package, which "Report issue" reads,
 * is made from package.json.
 *
 *   PLAYWRIGHT_CORE=/some/scratch/node_modules/playwright-core node test/e2e/userView.js
 */
const fs = require('node:fs');
const path = require('node:path');

const { startEditor } = require('./editor');
const { openBrowser } = require('./lib/browser');
const { check, summary } = require('./lib/check');
const { WRONG_PASSWORD } = require('./lib/fixtures');
const { exitOnSignals, finish } = require('./lib/processes');
const { listedNodes, searchNodes } = require('./lib/nodeSearch');
const { SEARCHES } = require('./served');
const { triggersInEditor } = require('./userViewTriggers');
const { headingAnchors } = require('../../packaging/readme');

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const OUTPUT = path.join(__dirname, 'screenshots');
const DISPLAY_NAMES = { twinfield: 'Twinfield', twentyFourSevenOffice: '24SevenOffice' };
/** Found means: within the first rows of the real editor's list, seen without scrolling. */
const SEARCH_TOP = 5;
const VIEWPORT = { width: 1400, height: 1000 };

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

async function save(page, name, options = {}) {
	const file = path.join(OUTPUT, `${name}.png`);
	await page.screenshot({ path: file, ...options });
	console.log(`  saved ${path.relative(process.cwd(), file)}`);
	return file;
}

/** A copy of a region enlarged `factor` times with hard pixels, to judge an icon at its real size. */
async function saveEnlarged(page, name, clip, factor = 6) {
	const shot = await page.screenshot({ clip });
	const zoom = await page.context().newPage();
	await zoom.setViewportSize({ width: Math.ceil(clip.width * factor), height: Math.ceil(clip.height * factor) });
	await zoom.setContent(
		`<body style="margin:0"><img style="image-rendering:pixelated;width:${clip.width * factor}px" src="data:image/png;base64,${shot.toString('base64')}"></body>`,
	);
	await save(zoom, name);
	await zoom.close();
}

/** The anchors of the README npm shows for `packageName` (the staged package's own README), as GitHub and npm make them. */
function readmeAnchors(packageName) {
	const file = path.join(ROOT, 'dist', 'packages', packageName, 'README.md');
	if (!fs.existsSync(file)) return [];
	return headingAnchors(fs.readFileSync(file, 'utf8'));
}

/** A docs link lands where it should: an npm package page of ours, and any #anchor at the end is a heading of that page. */
function checkDocsLink(label, href, expectedPackage) {
	let url;
	try {
		url = new URL(href);
	} catch {
		return check(`${label}: the editor builds a link`, false, `href: ${href}`);
	}
	const packageName = url.pathname.replace(/^\/package\//, '');
	check(`${label} opens the npm page of ${expectedPackage}`, url.hostname === 'www.npmjs.com' && packageName === expectedPackage, href);
	check(`${label}: the query does not break an anchor`, !url.search.includes('#') && !url.pathname.includes('#'), href);
	if (url.hash) check(`${label}: ${url.hash} is a heading of that page`, readmeAnchors(packageName).includes(url.hash.slice(1)), `${href}\nheadings: ${readmeAnchors(packageName).join(', ')}`);
}

/** Only 127.0.0.1; the registry's document about this package is answered from package.json, as npm would serve it. */
async function keepLocal(context) {
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.hostname === '127.0.0.1') return await route.continue();
		if (url.hostname === 'registry.npmjs.org' && url.pathname === `/${MANIFEST.name}`) {
			const { name, description, version, bugs, repository, homepage } = MANIFEST;
			return await route.fulfill({
				status: 200,
				headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
				body: JSON.stringify({ name, description, 'dist-tags': { latest: version }, bugs, repository, homepage }),
			});
		}
		return await route.abort();
	});
}

async function openWorkflow(page, url) {
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForSelector('[data-test-id="canvas-node"]', { timeout: 60_000 });
	await page.waitForTimeout(1_500); // icons and the fit-to-view animation
}

/** A workflow of its own with only a manual trigger, so new nodes leave the demo workflows as they are. */
async function scratchWorkflow(editor, name) {
	const response = await editor.client.post('/rest/workflows', {
		name,
		nodes: [{ id: 'trigger', name: 'When clicking ‘Execute workflow’', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }],
		connections: {},
		settings: { executionOrder: 'v1' },
	});
	const body = await response.json();
	if (!response.ok) throw new Error(`creating a workflow answered ${response.status}: ${JSON.stringify(body)}`);
	return `${editor.url}/workflow/${body.data.id}`;
}

const creator = (page) => page.locator('[data-test-id="node-creator"]');

/** Opens the node panel ("What happens next?") and types `word`; resolves with the names listed, top first. */
async function search(page, word) {
	if (!(await creator(page).isVisible())) {
		await page.locator('[data-test-id="node-creator-plus-button"]').first().click();
		await creator(page).waitFor();
	}
	const input = page.locator('[data-test-id="node-creator-search-bar"] input, input[data-test-id="node-creator-search-bar"]').first();
	await input.fill('');
	await input.fill(word);
	await page.waitForTimeout(600);
	return (await creator(page).locator('[data-test-id="node-creator-item-name"]').allInnerTexts()).map((name) => name.trim());
}

async function closePanel(page) {
	await page.keyboard.press('Escape');
	await page.waitForTimeout(300);
}

async function panelBox(page, maxHeight = 520) {
	const box = await creator(page).boundingBox();
	return { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, maxHeight) };
}

/**
 * Every search word in the real panel must show the nodes it is about in the
 * first rows. lib/nodeSearch.js (which CI uses) predicts the order; the real
 * editor ranks other vendors' nodes differently, so the comparison is only
 * printed, never counted.
 */
async function checkSearches(page, nodes, theme) {
	const listed = listedNodes(nodes);
	const rows = [];
	for (const [word, expected] of Object.entries(SEARCHES)) {
		const shown = await search(page, word);
		await save(page, `search-${slug(word)}-${theme}`, { clip: await panelBox(page) });
		const ranks = {};
		for (const name of Object.keys(DISPLAY_NAMES)) ranks[name] = shown.indexOf(DISPLAY_NAMES[name]) + 1;
		for (const name of expected) {
			check(`editor (${theme}) search "${word}" shows ${DISPLAY_NAMES[name]} in the first ${SEARCH_TOP} rows`, ranks[name] > 0 && ranks[name] <= SEARCH_TOP, `shown: ${shown.slice(0, 10).join(', ')}`);
		}
		const predicted = searchNodes(word, listed)
			.map(({ node }) => node.displayName)
			.slice(0, SEARCH_TOP);
		const same = predicted.join('|') === shown.slice(0, SEARCH_TOP).join('|');
		rows.push({ word, ranks, count: shown.length, first: shown.slice(0, 3).join(', '), prediction: same ? 'same' : `predicted ${predicted.join(', ')}` });
	}
	await closePanel(page);
	return rows;
}

/** The node list rows of both nodes, as shown and enlarged. */
async function iconsInList(page, theme) {
	await search(page, 'session');
	const rows = creator(page).locator('[data-test-id="item-iterator-item"]');
	const first = await rows.nth(0).boundingBox();
	const second = await rows.nth(1).boundingBox();
	const clip = { x: first.x, y: first.y, width: Math.min(first.width, 260), height: second.y + second.height - first.y };
	await saveEnlarged(page, `node-list-icons-${theme}-enlarged`, clip, 4);
	await closePanel(page);
}

/** The demo canvas (workflows/demo.json): Twinfield Process XML → Search, 24SevenOffice Call Service → Edit Fields, each node with its operation as subtitle. */
async function canvas(page, editor, theme) {
	await openWorkflow(page, editor.demoWorkflowUrl);
	await save(page, `canvas-${theme}`);
	for (const [name, subtitle] of [
		['List Offices', 'Process XML'],
		['Search Customers', 'Search'],
		['Get Companies', 'Call Service'],
	]) {
		const node = page.locator('[data-test-id="canvas-node"]', { hasText: name }).first();
		const text = (await node.innerText()).replace(/\s+/g, ' ');
		check(`canvas (${theme}): ${name} shows the subtitle "${subtitle}"`, text.includes(subtitle) && !/\w+: (session|xml|finder|service)/i.test(text), `shown: ${text}`);
	}
	check(`canvas (${theme}): no HTTP Request node`, (await page.locator('[data-test-id="canvas-node"]', { hasText: 'HTTP Request' }).count()) === 0);
	const box = await page.locator('[data-test-id="canvas-node"]', { hasText: 'Get Companies' }).first().boundingBox();
	if (box) await saveEnlarged(page, `canvas-node-24sevenoffice-${theme}-enlarged`, { x: box.x - 10, y: box.y - 10, width: box.width + 20, height: box.height + 50 }, 3);
}

/** Search `nodeName`, open it in the panel and show its actions; resolves with the action names. */
async function actionsOf(page, nodeName, theme) {
	await search(page, nodeName);
	await creator(page).locator('[data-test-id="node-creator-item-name"]', { hasText: nodeName }).first().click();
	await page.waitForTimeout(800);
	await save(page, `actions-${slug(nodeName)}-${theme}`, { clip: await panelBox(page, VIEWPORT.height) });
	return (await creator(page).locator('[data-test-id="node-creator-item-name"]').allInnerTexts()).map((name) => name.trim());
}

/** "Report issue" in the node panel: where the window it opens would go. */
async function reportIssueTarget(page) {
	await page.evaluate(() => {
		window.openedByTest = [];
		window.open = (url) => {
			window.openedByTest.push(String(url));
			return null;
		};
	});
	await creator(page).getByText('Report issue', { exact: true }).click();
	await page.waitForTimeout(500);
	return (await page.evaluate(() => window.openedByTest))[0];
}

/** Clicks the action named exactly `action` and waits for the node's panel. */
async function addByAction(page, action) {
	await creator(page).locator('[data-test-id="node-creator-item-name"]').getByText(action, { exact: true }).click();
	await page.waitForSelector('[data-test-id="ndv"]', { timeout: 15_000 });
	await page.waitForTimeout(1_500); // the credential and the dropdowns that load options
}

const parameterText = async (page, name) => (await page.locator(`[data-test-id="parameter-input-${name}"]`).first().innerText().catch(() => '')).trim() ||
	(await page.locator(`[data-test-id="parameter-input-${name}"] input`).first().inputValue().catch(() => ''));

async function shownCredential(page) {
	const select = page.locator('[data-test-id="node-credentials-select"]').first();
	return `${await select.innerText().catch(() => '')} ${await select.locator('input').first().inputValue().catch(() => '')}`.trim();
}

const credentialDialog = (page) => page.locator('[data-test-id="credential-edit-dialog"]');

/** "Create new credential" in the open node panel's credential list. */
async function openNewCredential(page) {
	await page.locator('[data-test-id="node-credentials-select"]').first().click();
	await page.locator('[data-test-id="node-credentials-select-item-new"]').click();
	await credentialDialog(page).waitFor({ timeout: 15_000 });
	await page.waitForTimeout(1_000);
}

/** Screenshots the open credential form, top and scrolled to its last field; checks its docs link. */
async function saveForm(page, name, docsPackage) {
	const dialog = credentialDialog(page);
	await save(page, name);
	await dialog.locator('input').last().scrollIntoViewIfNeeded();
	await page.waitForTimeout(300);
	await save(page, `${name}-end`);
	const text = await dialog.innerText();
	const placeholders = await dialog.locator('input').evaluateAll((inputs) => inputs.map((input) => input.placeholder).filter(Boolean));
	const docs = await dialog.locator('a', { hasText: /docs/i }).first().getAttribute('href').catch(() => null);
	checkDocsLink(`${name}: credential docs link`, docs ?? '', docsPackage);
	return { text, placeholders };
}

async function closeForm(page) {
	const close = credentialDialog(page).locator('.el-dialog__headerbtn, [aria-label="Close"], [aria-label="Close this dialog"]').first();
	if (await close.isVisible()) await close.click();
	else await page.keyboard.press('Escape');
	await page.waitForTimeout(600);
}

/** A new Twinfield node: Log On, version 1.1, OAuth2; both credential forms, its docs link and "Report issue". */
async function newTwinfieldNode(page, editor, theme) {
	await openWorkflow(page, await scratchWorkflow(editor, `New Twinfield node (${theme})`));
	await page.locator('[data-test-id="canvas-handle-plus"]').first().click();
	const actions = await actionsOf(page, 'Twinfield', theme);
	check(`Twinfield actions (${theme}) include Log on, Process XML and Search`, ['Log on', 'Search with the Finder'].every((action) => actions.includes(action)) && actions.some((action) => /xml/i.test(action)), actions.join(', '));
	const report = await reportIssueTarget(page);
	check(`"Report issue" (${theme}) opens the repository's issues`, report === MANIFEST.bugs.url, `opens: ${report}`);
	await addByAction(page, 'Log on');
	await save(page, `new-twinfield-node-${theme}`);
	check(`a new Twinfield node (${theme}) is a Log On`, (await parameterText(page, 'operation')).includes('Log On'), await parameterText(page, 'operation'));
	check(`a new Twinfield node (${theme}) is version 1.1`, (await page.locator('[data-test-id="node-version"]').innerText().catch(() => '')).includes('version 1.1'));
	const credential = await shownCredential(page);
	check(`a new Twinfield node (${theme}) signs in with OAuth2 and gets "Twinfield OAuth2 (emulator)"`, credential.includes('Twinfield OAuth2 (emulator)'), `shown: "${credential}"`);
	const company = await page.locator('[data-test-id="parameter-input-company"] input').first().getAttribute('placeholder').catch(() => '');
	check(`a new Twinfield node (${theme}): the Company list loads`, !/error/i.test(company ?? ''), `placeholder: ${company}`);
	const docs = await page.locator('[data-test-id="ndv"] a', { hasText: 'Docs' }).first().getAttribute('href');
	checkDocsLink(`Twinfield node (${theme}): Docs link`, docs, 'n8n-nodes-twinfield');

	await openNewCredential(page);
	const oauth = await saveForm(page, `credential-twinfield-oauth2-${theme}`, 'n8n-nodes-twinfield');
	check(`Twinfield OAuth2 form (${theme}) shows the Company Code placeholder`, oauth.placeholders.includes('e.g. 001'), oauth.placeholders.join(' | '));
	check(`Twinfield OAuth2 form (${theme}) says where Client ID and Client Secret come from`, oauth.text.includes('From the OAuth client you registered with Twinfield') && oauth.text.includes('The secret of that OAuth client'), oauth.text);
	// The other way in, chosen where a person chooses it: the form's sign-in selector.
	const mode = credentialDialog(page).locator('[data-test-id="credential-mode-dropdown-trigger"]');
	if (check(`Twinfield credential form (${theme}) offers OAuth2 and User and Password`, await mode.isVisible())) {
		await mode.click();
		await page.getByText('User and Password', { exact: true }).last().click();
		await page.waitForTimeout(1_000);
	} else {
		await closeForm(page);
		await page.locator('[data-test-id="node-credentials-select"]').first().click();
		await page.getByText('Twinfield (emulator)', { exact: true }).last().click();
		await openNewCredential(page);
	}
	const password = await saveForm(page, `credential-twinfield-password-${theme}`, 'n8n-nodes-twinfield');
	check(`Twinfield password form (${theme}) is the Twinfield API credential`, password.text.includes('Organisation') && password.text.includes('Log-On URL'), password.text);
	check(`Twinfield password form (${theme}) has placeholders for User and Organisation`, ['e.g. jdoe', 'e.g. MYORG'].every((text) => password.placeholders.includes(text)), password.placeholders.join(' | '));
	check(`Twinfield password form (${theme}) has a hint under Password`, password.text.includes('The password of this Twinfield user'), password.text);
	await closeForm(page);
	await page.keyboard.press('Escape');
	await page.waitForTimeout(500);
}

/** A new 24SevenOffice node right after a trigger: Ensure Session, a Session ID that does not look broken, its credential form. */
async function newTsoNode(page, editor, theme) {
	await openWorkflow(page, await scratchWorkflow(editor, `New 24SevenOffice node (${theme})`));
	await page.locator('[data-test-id="canvas-handle-plus"]').first().click();
	const actions = await actionsOf(page, '24SevenOffice', theme);
	const start = actions.filter((action) => /start here/i.test(action));
	check(`24SevenOffice actions (${theme}): exactly Ensure Session says to start there`, start.length === 1 && /ensure/i.test(start[0]), actions.join(', '));
	await addByAction(page, start[0] ?? 'Ensure a session (start here)');
	await save(page, `new-24sevenoffice-node-${theme}`);
	check(`a new 24SevenOffice node (${theme}) is an Ensure Session`, (await parameterText(page, 'operation')).includes('Ensure Session'), await parameterText(page, 'operation'));
	const sessionField = page.locator('[data-test-id="parameter-input-sessionId"]').first();
	const field = {
		value: await sessionField.locator('input, textarea, .cm-content').first().evaluate((element) => element.value ?? element.textContent),
		text: await page.locator('[data-test-id="parameter-item"]', { hasText: 'Session ID' }).first().innerText(),
		error: await sessionField.evaluate((element) => Boolean(element.closest('[class*="error"], [class*="invalid"]') || element.querySelector('[class*="error"], [class*="invalid"]'))),
	};
	check(
		`a new 24SevenOffice node (${theme}) after a trigger: Session ID is empty, without an expression, red or "undefined"`,
		field.value === '' && !field.error && !/undefined|\{\{/.test(field.text),
		JSON.stringify(field),
	);
	const credential = await shownCredential(page);
	check(`a new 24SevenOffice node (${theme}) gets "24SevenOffice (emulator)"`, /24SevenOffice \(emulator\)$/.test(credential), `shown: "${credential}"`);
	const docs = await page.locator('[data-test-id="ndv"] a', { hasText: 'Docs' }).first().getAttribute('href');
	checkDocsLink(`24SevenOffice node (${theme}): Docs link`, docs, 'n8n-nodes-24sevenoffice');
	await openNewCredential(page);
	const form = await saveForm(page, `credential-24sevenoffice-${theme}`, 'n8n-nodes-24sevenoffice');
	check(`24SevenOffice form (${theme}) has placeholders and no all-zero Identity ID`, form.placeholders.includes('e.g. name@example.com') && !form.placeholders.some((text) => /0{8}-0{4}/.test(text)), form.placeholders.join(' | '));
	check(`24SevenOffice form (${theme}) has a hint under Password`, form.text.includes('The password of that 24SevenOffice user'), form.text);
	await closeForm(page);
	await page.keyboard.press('Escape');
	await page.waitForTimeout(500);
}

/**
 * A new node added through one of its resource actions: the form a person fills,
 * then the list of one of its resource locators, opened and filled from the
 * service. `expected` are texts of records the emulator holds.
 */
async function resourceForm(page, editor, theme, { nodeName, action, locator, expected, shot }) {
	await openWorkflow(page, await scratchWorkflow(editor, `${action} (${theme})`));
	await page.locator('[data-test-id="canvas-handle-plus"]').first().click();
	const actions = await actionsOf(page, nodeName, theme);
	if (!check(`${nodeName} actions (${theme}) include "${action}"`, actions.includes(action), actions.join(', '))) {
		await page.keyboard.press('Escape');
		return;
	}
	// The actions list scrolled to the action: the resource's group of actions.
	await creator(page).locator('[data-test-id="node-creator-item-name"]').getByText(action, { exact: true }).scrollIntoViewIfNeeded();
	await save(page, `${shot}-actions-${theme}`, { clip: await panelBox(page, VIEWPORT.height) });
	await addByAction(page, action);
	await save(page, `${shot}-form-${theme}`);
	const field = page.locator(`[data-test-id="parameter-input-${locator}"]`).first();
	await field.scrollIntoViewIfNeeded();
	await field.locator('[data-test-id="rlc-input"]').first().click();
	const dropdown = page.locator('[data-test-id="resource-locator-dropdown"]').first();
	await dropdown.waitFor({ timeout: 15_000 }).catch(() => undefined);
	await page.waitForTimeout(2_000); // the list loads from the service
	await save(page, `${shot}-locator-${theme}`);
	const items = (await page.locator('[data-test-id="rlc-item"]').allInnerTexts()).map((text) => text.trim());
	check(
		`${action} (${theme}): the ${locator} list shows the service's records`,
		expected.every((text) => items.some((item) => item.includes(text))),
		`listed: ${items.join(' | ')}`,
	);
	await page.keyboard.press('Escape');
	await page.waitForTimeout(300);
	await page.keyboard.press('Escape');
	await page.waitForTimeout(500);
}

/** Runs the wrong-password workflow and shows the error panel a person opens. */
async function wrongPassword(page, editor, theme) {
	await openWorkflow(page, `${editor.url}/workflow/e2eTwinfieldBadStop`);
	await page.locator('[data-test-id="execute-workflow-button"]').first().click();
	await page.waitForTimeout(4_000);
	await page.locator('[data-test-id="canvas-node"]', { hasText: 'Twinfield' }).first().dblclick();
	await page.waitForSelector('[data-test-id="ndv"]', { timeout: 15_000 });
	await page.locator('[data-test-id="node-error-message"]').first().waitFor({ timeout: 15_000 });
	await page.waitForTimeout(800);
	await save(page, `error-wrong-password-${theme}`);
	const message = (await page.locator('[data-test-id="node-error-message"]').first().innerText()).trim();
	const description = (await page.locator('[data-test-id="node-error-description"]').first().innerText().catch(() => '')).trim();
	check(
		`wrong password (${theme}): the error names Twinfield, says what was rejected and what to do`,
		/Twinfield/.test(message) && /password/i.test(message) && description.length > 0 && !/soap:|fault code|input values/i.test(`${message} ${description}`),
		`message: ${message}\ndescription: ${description}`,
	);
	// The details under the message: what a person copies into a support request.
	await page.locator('[data-test-id="ndv"]').getByText('Other info', { exact: true }).first().click();
	await page.waitForTimeout(500);
	await save(page, `error-wrong-password-details-${theme}`);
	const details = await page.locator('[data-test-id="output-panel"]').first().innerText();
	check(`wrong password (${theme}): the details do not show the password`, details.length > 0 && !details.includes(WRONG_PASSWORD), details);
	await page.keyboard.press('Escape');
}

async function main() {
	exitOnSignals();
	fs.mkdirSync(OUTPUT, { recursive: true });
	const editor = await startEditor({ log: () => {} });
	const nodes = await (await editor.client.get('types/nodes.json')).json();
	let rows;
	for (const theme of ['light', 'dark']) {
		console.log(`${theme} theme:`);
		const { context, page } = await openBrowser(editor, { colorScheme: theme, viewport: VIEWPORT });
		await keepLocal(context);
		try {
			await canvas(page, editor, theme);
			const shown = await checkSearches(page, nodes, theme);
			if (theme === 'light') rows = shown;
			await iconsInList(page, theme);
			await newTsoNode(page, editor, theme);
			await newTwinfieldNode(page, editor, theme);
			await resourceForm(page, editor, theme, {
				nodeName: 'Twinfield',
				action: 'Create a customer',
				locator: 'office',
				expected: ['Demo company 1 (DEMO1)', 'Demo company 2 (DEMO2)'],
				shot: 'twinfield-create-customer',
			});
			await resourceForm(page, editor, theme, {
				nodeName: '24SevenOffice',
				action: 'Create a sales order',
				locator: 'customer',
				expected: ['Fjord & Fjell <Consult>', 'Kari Nordmann'],
				shot: '24sevenoffice-create-sales-order',
			});
			await wrongPassword(page, editor, theme);
			await triggersInEditor(page, editor, theme, save);
		} finally {
			await context.close();
		}
	}
	console.log(`\nrank in the real editor's node list (0 = not listed); lib/nodeSearch.js's prediction of the first ${SEARCH_TOP}, for information:`);
	console.log('word                   Twinfield  24SevenOffice  listed  first rows / prediction');
	for (const row of rows) {
		console.log(
			`${row.word.padEnd(22)} ${String(row.ranks.twinfield).padStart(9)}  ${String(row.ranks.twentyFourSevenOffice).padStart(13)}  ${String(row.count).padStart(6)}  ${row.first} / ${row.prediction}`,
		);
	}
	const { failed, line } = summary();
	console.log(line);
	return failed === 0 ? 0 : 1;
}

if (require.main === module) {
	main()
		.catch((error) => {
			console.error(error.stack);
			return 1;
		})
		.then(async (code) => {
			await finish();
			process.exit(code);
		});
}
