/**
 * Build: compile TypeScript into dist/, store each node's description as plain
 * data, copy what tsc does not (SVG icons and codex files) beside it, then
 * stage the packages of packaging/packages.js from that build into
 * dist/packages. The nodes read SOAP with their own XML reader
 * (nodes/shared/soap/xml.ts), so no package has runtime dependencies.
 */
const { src, dest, series } = require('gulp');
const { spawn } = require('node:child_process');
const fs = require('node:fs');

const { freezeDescriptions } = require('./packaging/freezeDescriptions');
const { stagePackages } = require('./packaging/stage');

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

function descriptions(done) {
	freezeDescriptions(__dirname);
	done();
}

function copyIcons() {
	return src('icons/*.svg').pipe(dest('dist/icons'));
}

function copyCodex() {
	return src(['nodes/**/*.node.json']).pipe(dest('dist/nodes'));
}

function packages(done) {
	stagePackages(__dirname);
	done();
}

exports.build = series(clean, compile, descriptions, copyIcons, copyCodex, packages);
