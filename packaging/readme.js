/**
 * A package's README, generated from the main one: the title becomes the
 * package name, `## <Service>` sections and list items about services the
 * package does not hold are left out, sections for maintainers too, and the
 * main package name in the text becomes the package's own. Relative images are
 * made absolute (the repository's file at the release tag), since npm shows
 * the README but serves no file of the tarball.
 */
const { PACKAGES, SERVICES } = require('./packages');

// Sections for those who work on the source; the repository's README has them.
const MAINTAINER_SECTIONS = ['Publishing'];
// Sections about the source, left out of the single-service READMEs that must speak of one service.
const SOURCE_SECTIONS = ['Try it without an account', 'Performance', "n8n's rules for community packages"];

/** Splits markdown into the part before the first `## ` and one chunk per `## ` section. */
function sections(markdown) {
	const parts = markdown.split(/^(?=## )/m);
	return { head: parts[0], sections: parts.slice(1).map((text) => ({ title: text.slice(3, text.indexOf('\n')).trim(), text })) };
}

/** Drops `- ` list items (with their indented continuation lines) that speak only of services left out. */
function dropForeignListItems(text, own, foreign) {
	const lines = text.split('\n');
	const kept = [];
	for (let i = 0; i < lines.length; i++) {
		if (!lines[i].startsWith('- ')) {
			kept.push(lines[i]);
			continue;
		}
		const item = [lines[i]];
		while (i + 1 < lines.length && /^ {2,}\S/.test(lines[i + 1])) item.push(lines[++i]);
		const body = item.join('\n');
		const aboutForeign = foreign.some((title) => body.includes(title));
		const aboutOwn = own.some((title) => body.includes(title));
		if (!aboutForeign || aboutOwn) kept.push(...item);
	}
	return kept.join('\n');
}

/** `https://github.com/<owner>/<repo>` from the manifest's repository, or undefined. */
function githubRepository(manifest) {
	const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
	const match = /github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?$/.exec(String(url ?? ''));
	return match ? { owner: match[1], repo: match[2] } : undefined;
}

/** Relative image links → the file in the repository at the release tag `v<version>`. */
function absoluteImages(text, manifest) {
	const repository = githubRepository(manifest);
	if (!repository) return text;
	const base = `https://raw.githubusercontent.com/${repository.owner}/${repository.repo}/v${manifest.version}/`;
	return text.replace(/!\[([^\]]*)\]\((?!https?:)([^)\s]+)\)/g, (_, alt, file) => `![${alt}](${base}${file.replace(/^\.\//, '')})`);
}

/**
 * The main README's intro for one service: the lead-in to the list of services
 * is rewritten for one, the image of both nodes left out, and "both nodes"
 * becomes "the node". The list itself is filtered like every other list.
 */
function singleServiceIntro(intro, own) {
	return intro
		.split(/\n{2,}/)
		.filter((paragraph) => !paragraph.startsWith('!['))
		.map((paragraph) => {
			if (paragraph.endsWith(':') && !paragraph.startsWith('#')) return `An n8n community node for ${own.join(' and ')}, an accounting service that only speaks SOAP:`;
			return paragraph.replace(/\bBoth nodes can also be used as tools\b/g, 'The node can also be used as a tool').replace(/\bBoth nodes\b/g, 'The node');
		})
		.join('\n\n');
}

function packageReadme(mainReadme, pkg, manifest) {
	const combined = PACKAGES[0].name;
	const own = pkg.services.map((key) => SERVICES[key].title);
	const foreign = Object.entries(SERVICES)
		.filter(([key]) => !pkg.services.includes(key))
		.map(([, service]) => service.title);
	const single = foreign.length > 0;
	const { head, sections: all } = sections(mainReadme);
	const dropped = new Set([...MAINTAINER_SECTIONS, ...foreign, ...(single ? SOURCE_SECTIONS : [])]);

	let intro = head.replace(/^# .*$/m, `# ${pkg.name}`);
	if (single) intro = singleServiceIntro(intro, own);
	let text = [intro, ...all.filter((section) => !dropped.has(section.title)).map((section) => section.text)].join('');
	if (single) text = dropForeignListItems(text, own, foreign);
	text = text.replaceAll(combined, pkg.name);
	const repository = githubRepository(manifest);
	if (single && repository) text = `${text.trimEnd()}\n\nSource, changelog and issues: https://github.com/${repository.owner}/${repository.repo}\n`;
	return absoluteImages(text, manifest).replace(/\n{3,}/g, '\n\n');
}

module.exports = { packageReadme, githubRepository };
