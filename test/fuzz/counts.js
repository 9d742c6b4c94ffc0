// How many cases each fuzz property runs, scaled by FUZZ_RUNS; read by the tests and by the summary reporter.
'use strict';

/** The reference count: FUZZ_RUNS=N runs each category N / BASE times as often as by default. */
const BASE = 300;
const scale = Number(process.env.FUZZ_RUNS ?? 0) > 0 ? Number(process.env.FUZZ_RUNS) / BASE : 1;
const scaled = (count) => Math.max(1, Math.round(count * scale));

/** Per category through the SOAP layer alone (in memory, real streams). */
const LAYER = {
	'cut off': 300,
	DTD: 300,
	'two roots': 300,
	'wrong namespace': 300,
	'prototype names': 300,
	'control characters': 300,
	'mismatched tags': 300,
	'undeclared entities': 300,
	faults: 300,
	html: 200,
	'plain text': 200,
	gzip: 15,
	oversized: 8,
	deep: 30,
	wide: 20,
	'bytes and BOMs': 200,
	resets: 20,
	'trickling and silent servers': 20,
	'well-formed variants': 300,
};

/** Whole workflows per operation and category, over HTTP through n8n's engine. */
const ENGINE = {
	'cut off': 6,
	DTD: 4,
	'two roots': 4,
	'wrong namespace': 4,
	'prototype names': 4,
	'control characters': 4,
	'mismatched tags': 4,
	'undeclared entities': 4,
	'well-formed variants': 4,
	faults: 3,
	html: 2,
	resets: 1,
};

const map = (table) => Object.fromEntries(Object.entries(table).map(([name, count]) => [name, scaled(count)]));

module.exports = {
	BASE,
	layerRuns: map(LAYER),
	engineRuns: map(ENGINE),
	/** The XML reader against fast-xml-parser on generated well-formed documents. */
	readerRuns: scaled(300),
	/** Unicode passwords through the envelope, and through whole workflows. */
	unicodeRuns: scaled(300),
	unicodeWorkflowRuns: scaled(20),
	/** One line that says what this run does. */
	describe() {
		const sum = (table) => Object.values(map(table)).reduce((a, b) => a + b, 0);
		const layer = map(LAYER);
		const engine = map(ENGINE);
		return (
			`fuzz: layer ${layer['cut off']} per XML category (${sum(LAYER)} in all), ` +
			`engine ${engine['cut off']} cut-off and ${engine.DTD} per other XML category per operation (${sum(ENGINE)} per operation), ` +
			`reader ${scaled(300)}, unicode ${scaled(300)} + ${scaled(20)} workflows` +
			(scale === 1 ? ' (FUZZ_RUNS to scale)' : ` (FUZZ_RUNS=${process.env.FUZZ_RUNS}: ×${scale.toFixed(2)})`)
		);
	},
};
