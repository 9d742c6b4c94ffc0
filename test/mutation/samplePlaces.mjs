// StrykerJS ignorer for sampled runs: leaves only the mutants at the sample's places, not those nested inside a sampled place.
//
// `--mutate` ranges take every mutant inside a range, so a sampled function
// body would bring all of its mutants along, three times the sample here.
// Places are compared by their position in the file (lines from 1, columns
// from 0); the `--mutate` ranges keep each place to its own file.
import fs from 'node:fs';
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

function readPlaces() {
	const file = process.env.MUTATION_SAMPLE;
	if (!file) return [];
	return JSON.parse(fs.readFileSync(file, 'utf8')).chosen.map((place) => {
		const [, startLine, startColumn, endLine, endColumn] = /:(\d+):(\d+)-(\d+):(\d+)$/.exec(place).map(Number);
		return { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } };
	});
}

const PLACES = readPlaces();
const before = (a, b) => a.line < b.line || (a.line === b.line && a.column < b.column);
const same = (a, b) => a.line === b.line && a.column === b.column;
const contains = (outer, inner) => !before(inner.start, outer.start) && !before(outer.end, inner.end);

export const strykerPlugins = [
	declareValuePlugin(PluginKind.Ignore, 'sample-places', {
		shouldIgnore(path) {
			const at = path.node.loc;
			if (!at) return undefined;
			const sampledHereOrInside = PLACES.some((place) => (same(place.start, at.start) && same(place.end, at.end)) || contains(at, place));
			return sampledHereOrInside ? undefined : 'inside a sampled place, not sampled itself';
		},
	}),
];
