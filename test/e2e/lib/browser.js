/**
 * A headless Chromium logged in to an editor started by editor.js, for
 * screenshots and for checking the editor as a person uses it. Needs Debian's
 * chromium (/usr/bin/chromium, or CHROMIUM=<path>) and playwright-core,
 * installed in a scratch folder outside the repo and named by PLAYWRIGHT_CORE;
 * the pack itself does not depend on them.
 */
const path = require('node:path');

const { tempDir } = require('./processes');

const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

function playwright() {
	if (!process.env.PLAYWRIGHT_CORE) throw new Error('Set PLAYWRIGHT_CORE to an installed playwright-core folder');
	return require(process.env.PLAYWRIGHT_CORE);
}

/** A browser context with the editor's login cookie; `colorScheme` picks n8n's light or dark theme. */
async function openBrowser(editor, { colorScheme = 'light', viewport = { width: 1400, height: 800 }, name = colorScheme } = {}) {
	const context = await playwright().chromium.launchPersistentContext(path.join(tempDir(), `chromium-${name}`), {
		executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_FLAGS,
		viewport,
		colorScheme,
	});
	const cookies = editor.client.cookie.split('; ').map((pair) => {
		const [cookieName, ...value] = pair.split('=');
		return { name: cookieName, value: value.join('='), url: editor.url };
	});
	await context.addCookies(cookies);
	const page = context.pages()[0] ?? (await context.newPage());
	return { context, page };
}

module.exports = { openBrowser };
