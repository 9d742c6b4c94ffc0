// Runs n8n's community-package scanner the way n8n does for a published
// package: over the sources with the source rules, and over each unpacked
// tarball's compiled files and package.json.
// Usage: node packaging/scan.mjs [--sources <dir>] <unpacked package dir>...
import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const args = process.argv.slice(2);
const targets = [];
if (args[0] === '--sources') targets.push(['sources', args[1], SOURCE_FILE_PATTERNS]);
for (const dir of args.slice(args[0] === '--sources' ? 2 : 0)) targets.push([`tarball ${dir}`, dir, ['**/*.js', 'package.json']]);

let failed = false;
for (const [label, dir, patterns] of targets) {
	const result = await analyzePackage(dir, patterns);
	console.log(`${label}: ${result.passed ? 'passed' : `FAILED: ${result.message}`}`);
	if (result.details) console.log(result.details);
	failed ||= !result.passed;
}
process.exitCode = failed ? 1 : 0;
