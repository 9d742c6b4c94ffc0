// n8n's own rules for community nodes: the current plugin, plus the long-standing
// nodes-base rules for node, credential and package.json conventions.
import communityNodes from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import jsonParser from 'jsonc-eslint-parser';
import tseslint from 'typescript-eslint';

const nodesBase = { 'n8n-nodes-base': n8nNodesBase };

export default [
	{ ignores: ['dist/**', 'node_modules/**', 'test/**', '.e2e/**', '*.js', '*.mjs'] },
	{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } } },
	{ files: ['**/*.ts'], ...communityNodes.configs.recommended },
	{
		files: ['package.json'],
		languageOptions: { parser: jsonParser },
		plugins: { ...nodesBase, ...communityNodes.configs.recommended.plugins },
		rules: {
			...n8nNodesBase.configs.community.rules,
			...Object.fromEntries(
				Object.entries(communityNodes.configs.recommended.rules).filter(([rule]) =>
					/package-json|package-name|runtime-dependencies|lifecycle-scripts|overrides-field|files-array|homepage|valid-author|peer-dependencies|node-registration/.test(rule),
				),
			),
		},
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: nodesBase,
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// Written for n8n's built-in docs slugs; community credentials link to a full URL,
			// which @n8n/community-nodes/credential-documentation-url checks instead.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: nodesBase,
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// Superseded: @n8n/community-nodes/node-connection-type-literal requires NodeConnectionTypes.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
];
