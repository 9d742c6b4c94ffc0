/** The Twinfield node's description as the editor reads it. */
import { Workflow, type INode } from 'n8n-workflow';

import { Twinfield } from '../../nodes/Twinfield/Twinfield.node';
import { nodeTypes } from '../engine/nodeTypes';

const description = new Twinfield().description;

function subtitleOf(operation: string): unknown {
	const node: INode = { id: '1', name: 'T', type: 'n8n-nodes-twinfield-24sevenoffice.twinfield', typeVersion: 1.1, position: [0, 0], parameters: { resource: 'session', operation } };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(node, description.subtitle as string, 'internal', {});
}

describe('Twinfield node description', () => {
	it("the canvas subtitle is the operation's display name", () => {
		expect(subtitleOf('logOn')).toBe('Log On');
		expect(subtitleOf('smsLogOn')).toBe('Log On With SMS Code');
		expect(subtitleOf('listCompanies')).toBe('List Companies');
	});

	it('new nodes default to OAuth2, version 1 nodes keep User and Password', () => {
		const defaults = description.properties
			.filter((property) => property.name === 'authentication')
			.map((property) => [JSON.stringify(property.displayOptions?.show?.['@version']), property.default]);
		expect(defaults).toEqual([
			['[1]', 'password'],
			['[1.1]', 'oAuth2'],
		]);
		expect(description.defaultVersion).toBe(1.1);
	});

	it('lists every operation once, sorted by name, each with an action', () => {
		const operation = description.properties.find((property) => property.name === 'operation');
		const names = (operation?.options ?? []).map((option) => (option as { name: string }).name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(names).toHaveLength(10);
	});
});
