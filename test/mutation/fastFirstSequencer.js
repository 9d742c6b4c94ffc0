// Orders test files for mutation runs so the cheap ones come first, and hands the list to coveringFilesOnly.js.
const Sequencer = require('@jest/test-sequencer').default;

const ORDER = ['/test/unit/', '/test/fuzz/', '/test/emulator/', '/test/engine/'];
const SORTED_TESTS = Symbol.for('mutation.sortedTests');

function rank(file) {
	const normal = file.split('\\').join('/');
	const index = ORDER.findIndex((folder) => normal.includes(folder));
	return index === -1 ? ORDER.length : index;
}

class FastFirstSequencer extends Sequencer {
	sort(tests) {
		// A mutant a unit test kills never loads n8n's engine.
		const sorted = [...tests].sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
		globalThis[SORTED_TESTS] = sorted;
		return sorted;
	}
}

module.exports = FastFirstSequencer;
