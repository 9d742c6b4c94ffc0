/**
 * What n8n's start costs: it requires every node and credential file of the
 * package. From the build, that loads the descriptions and nothing of the
 * operations, transports or SOAP layer; those load when a node first runs,
 * and the description they assemble equals the one the build stored.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const entries: string[] = [...manifest.n8n.nodes, ...manifest.n8n.credentials];

/** Requires the entry files in a fresh process, as n8n does, and lists the package files that loaded. */
function filesLoadedAtStart(): string[] {
	const script = `
		require('n8n-workflow');
		const before = new Set(Object.keys(require.cache));
		for (const file of ${JSON.stringify(entries)}) {
			const exported = require(require('node:path').join(${JSON.stringify(root)}, file));
			new (Object.values(exported)[0])();
		}
		console.log(JSON.stringify(Object.keys(require.cache).filter((file) => !before.has(file))));`;
	const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })) as string[];
	return loaded.map((file) => path.relative(path.join(root, 'dist'), file).split(path.sep).join('/')).sort();
}

describe('loading the package as n8n starts', () => {
	beforeAll(() => {
		if (!fs.existsSync(path.join(root, 'dist', 'nodes'))) throw new Error('Run `npm run build` first.');
	});

	it('loads each node file, its stored fields and its lazy methods, and the credentials: nothing else', () => {
		expect(filesLoadedAtStart()).toEqual([
			'credentials/TwentyFourSevenOfficeApi.credentials.js',
			'credentials/TwinfieldApi.credentials.js',
			'credentials/TwinfieldOAuth2Api.credentials.js',
			'nodes/TwentyFourSevenOffice/TwentyFourSevenOffice.node.js',
			'nodes/TwentyFourSevenOffice/TwentyFourSevenOfficeTrigger.node.js',
			'nodes/TwentyFourSevenOffice/methods/index.js',
			'nodes/TwentyFourSevenOffice/nodeProperties.js',
			'nodes/TwentyFourSevenOffice/trigger/eventOptions.js',
			'nodes/TwentyFourSevenOffice/trigger/properties.js',
			'nodes/Twinfield/Twinfield.node.js',
			'nodes/Twinfield/TwinfieldTrigger.node.js',
			'nodes/Twinfield/methods/index.js',
			'nodes/Twinfield/nodeProperties.js',
			'nodes/Twinfield/trigger/eventOptions.js',
			'nodes/Twinfield/trigger/properties.js',
			'nodes/shared/n8n/triggerFields.js',
		]);
	});

	it.each([
		['Twinfield', 'nodes/Twinfield/Twinfield.node', 'Twinfield'],
		['24SevenOffice', 'nodes/TwentyFourSevenOffice/TwentyFourSevenOffice.node', 'TwentyFourSevenOffice'],
	])('the %s description the build stored equals the one the sources assemble', (_name, file, className) => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const built = new (require(path.join(root, 'dist', file))[className])().description;
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const fromSource = new (require(path.join(root, file))[className])().description;
		expect(JSON.parse(JSON.stringify(built))).toEqual(JSON.parse(JSON.stringify(fromSource)));
		expect(fs.readFileSync(path.join(root, 'dist', path.dirname(file), 'nodeProperties.js'), 'utf8')).not.toMatch(/require\(/);
	});
});
