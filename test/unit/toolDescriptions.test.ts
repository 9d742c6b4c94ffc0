/** The resource operations read well to a language model: one-sentence descriptions and the tool description n8n makes from the action. */
import { NodeHelpers, type INode, type INodeProperties, type INodeTypeDescription } from 'n8n-workflow';

import { TwentyFourSevenOffice } from '../../nodes/TwentyFourSevenOffice/TwentyFourSevenOffice.node';
import { Twinfield } from '../../nodes/Twinfield/Twinfield.node';

/** The generic resources: their fields explain a protocol, not a business record. */
const GENERIC = new Set(['session', 'xml', 'service', 'finder']);
/** The sentence n8n's lint rules ask for on options loaded from the service. */
const N8N_LOAD_OPTIONS_HINT = /\s*Choose from the list, or specify an ID using an <a href="[^"]+">expression<\/a>\.$/;

/** More than one sentence: a full stop, question or exclamation mark followed by a new sentence, once "e.g." is set aside. */
function sentenceBreak(text: string): string | undefined {
	const plain = text.replace(N8N_LOAD_OPTIONS_HINT, '').replace(/\be\.g\./g, 'eg').replace(/\bi\.e\./g, 'ie');
	return /[.!?]\s+[A-Z]/.exec(plain)?.[0];
}

function resourcesOf(description: INodeTypeDescription): string[] {
	const resource = description.properties.find((property) => property.name === 'resource');
	return (resource?.options ?? []).map((option) => String((option as { value: string }).value)).filter((value) => !GENERIC.has(value));
}

function shownFor(description: INodeTypeDescription, resource: string): INodeProperties[] {
	return description.properties.filter((property) => property.name !== 'resource' && (property.displayOptions?.show?.resource ?? []).includes(resource));
}

/** Every field and sub-field, with the path a reader would follow to it. */
function fieldsIn(properties: INodeProperties[], path = ''): Array<[string, INodeProperties]> {
	return properties.flatMap((property) => {
		const here = `${path}${property.displayName}`;
		const inner = (property.options ?? []).flatMap((option) => {
			if ('values' in option) return fieldsIn(option.values, `${here} › ${option.displayName} › `);
			if ('type' in option) return fieldsIn([option as INodeProperties], `${here} › `);
			return [];
		});
		return [[here, property] as [string, INodeProperties], ...inner];
	});
}

const nodes: Array<[string, INodeTypeDescription, string, number]> = [
	['Twinfield', new Twinfield().description, 'n8n-nodes-twinfield-24sevenoffice.twinfield', 1.1],
	['24SevenOffice', new TwentyFourSevenOffice().description, 'n8n-nodes-twinfield-24sevenoffice.twentyFourSevenOffice', 1],
];

describe.each(nodes)('%s resource operations as AI tools', (service, description, type, typeVersion) => {
	const resources = resourcesOf(description);
	const operations = resources.flatMap((resource) =>
		shownFor(description, resource)
			.filter((property) => property.name === 'operation')
			.flatMap((property) => (property.options ?? []).map((option) => [resource, option as { name: string; value: string; description?: string; action?: string }] as const)),
	);

	it('has business resources to check', () => {
		expect(resources.length).toBeGreaterThanOrEqual(5);
		expect(operations.length).toBeGreaterThanOrEqual(15);
	});

	it.each(operations.map(([resource, option]) => [`${resource} → ${option.name}`, option] as const))('%s has an action and a one-sentence description', (_name, option) => {
		expect(option.action).toMatch(/^[A-Z][a-z]+ \S/);
		expect(option.description).toMatch(/^[A-Z]/);
		expect(sentenceBreak(option.description ?? '')).toBeUndefined();
		expect(option.description).not.toMatch(/\.$/);
	});

	it.each(operations.map(([resource, option]) => [`${resource} → ${option.name}`, resource, option] as const))('%s: n8n describes the tool as "<action> in %s"', (_name, resource, option) => {
		const node: INode = { id: '1', name: 'Tool', type: `${type}Tool`, typeVersion, position: [0, 0], parameters: { resource, operation: option.value } };
		expect(NodeHelpers.getToolDescriptionForNode(node, { description } as never)).toBe(`${option.action} in ${service}`);
	});

	it('gives every field of the resource operations a description of one sentence, when it has one', () => {
		const long = resources.flatMap((resource) =>
			fieldsIn(shownFor(description, resource))
				.filter(([, field]) => typeof field.description === 'string' && sentenceBreak(field.description) !== undefined)
				.map(([path, field]) => `${resource}: ${path}: ${field.description}`),
		);
		expect(long).toEqual([]);
	});
});
