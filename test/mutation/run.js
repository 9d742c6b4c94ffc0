// Runs `stryker run` (arguments passed on) under Node.js 22 or newer, which StrykerJS 10 needs: this Node if new enough, else the pinned Node.js 24 of the end-to-end tests.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const STRYKER = path.join(__dirname, '..', '..', 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');

function nodeForStryker() {
	if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
	console.log(`[mutation] Node.js ${process.versions.node} is too old for StrykerJS 10; using the pinned Node.js 24 (fetched once from the npm registry)`);
	return require('../e2e/install').node24Binary();
}

const result = spawnSync(nodeForStryker(), [STRYKER, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
