// Draws a seeded random sample of the mutants' places in the files stryker.config.mjs mutates, as StrykerJS --mutate ranges, into reports/mutation/sample-<seed>.json.
//
// A full run is hours here; a uniform sample of places gives the overall score
// with a known margin. Every mutant at a sampled place is tested (the range
// holds them all), so the sample is one of places, not of single mutants.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import config from '../../stryker.config.mjs';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [size = '200', seed = '1', out = path.join(ROOT, 'reports', 'mutation', `sample-${seed}.json`)] = process.argv.slice(2);

const quiet = () => false;
const logger = { trace() {}, debug() {}, info() {}, warn: console.error, error: console.error, fatal: console.error };
Object.assign(logger, { isTraceEnabled: quiet, isDebugEnabled: quiet, isInfoEnabled: quiet, isWarnEnabled: () => true, isErrorEnabled: () => true, isFatalEnabled: () => true });

const names = config.mutate.flatMap((pattern) => fs.globSync(pattern, { cwd: ROOT }));
const files = names.sort().map((name) => ({ name, content: fs.readFileSync(path.join(ROOT, name), 'utf8'), mutate: true }));
const { mutants } = await new Instrumenter(logger).instrument(files, { plugins: null, excludedMutations: [], ignorers: [] });

/** A mutant's place as a --mutate range: lines from 1, columns from 0, as StrykerJS reads them. */
const placeOf = ({ fileName, location: { start, end } }) => `${fileName}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`;
const places = new Map();
for (const mutant of mutants) places.set(placeOf(mutant), (places.get(placeOf(mutant)) ?? 0) + 1);
// A seeded shuffle: places ordered by a hash of the seed and the place, so a sample can be drawn again.
const rank = new Map([...places.keys()].map((place) => [place, createHash('sha256').update(`${seed}\n${place}`).digest('hex')]));
const order = [...places.keys()].sort((a, b) => (rank.get(a) < rank.get(b) ? -1 : 1));
const chosen = order.slice(0, Number(size));
const held = chosen.reduce((sum, range) => sum + places.get(range), 0);
console.error(`[mutation] ${mutants.length} mutants at ${places.size} places in ${files.length} files; sample of ${chosen.length} places (seed ${seed}) holding ${held} mutants`);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ seed: Number(seed), mutants: mutants.length, places: places.size, chosen }, null, 1));
console.error(`[mutation] sample written to ${path.relative(ROOT, out)}`);
