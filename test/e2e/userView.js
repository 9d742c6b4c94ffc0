/**
 * What a person sees in the real editor, not run in CI (it needs a browser):
 * the node panel's search for every word of served.js's list, compared with
 * lib/nodeSearch.js (which CI uses); the icons in the node list at real size
 * and enlarged; the demo canvas; a new Twinfield node and the credential the
 * editor picks for it. Light and dark theme. Screenshots go to
 * test/e2e/screenshots/ (not published), a table to stdout.
 *
 *   PLAYWRIGHT_CORE=/some/scratch/node_modules/playwright-core node test/e2e/userView.js
 */
const fs = require('node:fs');
const path = require('node:path');

const { startEditor } = require('./editor');
const { openBrowser } = require('./lib/browser');
const { check, summary } = require('./lib/check');
const { exitOnSignals, finish } = require('./lib/processes');
const { listedNodes, searchNodes } = require('./lib/nodeSearch');
const { SEARCHES } = require('./served');

const OUTPUT = path.join(__dirname, 'screenshots');
const DISPLAY_NAMES = { twinfield: 'Twinfield', twentyFourSevenOffice: '24SevenOffice' };

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

async function openWorkflow(page, url) {
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForSelector('[data-test-id="canvas-node"]', { timeout: 60_000 });
	await page.waitForTimeout(1_500); // icons and the fit-to-view animation
}

/** Opens the node panel ("What happens next?") and types `word`; resolves with the names listed, top first. */
async function search(page, word) {
	const panel = page.locator('[data-test-id="node-creator"]');
	if (!(await panel.isVisible())) {
		await page.locator('[data-test-id="node-creator-plus-button"]').first().click();
		await panel.waitFor();
	}
	const input = page.locator('[data-test-id="node-creator-search-bar"] input, input[data-test-id="node-creator-search-bar"]').first();
	await input.fill('');
	await input.fill(word);
	await page.waitForTimeout(600);
	return panel.locator('[data-test-id="node-creator-item-name"]').allInnerTexts();
}

async function closePanel(page) {
	await page.keyboard.press('Escape');
	await page.waitForTimeout(300);
}

/** Every search word in the real panel; each must list its nodes in the first rows, in the order lib/nodeSearch.js predicts. */
async function checkSearches(page, nodes) {
	const listed = listedNodes(nodes);
	const rows = [];
	for (const [word, expected] of Object.entries(SEARCHES)) {
		const shown = (await search(page, word)).map((name) => name.trim());
		await save(page, `search-${slug(word)}`, { clip: await panelBox(page) });
		const predicted = searchNodes(word, listed).map(({ node }) => node.displayName);
		const ranks = {};
		for (const name of Object.keys(DISPLAY_NAMES)) {
			const rank = shown.indexOf(DISPLAY_NAMES[name]) + 1;
			ranks[name] = rank;
			if (expected.includes(name)) check(`editor search "${word}" shows ${DISPLAY_NAMES[name]} in the first 5 rows`, rank > 0 && rank <= 5, `shown: ${shown.slice(0, 10).join(', ')}`);
		}
		check(
			`editor search "${word}" lists the nodes in the order lib/nodeSearch.js predicts`,
			predicted.slice(0, 5).join('|') === shown.slice(0, 5).join('|'),
			`editor: ${shown.slice(0, 8).join(', ')}\npredicted: ${predicted.slice(0, 8).join(', ')}`,
		);
		rows.push({ word, ranks, count: shown.length, first: shown.slice(0, 3).join(', ') });
	}
	await closePanel(page);
	return rows;
}

async function panelBox(page) {
	const box = await page.locator('[data-test-id="node-creator"]').boundingBox();
	return { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 520) };
}

/** The node list rows of both nodes, as shown and enlarged. */
async function iconsInList(page, theme) {
	await search(page, 'session');
	const rows = page.locator('[data-test-id="node-creator"] [data-test-id="item-iterator-item"]');
	const first = await rows.nth(0).boundingBox();
	const second = await rows.nth(1).boundingBox();
	const clip = { x: first.x, y: first.y, width: Math.min(first.width, 260), height: second.y + second.height - first.y };
	await saveEnlarged(page, `node-list-icons-${theme}-enlarged`, clip, 4);
	await closePanel(page);
}

/** Adds a Twinfield node through the panel and shows the credential the editor chose. */
async function newTwinfieldNode(page, theme) {
	await search(page, 'twinfield');
	await page.locator('[data-test-id="node-creator"] [data-test-id="node-creator-item-name"]', { hasText: 'Twinfield' }).first().click();
	await page.waitForTimeout(800);
	await save(page, `new-twinfield-actions-${theme}`);
	await page.locator('[data-test-id="node-creator"] [data-test-id="item-iterator-item"]').first().click();
	await page.waitForSelector('[data-test-id="ndv"]', { timeout: 15_000 });
	await page.waitForTimeout(1_000);
	await save(page, `new-twinfield-node-${theme}`);
	const select = page.locator('[data-test-id="node-credentials-select"]').first();
	const shown = `${await select.innerText().catch(() => '')} ${await select.locator('input').first().inputValue().catch(() => '')}`.trim();
	check(`a new Twinfield node (${theme}) gets the credential "Twinfield (emulator)"`, shown.includes('Twinfield (emulator)') && !shown.includes('wrong'), `shown: "${shown}"`);
	await page.keyboard.press('Escape');
	await page.waitForTimeout(500);
	await save(page, `canvas-with-new-node-${theme}`);
}

async function main() {
	exitOnSignals();
	fs.mkdirSync(OUTPUT, { recursive: true });
	const editor = await startEditor({ log: () => {} });
	const nodes = await (await editor.client.get('types/nodes.json')).json();
	let rows;
	for (const theme of ['light', 'dark']) {
		console.log(`${theme} theme:`);
		const { context, page } = await openBrowser(editor, { colorScheme: theme });
		try {
			await openWorkflow(page, editor.demoWorkflowUrl);
			await save(page, `canvas-${theme}`);
			const box = await page.locator('[data-test-id="canvas-node"]', { hasText: '24SevenOffice' }).first().boundingBox();
			if (box) await saveEnlarged(page, `canvas-node-24sevenoffice-${theme}-enlarged`, { x: box.x - 10, y: box.y - 10, width: box.width + 20, height: box.height + 50 }, 3);
			if (theme === 'light') rows = await checkSearches(page, nodes);
			await iconsInList(page, theme);
			await newTwinfieldNode(page, theme);
		} finally {
			await context.close();
		}
	}
	console.log('\nrank in the editor\'s node list (0 = not listed):');
	console.log('word                   Twinfield  24SevenOffice  listed  first rows');
	for (const row of rows) {
		console.log(
			`${row.word.padEnd(22)} ${String(row.ranks.twinfield).padStart(9)}  ${String(row.ranks.twentyFourSevenOffice).padStart(13)}  ${String(row.count).padStart(6)}  ${row.first}`,
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
