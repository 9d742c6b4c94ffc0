/** Every relative link of the README, the changelog and the docs pages reaches a file of the repository, and its #anchor a heading there. */
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const pages = ['README.md', 'CHANGELOG.md', ...fs.readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
function githubAnchor(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\- _]/gu, '')
		.replace(/ /g, '-');
}

/** The markdown text outside fenced code blocks. */
function prose(markdown: string): string {
	return markdown.replace(/^\s*```[\s\S]*?^\s*```/gm, '');
}

function anchorsOf(file: string): string[] {
	return prose(fs.readFileSync(file, 'utf8'))
		.split('\n')
		.filter((line) => /^#{1,6} /.test(line))
		.map((line) => githubAnchor(line.replace(/^#+ /, '')));
}

/** Why a link of `page` does not land; undefined when it does. */
function problem(page: string, target: string): string | undefined {
	const [file, anchor] = target.split('#');
	const resolved = file ? path.join(root, path.dirname(page), file) : path.join(root, page);
	if (!fs.existsSync(resolved)) return `${file} does not exist`;
	if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).includes(anchor)) return `#${anchor} is not a heading of ${file || page}`;
	return undefined;
}

const links: [string, string][] = pages.flatMap((page) =>
	[...prose(fs.readFileSync(path.join(root, page), 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)]
		.map((match) => match[1])
		.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
		.map((target): [string, string] => [page, target]),
);

test('the pages hold relative links to check', () => {
	expect(links.length).toBeGreaterThan(20);
});

test.each(links)('%s → %s', (page, target) => {
	expect(problem(page, target)).toBeUndefined();
});

test('a missing page or heading is caught', () => {
	expect(githubAnchor('Session → Log On With Access Token')).toBe('session--log-on-with-access-token');
	expect(problem('README.md', 'docs/triggers.md#what-the-triggers-guarantee')).toBeUndefined();
	expect(problem('docs/twinfield.md', 'trigger.md')).toMatch(/does not exist/);
	expect(problem('docs/twinfield.md', 'triggers.md#no-such-heading')).toMatch(/not a heading/);
	expect(problem('docs/twinfield.md', '#twinfield-trigger')).toBeUndefined();
});
