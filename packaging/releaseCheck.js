/**
 * `npm run release:check [-- --tag vX.Y.Z]`: what must hold before a tag is
 * published. After the build has staged the packages (dist/packages), it
 *   - checks that the tag (from --tag, else GITHUB_REF), package.json, every
 *     package and CHANGELOG.md name the same version;
 *   - checks the shared metadata (repository, bugs, homepage, author);
 *   - packs every package into dist/tarballs and checks what is inside;
 *   - runs n8n's scanner over the sources and every unpacked tarball;
 *   - runs `npm publish --dry-run` on every tarball.
 * The tarballs it leaves in dist/tarballs are the ones the publish workflow
 * publishes. Exits 1 when anything fails.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { PACKAGES, STAGE_DIR, TARBALL_DIR } = require('./packages');
const { githubRepository } = require('./readme');

const ROOT = path.resolve(__dirname, '..');
const PLACEHOLDER_OWNER = 'your-github-account';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = [];

function check(name, ok, detail = '') {
	results.push(Boolean(ok));
	console.log(`${ok ? '  ok  ' : '  FAIL'} ${name}${!ok && detail ? `\n         ${String(detail).split('\n').join('\n         ')}` : ''}`);
	return Boolean(ok);
}

function note(text) {
	console.log(`  note ${text}`);
}

/** The tag under check: `--tag v1.2.3`, else a `refs/tags/…` GITHUB_REF, else none. */
function tagUnderCheck(argv, env) {
	const index = argv.indexOf('--tag');
	if (index >= 0) return argv[index + 1];
	const ref = env.GITHUB_REF ?? '';
	return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}

/** The `## [x.y.z]` (or `## x.y.z`) sections of CHANGELOG.md, newest first, with their text. */
function changelogReleases(text) {
	return [...text.matchAll(/^## \[?(\d+\.\d+\.\d+[^\]\s]*)\]?.*$\n([\s\S]*?)(?=^## |(?![\s\S]))/gm)].map(([, version, body]) => ({ version, body }));
}

function checkVersions(manifest, tag) {
	console.log(`\n== versions (package.json: ${manifest.version})`);
	if (tag) check(`tag ${tag} is v${manifest.version}`, tag === `v${manifest.version}`);
	else note(`no tag given (--tag or GITHUB_REF): checking version ${manifest.version} alone`);
	for (const pkg of PACKAGES) {
		const staged = JSON.parse(fs.readFileSync(path.join(ROOT, STAGE_DIR, pkg.name, 'package.json'), 'utf8'));
		check(`${pkg.name} has version ${manifest.version}`, staged.version === manifest.version, staged.version);
	}
	const changelog = path.join(ROOT, 'CHANGELOG.md');
	const releases = fs.existsSync(changelog) ? changelogReleases(fs.readFileSync(changelog, 'utf8')) : [];
	check(`CHANGELOG.md's newest release is ${manifest.version}`, releases[0]?.version === manifest.version, `found: ${releases.map((r) => r.version).join(', ') || 'none'}`);
	check(`CHANGELOG.md says what changed in ${manifest.version}`, /^\s*- \S/m.test(releases[0]?.body ?? ''));
}

function checkMetadata(manifest, env) {
	console.log('\n== metadata (package.json; copied into every package)');
	const repository = githubRepository(manifest);
	check('repository is a GitHub repository URL', repository, JSON.stringify(manifest.repository));
	check('bugs.url is set', typeof manifest.bugs?.url === 'string' && manifest.bugs.url.startsWith('https://'), JSON.stringify(manifest.bugs));
	check('homepage is set', typeof manifest.homepage === 'string' && manifest.homepage.startsWith('https://'), manifest.homepage);
	check('author has a name and an email', manifest.author?.name && manifest.author?.email, JSON.stringify(manifest.author));
	const placeholder = JSON.stringify([manifest.repository, manifest.bugs, manifest.homepage]).includes(PLACEHOLDER_OWNER);
	if (env.GITHUB_REPOSITORY) {
		// npm's provenance check rejects a package whose repository is not the one that built it.
		const expected = env.GITHUB_REPOSITORY.toLowerCase();
		check(`repository is ${env.GITHUB_REPOSITORY}, where this runs`, repository && `${repository.owner}/${repository.repo}`.toLowerCase() === expected, JSON.stringify(manifest.repository));
	} else if (placeholder) {
		note(`repository, bugs and homepage still name "${PLACEHOLDER_OWNER}": set them before publishing (docs/development.md, "Publishing")`);
	}
}

/** Packs one staged package into dist/tarballs and unpacks it beside; returns both paths. */
function pack(pkg) {
	const tarballs = path.join(ROOT, TARBALL_DIR);
	const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', tarballs], { cwd: path.join(ROOT, STAGE_DIR, pkg.name), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
	const unpacked = path.join(tarballs, 'unpacked', pkg.name);
	fs.mkdirSync(unpacked, { recursive: true });
	execFileSync('tar', ['-xzf', path.join(tarballs, packed.filename), '-C', unpacked, '--strip-components=1']);
	return { tarball: path.join(tarballs, packed.filename), unpacked, packed };
}

function checkTarball(pkg, { unpacked, packed }) {
	const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8'));
	const files = packed.files.map((file) => file.path);
	check(`${pkg.name}: no runtime dependencies`, Object.keys(manifest.dependencies ?? {}).length === 0, JSON.stringify(manifest.dependencies));
	check(`${pkg.name}: every node and credential of its n8n block is inside`, [...manifest.n8n.nodes, ...manifest.n8n.credentials].every((file) => files.includes(file)));
	check(`${pkg.name}: no sources or tests`, !files.some((file) => file.endsWith('.ts') || file.startsWith('dist/test') || file.includes('node_modules')));
	check(`${pkg.name}: README is its own`, fs.readFileSync(path.join(unpacked, 'README.md'), 'utf8').startsWith(`# ${pkg.name}\n`));
}

function main() {
	const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const tag = tagUnderCheck(process.argv.slice(2), process.env);
	for (const pkg of PACKAGES) {
		if (!fs.existsSync(path.join(ROOT, STAGE_DIR, pkg.name, 'package.json'))) throw new Error(`${STAGE_DIR}/${pkg.name} is missing: run npm run build`);
	}
	checkVersions(manifest, tag);
	checkMetadata(manifest, process.env);

	console.log(`\n== tarballs (${TARBALL_DIR})`);
	fs.rmSync(path.join(ROOT, TARBALL_DIR), { recursive: true, force: true });
	fs.mkdirSync(path.join(ROOT, TARBALL_DIR), { recursive: true });
	const packs = PACKAGES.map((pkg) => ({ pkg, ...pack(pkg) }));
	for (const { pkg, tarball, unpacked, packed } of packs) {
		console.log(`  ${path.relative(ROOT, tarball)}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} kB`);
		checkTarball(pkg, { unpacked, packed });
	}

	console.log("\n== n8n's scanner (@n8n/scan-community-package)");
	let scan;
	try {
		// Not NODE_ENV=test: the nodes-base rules have a test mode of their own.
		scan = { ok: true, output: execFileSync(process.execPath, [path.join(__dirname, 'scan.mjs'), '--sources', ROOT, ...packs.map((p) => p.unpacked)], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } }) };
	} catch (error) {
		scan = { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? error.message}` };
	}
	check('sources pass', scan.output.includes('sources: passed'), scan.output);
	for (const { pkg, unpacked } of packs) check(`${pkg.name} passes`, scan.output.includes(`tarball ${unpacked}: passed`), scan.output);

	console.log('\n== npm publish --dry-run');
	for (const { pkg, tarball } of packs) {
		try {
			execFileSync(npm, ['publish', '--dry-run', '--access', 'public', tarball], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
			check(`${pkg.name}@${manifest.version}`, true);
		} catch (error) {
			check(`${pkg.name}@${manifest.version}`, false, error.stderr ?? error.message);
		}
	}

	const failed = results.filter((ok) => !ok).length;
	console.log(`\nrelease:check ${tag ?? `v${manifest.version}`}: ${results.length - failed} passed, ${failed} failed`);
	return failed === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main();

module.exports = { tagUnderCheck, changelogReleases };
