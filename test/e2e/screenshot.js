/**
 * One-off, not part of CI: screenshot of the demo workflow's canvas (both
 * nodes) in the real editor, saved as test/e2e/canvas.png.
 *
 *   PLAYWRIGHT_CORE=/some/scratch/node_modules/playwright-core node test/e2e/screenshot.js
 *
 * Needs Debian's chromium (/usr/bin/chromium) and playwright-core installed in
 * a scratch folder outside the repo; the pack itself does not depend on them.
 */
const path = require('node:path');

const { startEditor } = require('./editor');
const { exitOnSignals, finish, tempDir } = require('./lib/processes');

const OUTPUT = path.join(__dirname, 'canvas.png');
const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

async function main() {
	exitOnSignals();
	if (!process.env.PLAYWRIGHT_CORE) throw new Error('Set PLAYWRIGHT_CORE to an installed playwright-core folder');
	const { chromium } = require(process.env.PLAYWRIGHT_CORE);
	const editor = await startEditor({ log: () => {} });

	const browser = await chromium.launchPersistentContext(path.join(tempDir(), 'chromium-profile'), {
		executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_FLAGS,
		viewport: { width: 1400, height: 800 },
	});
	try {
		// Logged in through the REST API: hand the session cookie to the browser.
		const cookies = editor.client.cookie.split('; ').map((pair) => {
			const [name, ...value] = pair.split('=');
			return { name, value: value.join('='), url: editor.url };
		});
		await browser.addCookies(cookies);
		const page = browser.pages()[0] ?? (await browser.newPage());
		await page.goto(editor.demoWorkflowUrl, { waitUntil: 'networkidle' });
		await page.waitForSelector('[data-test-id="canvas-node"]', { timeout: 60_000 });
		await page.waitForTimeout(2_000); // icons and the fit-to-view animation
		await page.screenshot({ path: OUTPUT });
		console.log(`saved ${path.relative(process.cwd(), OUTPUT)}`);
	} finally {
		await browser.close();
	}
}

main()
	.then(() => 0)
	.catch((error) => {
		console.error(error.stack);
		return 1;
	})
	.then(async (code) => {
		await finish();
		process.exit(code);
	});
