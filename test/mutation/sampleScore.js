// Reads a sample's StrykerJS reports and prints the estimated mutation score, overall and per folder, with its 95 % margin and the survivors.
//
// The sample is one of places (a place holds one to a few mutants), so the
// score is a ratio estimate over clusters: killed or timed out over all with a
// verdict, with the variance of a simple random sample of clusters drawn
// without replacement. Mutants StrykerJS tested only because they sit inside
// a sampled place are listed, not counted.
const fs = require('node:fs');
const path = require('node:path');

const REPORTS = path.join(__dirname, '..', '..', 'reports', 'mutation');
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const FOLDERS = [
	['SOAP layer', 'nodes/shared/soap/'],
	['Twinfield transport', 'nodes/Twinfield/transport/'],
	['Twinfield helpers', 'nodes/Twinfield/helpers/'],
	['24SevenOffice transport', 'nodes/TwentyFourSevenOffice/transport/'],
	['24SevenOffice helpers', 'nodes/TwentyFourSevenOffice/helpers/'],
];

/** The report's place of a mutant in the sample's terms: lines from 1, columns from 0. */
function placeOf(fileName, { start, end }) {
	return `${fileName}:${start.line}:${start.column - 1}-${end.line}:${end.column - 1}`;
}

/** Every mutant the parts tested, once: a place nested in another part's range can be tested in both. */
function readMutants(seed) {
	const mutants = new Map();
	const parts = fs.readdirSync(REPORTS).filter((name) => name.startsWith(`sample-${seed}-part`) && name.endsWith('.json'));
	for (const part of parts) {
		const report = JSON.parse(fs.readFileSync(path.join(REPORTS, part), 'utf8'));
		for (const [fileName, file] of Object.entries(report.files)) {
			for (const mutant of file.mutants) {
				const place = placeOf(fileName, mutant.location);
				const key = `${place} ${mutant.mutatorName} ${mutant.replacement}`;
				if (!mutants.has(key) || mutant.status !== 'Ignored') mutants.set(key, { ...mutant, fileName, place });
			}
		}
	}
	return [...mutants.values()];
}

/** Ratio estimate over sampled places: { score, margin, detected, withVerdict, places }. */
function estimate(clusters, placesInAll) {
	const k = clusters.length;
	const y = clusters.reduce((sum, c) => sum + c.detected, 0);
	const m = clusters.reduce((sum, c) => sum + c.withVerdict, 0);
	if (k < 2 || m === 0) return { score: m ? y / m : NaN, margin: NaN, detected: y, withVerdict: m, places: k };
	const ratio = y / m;
	const meanSize = m / k;
	const spread = clusters.reduce((sum, c) => sum + (c.detected - ratio * c.withVerdict) ** 2, 0) / (k - 1);
	const variance = ((1 - k / placesInAll) * spread) / (k * meanSize ** 2);
	return { score: ratio, margin: 1.96 * Math.sqrt(variance), detected: y, withVerdict: m, places: k };
}

function scoreSample(seed) {
	const sample = JSON.parse(fs.readFileSync(path.join(REPORTS, `sample-${seed}.json`), 'utf8'));
	const mutants = readMutants(seed);
	const tested = new Set(mutants.map((mutant) => mutant.place));
	const done = sample.chosen.filter((place) => tested.has(place));
	const clusters = done.map((place) => {
		const here = mutants.filter((mutant) => mutant.place === place);
		return {
			place,
			detected: here.filter((mutant) => DETECTED.has(mutant.status)).length,
			withVerdict: here.filter((mutant) => DETECTED.has(mutant.status) || UNDETECTED.has(mutant.status)).length,
		};
	});
	const chosen = new Set(done);
	const overall = estimate(clusters, sample.places);
	const folders = FOLDERS.map(([name, prefix]) => ({ name, ...estimate(clusters.filter((c) => c.place.startsWith(prefix)), sample.places) }));
	const statuses = {};
	for (const mutant of mutants) statuses[mutant.status] = (statuses[mutant.status] ?? 0) + 1;
	const describe = (mutant) => `${mutant.place} ${mutant.mutatorName} → ${JSON.stringify(mutant.replacement ?? '')} (${mutant.status})`;
	return {
		seed,
		placesInAll: sample.places,
		mutantsInAll: sample.mutants,
		placesDrawn: sample.chosen.length,
		placesTested: done.length,
		overall,
		folders,
		statusesOfAllTested: statuses,
		sampledSurvivors: mutants.filter((mutant) => chosen.has(mutant.place) && UNDETECTED.has(mutant.status)).map(describe),
		otherSurvivors: mutants.filter((mutant) => !chosen.has(mutant.place) && UNDETECTED.has(mutant.status)).map(describe),
	};
}

function printScore(seed) {
	const result = scoreSample(seed);
	const percent = (value) => (Number.isNaN(value) ? '–' : `${(value * 100).toFixed(1)} %`);
	const line = (name, e) => `${name}: ${percent(e.score)} ± ${percent(e.margin)} (${e.detected} of ${e.withVerdict} mutants at ${e.places} places)`;
	console.log(`[mutation] sample ${seed}: ${result.placesTested} of ${result.placesDrawn} places tested, of ${result.placesInAll} places (${result.mutantsInAll} mutants) in all`);
	console.log(line('overall', result.overall));
	for (const folder of result.folders) console.log(`  ${line(folder.name, folder)}`);
	console.log(`statuses of every mutant tested: ${JSON.stringify(result.statusesOfAllTested)}`);
	console.log(`survivors in the sample (${result.sampledSurvivors.length}):`);
	for (const survivor of result.sampledSurvivors) console.log(`  ${survivor}`);
	fs.writeFileSync(path.join(REPORTS, `sample-${seed}-score.json`), JSON.stringify(result, null, 1));
}

module.exports = { scoreSample, printScore };

if (require.main === module) printScore(process.argv[2] ?? '1');
