// Every docs link of the nodes and credentials lands on a heading of the README generated for its npm package.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PACKAGES } = require('../../packaging/packages');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageReadme, readSources, headingAnchors } = require('../../packaging/readme');

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const sources = readSources(root);
const anchorsOf = new Map<string, string[]>(
	(PACKAGES as { name: string }[]).map((pkg) => [pkg.name, headingAnchors(packageReadme(sources, pkg, manifest)) as string[]]),
);

function filesUnder(dir: string, suffix: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) return filesUnder(file, suffix);
		return entry.name.endsWith(suffix) ? [file] : [];
	});
}

/** Every `url` string anywhere in a codex's resources. */
function urlsIn(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(urlsIn);
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) => (key === 'url' && typeof inner === 'string' ? [inner] : urlsIn(inner)));
}

const codexFiles = filesUnder(path.join(root, 'nodes'), '.node.json');
const credentialFiles = filesUnder(path.join(root, 'credentials'), '.credentials.ts');

/** `documentationUrl = '…'` (or `: '…'`) read from the source text, whatever the class around it looks like. */
function credentialUrls(file: string): string[] {
	const text = fs.readFileSync(file, 'utf8');
	return [...text.matchAll(/\bdocumentationUrl\b\s*(?::\s*string\s*)?[=:]\s*(['"`])(.*?)\1/g)].map((match) => match[2]);
}

const links: [string, string][] = [
	...codexFiles.flatMap((file) => urlsIn(JSON.parse(fs.readFileSync(file, 'utf8')).resources).map((url): [string, string] => [path.relative(root, file), url])),
	...credentialFiles.flatMap((file) => credentialUrls(file).map((url): [string, string] => [path.relative(root, file), url])),
];

/** Why a docs link would not land where it should; undefined when it does. */
function problem(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return 'not a URL';
	}
	if (parsed.origin !== 'https://www.npmjs.com' || !parsed.pathname.startsWith('/package/')) return 'not a package page on www.npmjs.com';
	const name = decodeURIComponent(parsed.pathname.slice('/package/'.length));
	const anchors = anchorsOf.get(name);
	if (!anchors) return `${name} is not one of our packages`;
	if (parsed.search) return 'a query would come before the anchor n8n keeps';
	const anchor = decodeURIComponent(parsed.hash.slice(1));
	if (anchor && !anchors.includes(anchor)) return `#${anchor} is not a heading of ${name}'s README; its headings: ${anchors.join(', ')}`;
	return undefined;
}

test('every node has a docs link and every credential one documentationUrl', () => {
	expect(codexFiles.length).toBeGreaterThanOrEqual(2);
	for (const file of codexFiles) expect([file, urlsIn(JSON.parse(fs.readFileSync(file, 'utf8')).resources).length > 0]).toEqual([file, true]);
	expect(credentialFiles.length).toBeGreaterThanOrEqual(3);
	for (const file of credentialFiles) expect([file, credentialUrls(file).length]).toEqual([file, 1]);
});

test.each(links)('%s: %s lands on a heading of that package README', (_file, url) => {
	expect(problem(url)).toBeUndefined();
});

test('a link to a heading the README lacks, or to a page not ours, is caught', () => {
	expect(problem('https://www.npmjs.com/package/n8n-nodes-twinfield#twinfield-oauth2-credential')).toBeUndefined();
	expect(problem('https://www.npmjs.com/package/n8n-nodes-twinfield#no-such-heading')).toMatch(/not a heading/);
	expect(problem('https://www.npmjs.com/package/n8n-nodes-24sevenoffice#twinfield-oauth2-credential')).toMatch(/not a heading/);
	expect(problem('https://www.npmjs.com/package/some-other-package#install')).toMatch(/not one of our packages/);
	expect(problem('https://example.com/package/n8n-nodes-twinfield')).toMatch(/not a package page/);
	const source = "export class X { name = 'x';\n\tdocumentationUrl = 'https://www.npmjs.com/package/n8n-nodes-twinfield#gone';\n}";
	const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'docs-links-')), 'X.credentials.ts');
	fs.writeFileSync(file, source);
	try {
		const [url] = credentialUrls(file);
		expect(url).toBe('https://www.npmjs.com/package/n8n-nodes-twinfield#gone');
		expect(problem(url)).toMatch(/#gone is not a heading/);
	} finally {
		fs.rmSync(path.dirname(file), { recursive: true, force: true });
	}
});
