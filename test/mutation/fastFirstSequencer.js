// Orders test files for mutation runs so the cheap ones come first: a mutant a unit test kills never loads n8n's engine.
const Sequencer = require('@jest/test-sequencer').default;

const ORDER = ['/test/unit/', '/test/fuzz/', '/test/emulator/', '/test/engine/'];

function rank(file) {
	const normal = file.split('\\').join('/');
	const index = ORDER.findIndex((folder) => normal.includes(folder));
	return index === -1 ? ORDER.length : index;
}

class FastFirstSequencer extends Sequencer {
	sort(tests) {
		return [...tests].sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
	}
}

module.exports = FastFirstSequencer;
