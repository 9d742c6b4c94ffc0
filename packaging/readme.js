/**
 * Each package's README. The combined package's is the repository's README; a
 * single-service package's is its service's page (SERVICES[key].page) under
 * the README's install sections, its headings one level down beneath
 * `## <Service>`. The main package name in the text becomes the package's
 * own. Relative links and images are made absolute (the repository's file at
 * the release tag), since npm shows the README but serves no file of the
 * tarball.
 */
const fs = require('node:fs');
const path = require('node:path');

const { PACKAGES, SERVICES } = require('./packages');

// Sections for those who work on the source; the repository keeps them.
const MAINTAINER_SECTIONS = ['Publishing'];
// The README's sections that every single-service README starts with.
const INSTALL_SECTIONS = ['Install', 'Installing on n8n Cloud'];

/** The texts a README is made from: the repository's README and each service's page, keyed as in SERVICES. */
function readSources(root) {
	const pages = {};
	for (const [key, service] of Object.entries(SERVICES)) {
		const file = path.join(root, service.page);
		if (fs.existsSync(file)) pages[key] = fs.readFileSync(file, 'utf8');
	}
	return { readme: fs.readFileSync(path.join(root, 'README.md'), 'utf8'), pages };
}

/** Splits markdown into the part before the first `## ` and one chunk per `## ` section. */
function sections(markdown) {
	const parts = markdown.split(/^(?=## )/m);
	return { head: parts[0], sections: parts.slice(1).map((text) => ({ title: text.slice(3, text.indexOf('\n')).trim(), text })) };
}

/** Applies `change` to each line outside fenced code blocks. */
function outsideCode(text, change) {
	let fenced = false;
	return text
		.split('\n')
		.map((line) => {
			if (/^\s*```/.test(line)) {
				fenced = !fenced;
				return line;
			}
			return fenced ? line : change(line);
		})
		.join('\n');
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

/**
 * Relative links and images of a file at `source` (a path in the repository)
 * → the repository's file at the release tag `v<version>`: images as raw
 * files, links as GitHub pages. A link to `source` itself keeps only its anchor.
 */
function absoluteLinks(text, manifest, source) {
	const repository = githubRepository(manifest);
	if (!repository) return text;
	const tag = `v${manifest.version}`;
	const raw = `https://raw.githubusercontent.com/${repository.owner}/${repository.repo}/${tag}/`;
	const blob = `https://github.com/${repository.owner}/${repository.repo}/blob/${tag}/`;
	const dir = path.posix.dirname(source);
	return outsideCode(text, (line) =>
		line.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, bang, label, target) => {
			if (/^([a-z][a-z0-9+.-]*:|#)/i.test(target)) return whole;
			const [file, anchor] = target.split(/(?=#)/);
			const resolved = path.posix.normalize(path.posix.join(dir, file));
			if (!bang && resolved === source) return `[${label}](${anchor ?? '#'})`;
			return `${bang}[${label}](${bang ? raw : blob}${resolved}${anchor ?? ''})`;
		}),
	);
}

/** Every heading one level further down (`#` → `##`), code blocks left alone. */
function headingsDown(text) {
	return outsideCode(text, (line) => (/^#{1,5} /.test(line) ? `#${line}` : line));
}

/** A service's page as the README of its own package: the page's intro, the install steps, then the page under `## <Service>`. */
function singleServiceReadme(sources, pkg, manifest) {
	const [key] = pkg.services;
	const service = SERVICES[key];
	const page = sources.pages[key];
	if (page === undefined) throw new Error(`${service.page} is missing: it is the README of ${pkg.name}`);
	const foreign = Object.entries(SERVICES)
		.filter(([other]) => other !== key)
		.map(([, other]) => other.title);

	const { head, sections: pageSections } = sections(page);
	const intro = head.replace(/^# .*\n/m, '').trim();
	const install = sections(sources.readme)
		.sections.filter((section) => INSTALL_SECTIONS.includes(section.title))
		.map((section) => dropForeignListItems(section.text, [service.title], foreign))
		.join('')
		.replaceAll(PACKAGES[0].name, pkg.name);
	const body = headingsDown(pageSections.map((section) => section.text).join(''));

	let text = `# ${pkg.name}\n\n${intro}\n\n${install.trimEnd()}\n\n## ${service.title}\n\n${body.trimEnd()}\n`;
	text = absoluteLinks(text, manifest, service.page);
	const repository = githubRepository(manifest);
	if (repository) text = `${text}\nSource, changelog and issues: https://github.com/${repository.owner}/${repository.repo}\n`;
	return text;
}

/** The combined package's README: the repository's, without the sections for maintainers. */
function combinedReadme(sources, pkg, manifest) {
	const { head, sections: all } = sections(sources.readme);
	const text = [head.replace(/^# .*$/m, `# ${pkg.name}`), ...all.filter((section) => !MAINTAINER_SECTIONS.includes(section.title)).map((section) => section.text)].join('');
	return absoluteLinks(text.replaceAll(PACKAGES[0].name, pkg.name), manifest, 'README.md');
}

/** The anchor GitHub and npm give a heading's text: lower case, punctuation dropped, spaces to `-`. */
function anchorOf(heading) {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

/** The anchors of a markdown text's headings, in order; a repeated one gets `-1`, `-2`, … as on GitHub. */
function headingAnchors(markdown) {
	const anchors = [];
	const seen = new Map();
	outsideCode(markdown, (line) => {
		const heading = /^#{1,6} (.+)$/.exec(line);
		if (heading) {
			const anchor = anchorOf(heading[1]);
			const count = seen.get(anchor) ?? 0;
			seen.set(anchor, count + 1);
			anchors.push(count ? `${anchor}-${count}` : anchor);
		}
		return line;
	});
	return anchors;
}

function packageReadme(sources, pkg, manifest) {
	const text = pkg.services.length === 1 ? singleServiceReadme(sources, pkg, manifest) : combinedReadme(sources, pkg, manifest);
	return text.replace(/\n{3,}/g, '\n\n');
}

module.exports = { packageReadme, readSources, githubRepository, absoluteLinks, headingAnchors };
