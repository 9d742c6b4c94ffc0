/**
 * Replaces each node's compiled fields and subtitle
 * (dist/nodes/<Node>/nodeProperties.js), which assemble them from the
 * operation files, with what they assembled, as plain data. n8n requires every
 * node file when it starts; with these as data it loads no operation code
 * until a node runs.
 */
const fs = require('node:fs');
const path = require('node:path');

function freezeDescriptions(root) {
	const nodesDir = path.join(root, 'dist', 'nodes');
	for (const entry of fs.readdirSync(nodesDir, { withFileTypes: true })) {
		const file = path.join(nodesDir, entry.name, 'nodeProperties.js');
		if (!entry.isDirectory() || !fs.existsSync(file)) continue;
		const { properties, subtitle } = require(file);
		const data = JSON.stringify({ properties, subtitle }, null, '\t');
		if (JSON.stringify(JSON.parse(data)) !== JSON.stringify({ properties, subtitle })) throw new Error(`${file}: the fields are not plain data`);
		fs.writeFileSync(
			file,
			`"use strict";\n// The fields and subtitle nodes/${entry.name}/nodeProperties.ts assembles, stored as data by the build.\nObject.defineProperty(exports, "__esModule", { value: true });\nconst assembled = ${data};\nexports.properties = assembled.properties;\nexports.subtitle = assembled.subtitle;\n`,
		);
	}
}

module.exports = { freezeDescriptions };
