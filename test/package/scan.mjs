// Runs n8n's community-package scanner the way n8n does for a published
// package: once over the sources, once over the unpacked tarball.
// Usage: node test/package/scan.mjs <source dir> <unpacked package dir>
import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const [sourceDir, packageDir] = process.argv.slice(2);
let failed = false;
for (const [label, dir, patterns] of [
	['sources', sourceDir, SOURCE_FILE_PATTERNS],
	['tarball', packageDir, ['**/*.js', 'package.json']],
]) {
	const result = await analyzePackage(dir, patterns);
	console.log(`${label}: ${result.passed ? 'passed' : `FAILED: ${result.message}`}`);
	if (result.details) console.log(result.details);
	failed ||= !result.passed;
}
process.exitCode = failed ? 1 : 0;
