/** What a node hands an AI agent when it runs as a tool: its output without the session secrets. */
import { NodeConnectionTypes, type INode, type INodeExecutionData } from 'n8n-workflow';

/**
 * Output fields that carry a session or a token. Another node can use them, but
 * a language model must never read them: whatever a tool outputs goes into the
 * model's context, and from there to the model's provider.
 */
export const SECRET_OUTPUT_FIELDS = ['sessionId', 'soapHeader', 'accessToken', 'refreshToken', 'cookie'];

/**
 * Whether n8n runs the node as a tool: its AI-tool variant (`…Tool` type),
 * or any node an agent asked the engine to run for it.
 */
export function runsAsTool(node: INode): boolean {
	return node.type.endsWith('Tool') || node.rewireOutputLogTo === NodeConnectionTypes.AiTool;
}

/** The same items without the secret fields; everything else, pairedItem included, stays. */
export function withoutSecrets(output: INodeExecutionData[][]): INodeExecutionData[][] {
	return output.map((items) =>
		items.map((item) => {
			const json = { ...item.json };
			for (const field of SECRET_OUTPUT_FIELDS) delete json[field];
			return { ...item, json };
		}),
	);
}
