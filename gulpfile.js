/**
 * Build: compile TypeScript into dist/, then copy what tsc does not (SVG icons
 * and codex files) beside it.
 */
const { src, dest, series } = require('gulp');
const { spawn } = require('node:child_process');
const fs = require('node:fs');

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

exports.build = series(clean, compile, copyIcons, copyCodex);
