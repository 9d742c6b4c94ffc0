// `npm run test:mutation:sample -- [places] [seed]`: StrykerJS over a seeded random sample of mutant places, in parts that can be resumed, then the estimated score.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, REPORTS, nodeForStryker, writeTestIndex, runStryker } = require('./stryker');

const PLACES_PER_PART = 60;
const [places = '200', seed = '1'] = process.argv.slice(2);
const sampleFile = path.join(REPORTS, `sample-${seed}.json`);

if (!fs.existsSync(sampleFile)) {
	const drawn = spawnSync(nodeForStryker(), [path.join(__dirname, 'sample.mjs'), places, seed, sampleFile], { cwd: ROOT, stdio: 'inherit' });
	if (drawn.status !== 0) process.exit(drawn.status ?? 1);
}
const { chosen } = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
const testIndex = writeTestIndex();
for (let part = 0; part * PLACES_PER_PART < chosen.length; part += 1) {
	const report = path.join(REPORTS, `sample-${seed}-part${part}.json`);
	// A part that has its report is done: a stopped run goes on where it stopped.
	if (fs.existsSync(report)) continue;
	const ranges = chosen.slice(part * PLACES_PER_PART, (part + 1) * PLACES_PER_PART);
	console.log(`[mutation] part ${part + 1} of ${Math.ceil(chosen.length / PLACES_PER_PART)}: ${ranges.length} places`);
	// The ignorer keeps to this part's places, so a place is tested in one part only.
	const partFile = path.join(REPORTS, `sample-${seed}-places${part}.json`);
	fs.writeFileSync(partFile, JSON.stringify({ chosen: ranges }));
	const code = runStryker(['--mutate', ranges.join(','), '--reporters', 'progress,json'], { testIndex, report, sample: partFile });
	if (code !== 0) process.exit(code);
}
require('./sampleScore').printScore(seed);
