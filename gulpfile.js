/**
 * Build: compile TypeScript into dist/, copy what tsc does not (SVG icons and
 * codex files) beside it, and compile fast-xml-parser into dist/vendor so the
 * published package has no runtime dependencies. Then stage the packages of
 * packaging/packages.js from that build into dist/packages.
 */
const { src, dest, series } = require('gulp');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { stagePackages } = require('./packaging/stage');

// Runtime libraries whose CommonJS entry is one self-contained file.
const VENDORED = ['fast-xml-parser'];

function clean(done) {
	fs.rmSync('dist', { recursive: true, force: true });
	done();
}

function compile() {
	return new Promise((resolve, reject) => {
		const tsc = spawn(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { stdio: 'inherit' });
		tsc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tsc failed with exit code ${code}`))));
	});
}

function copyIcons() {
	return src('icons/*.svg').pipe(dest('dist/icons'));
}

function copyCodex() {
	return src(['nodes/**/*.node.json']).pipe(dest('dist/nodes'));
}

/** Copies each vendored bundle into dist/vendor and points the compiled requires at it. */
function vendor(done) {
	fs.mkdirSync('dist/vendor', { recursive: true });
	for (const name of VENDORED) {
		const bundle = require.resolve(name);
		fs.copyFileSync(bundle, `dist/vendor/${name}.js`);
		const license = path.join(bundle.slice(0, bundle.lastIndexOf(name) + name.length), 'LICENSE');
		if (fs.existsSync(license)) fs.copyFileSync(license, `dist/vendor/${name}.LICENSE`);
	}
	for (const file of fs.readdirSync('dist', { recursive: true })) {
		if (!file.endsWith('.js') || file.startsWith('vendor') || file.startsWith('test')) continue;
		const full = path.join('dist', file);
		let code = fs.readFileSync(full, 'utf8');
		for (const name of VENDORED) {
			let relative = path.relative(path.dirname(full), `dist/vendor/${name}.js`).split(path.sep).join('/');
			if (!relative.startsWith('.')) relative = `./${relative}`;
			code = code.replaceAll(`require("${name}")`, `require("${relative}")`);
		}
		fs.writeFileSync(full, code);
	}
	done();
}

function packages(done) {
	stagePackages(__dirname);
	done();
}

exports.build = series(clean, compile, copyIcons, copyCodex, vendor, packages);
