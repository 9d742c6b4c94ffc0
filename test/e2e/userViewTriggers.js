/**
 * The triggers as a person meets them in the editor: found in a new workflow's trigger panel, added with the customer event, Fetch Test Event shown.
 */
const path = require('node:path');

const { check } = require('./lib/check');

const creator = (page) => page.locator('[data-test-id="node-creator"]');
const itemNames = async (page) => (await creator(page).locator('[data-test-id="node-creator-item-name"]').allInnerTexts()).map((name) => name.trim());

/** A Twinfield user renames customer 1001 in Twinfield's own pages, so the office has a change in the last 30 days to show. */
function renameTwinfieldCustomer() {
	const dir = path.join(__dirname, '..', '..', 'dist', 'test', 'emulator');
	const { saveDimension } = require(path.join(dir, 'twinfieldDimensions.js'));
	const { findOffice } = require(path.join(dir, 'twinfieldData.js'));
	const { parseXml } = require(path.join(dir, 'xml.js'));
	const xml = '<dimension status="active"><office>DEMO1</office><type>DEB</type><code>1001</code><name>Bakkerij de Gouden Korst (renamed)</name></dimension>';
	const answer = saveDimension(parseXml(xml), ['DEMO1', 'DEMO2'], findOffice);
	if (answer.attrs?.result !== '1') throw new Error(`customer 1001 not saved: ${JSON.stringify(answer)}`);
}

/** A new workflow with no node at all, as "Create workflow" makes it. */
async function emptyWorkflow(page, editor, name) {
	const response = await editor.client.post('/rest/workflows', { name, nodes: [], connections: {}, settings: { executionOrder: 'v1' } });
	const body = await response.json();
	if (!response.ok) throw new Error(`creating a workflow answered ${response.status}: ${JSON.stringify(body)}`);
	await page.goto(`${editor.url}/workflow/${body.data.id}`, { waitUntil: 'networkidle' });
	await page.locator('[data-test-id="canvas-add-button"]').first().waitFor({ timeout: 60_000 });
}

/** Opens the trigger panel of an empty workflow and types `word`; resolves with the names listed. */
async function searchTriggers(page, word) {
	await page.locator('[data-test-id="canvas-add-button"]').first().click();
	await creator(page).waitFor();
	const input = page.locator('[data-test-id="node-creator-search-bar"] input, input[data-test-id="node-creator-search-bar"]').first();
	await input.fill(word);
	await page.waitForTimeout(800);
	return itemNames(page);
}

/** Picks the first entry of the Office list (the resource locator's "From List" mode). */
async function chooseFirstOffice(page) {
	await page.locator('[data-test-id="rlc-input"]').first().click();
	const first = page.locator('[data-test-id="rlc-item"]').first();
	await first.waitFor({ timeout: 15_000 });
	const text = (await first.innerText()).trim();
	await first.click();
	await page.waitForTimeout(500);
	return text;
}

/**
 * One trigger: searched by `word` in a new workflow's trigger panel, added
 * with its customer event, Fetch Test Event clicked; screenshots of the
 * panel, the actions and the output.
 */
async function triggerWalkThrough(page, editor, theme, { word, nodeName, slug, expected, save }) {
	await emptyWorkflow(page, editor, `${nodeName} (${theme})`);
	const listed = await searchTriggers(page, word);
	await save(page, `trigger-search-${slug}-${theme}`);
	check(`trigger panel (${theme}): "${word}" lists ${nodeName}`, listed.some((name) => name.startsWith(word)), listed.join(', '));
	await creator(page).locator('[data-test-id="node-creator-item-name"]', { hasText: word }).first().click();
	await page.waitForTimeout(800);
	const actions = await itemNames(page);
	await save(page, `trigger-actions-${slug}-${theme}`);
	const event = actions.find((action) => /customer created or changed/i.test(action));
	if (!check(`trigger panel (${theme}): ${nodeName} offers the customer event`, event, actions.join(', '))) return;
	await creator(page).locator('[data-test-id="node-creator-item-name"]').getByText(event, { exact: true }).first().click();
	await page.locator('[data-test-id="ndv"]').waitFor({ timeout: 15_000 });
	await page.waitForTimeout(1_000);
	if (slug === 'twinfield') console.log(`  office chosen: ${await chooseFirstOffice(page)}`);
	await page.locator('[data-test-id="node-execute-button"]').first().click();
	const output = page.locator('[data-test-id="output-panel"]').first();
	await output.getByText(expected, { exact: false }).first().waitFor({ timeout: 30_000 }).catch(() => {});
	await page.waitForTimeout(800);
	await save(page, `trigger-fetch-test-event-${slug}-${theme}`);
	const shown = await output.innerText();
	check(`Fetch Test Event (${theme}): ${nodeName} shows ${expected}`, shown.includes(expected), shown.slice(0, 1500));
	await page.keyboard.press('Escape');
	await page.waitForTimeout(500);
}

/** Both triggers, in one theme. */
async function triggersInEditor(page, editor, theme, save) {
	renameTwinfieldCustomer();
	await triggerWalkThrough(page, editor, theme, { word: 'Twinfield', nodeName: 'Twinfield Trigger', slug: 'twinfield', expected: 'Bakkerij de Gouden Korst (renamed)', save });
	await triggerWalkThrough(page, editor, theme, { word: '24SevenOffice', nodeName: '24SevenOffice Trigger', slug: '24sevenoffice', expected: 'Kari Nordmann', save });
}

module.exports = { triggersInEditor };
