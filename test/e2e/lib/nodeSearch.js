/**
 * The node panel's search of n8n 2.41's editor, rewritten from its compiled
 * code (n8n-editor-ui 2.41.0: the node creator's search and the fuzzy matcher
 * it calls), so that tests can ask "does this word find the node, and how
 * high" on the node types a real n8n serves.
 *
 * What the editor does: it drops a last word that starts "trigger", lower-cases
 * the rest, and keeps every node whose display name or one of whose codex
 * aliases holds those characters in order (not necessarily next to each other,
 * spaces included). Categories and descriptions are not searched. Results are
 * sorted by a score that rewards letters next to each other, at the start, after
 * a space or at a camel-case hump; a display name counts 1.3 times an alias.
 */

const SEQUENTIAL_BONUS = 60;
const SEPARATOR_BONUS = 38;
const CAMEL_BONUS = 30;
const FIRST_LETTER_BONUS = 15;
const LEADING_LETTER_PENALTY = -20;
const MAX_LEADING_LETTER_PENALTY = -200;
const UNMATCHED_LETTER_PENALTY = -2.5;
const MAX_MATCHES = 256;
const RECURSION_LIMIT = 5;
const KEYS = [
	{ key: 'displayName', weight: 1.3 },
	{ key: 'alias', weight: 1 },
];

function isSubsequence(pattern, text) {
	let found = 0;
	for (let index = 0; found < pattern.length && index < text.length; index++) {
		if (pattern[found].toLowerCase() === text[index].toLowerCase()) found++;
	}
	return pattern.length !== 0 && text.length !== 0 && found === pattern.length;
}

function scoreOf(text, matches, count) {
	let score = 100;
	if (!text.toLowerCase().startsWith('n8n')) score += Math.max(LEADING_LETTER_PENALTY * matches[0], MAX_LEADING_LETTER_PENALTY);
	score += UNMATCHED_LETTER_PENALTY * (text.length - count);
	for (let i = 0; i < count; i++) {
		const at = matches[i];
		if (i > 0 && at === matches[i - 1] + 1) score += SEQUENTIAL_BONUS;
		if (at === 0) {
			score += FIRST_LETTER_BONUS;
			continue;
		}
		const before = text[at - 1];
		const current = text[at];
		if (before !== before.toUpperCase() && current !== current.toLowerCase()) score += CAMEL_BONUS;
		if (before === '_' || before === ' ') score += SEPARATOR_BONUS;
	}
	return score;
}

/** The best score of `pattern` in `text` from these positions on, trying later matches of each letter too (depth-limited, as in the editor). */
function fuzzyMatch(pattern, text, patternIndex, textIndex, previousMatches, depth) {
	depth += 1;
	if (depth >= RECURSION_LIMIT || patternIndex === pattern.length || textIndex === text.length) return undefined;
	let matches = [];
	let count = previousMatches ? previousMatches.length : 0;
	let copied = false;
	let bestAlternative;
	while (patternIndex < pattern.length && textIndex < text.length) {
		if (pattern[patternIndex].toLowerCase() === text[textIndex].toLowerCase()) {
			if (count >= MAX_MATCHES) return undefined;
			if (!copied && previousMatches) {
				matches = [...previousMatches];
				copied = true;
			}
			const alternative = fuzzyMatch(pattern, text, patternIndex, textIndex + 1, matches.slice(0, count), depth);
			if (alternative !== undefined && (bestAlternative === undefined || alternative > bestAlternative)) bestAlternative = alternative;
			matches[count++] = textIndex;
			patternIndex++;
		}
		textIndex++;
	}
	if (patternIndex !== pattern.length) return undefined;
	const score = scoreOf(text, matches, count);
	return bestAlternative !== undefined && bestAlternative > score ? bestAlternative : score;
}

function matchScore(query, text, weight) {
	if (!isSubsequence(query, text)) return undefined;
	const score = fuzzyMatch(query, text, 0, 0, null, 0);
	return score === undefined ? undefined : score * weight;
}

/** What the editor searches for: a last word that starts "trigger" dropped, lower case. */
function searchTerm(typed) {
	const words = typed.split(' ');
	const last = words[words.length - 1].toLowerCase();
	const kept = words.length > 1 && 'trigger'.startsWith(last) ? words.slice(0, -1).filter((word) => word).join(' ').trimEnd() : typed;
	return kept.toLowerCase();
}

/** The node types the panel offers outside an AI agent: each once, no hidden ones, no AI-tool variants. */
function listedNodes(nodes) {
	const seen = new Set();
	return nodes.filter((node) => !node.hidden && !node.name.endsWith('Tool') && !seen.has(node.name) && seen.add(node.name));
}

/**
 * The nodes a typed search finds, best first: `[{ node, score }]`. `nodes` are
 * node descriptions as `/types/nodes.json` serves them.
 */
function searchNodes(typed, nodes) {
	const query = searchTerm(typed);
	const found = [];
	for (const node of nodes) {
		let best;
		for (const { key, weight } of KEYS) {
			const value = key === 'alias' ? node.codex?.alias : node[key];
			const texts = Array.isArray(value) ? value : [value];
			for (const text of texts) {
				if (typeof text !== 'string') continue;
				const score = matchScore(query, text, weight);
				if (score !== undefined && (best === undefined || score > best)) best = score;
			}
		}
		if (best !== undefined) found.push({ node, score: best });
	}
	return found.sort((a, b) => b.score - a.score);
}

module.exports = { listedNodes, searchNodes, searchTerm };
