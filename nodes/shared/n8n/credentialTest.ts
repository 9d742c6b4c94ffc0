/** Turns a real log-on attempt into the result the editor's credential Test button shows. */
import type { INode, INodeCredentialTestResult } from 'n8n-workflow';

/** Credential tests run without a workflow node; errors still need one to name. */
export function credentialTestNode(name: string): INode {
	return { id: 'credential-test', name, type: name, typeVersion: 1, position: [0, 0], parameters: {} };
}

export async function credentialTestResult(attempt: () => Promise<string>): Promise<INodeCredentialTestResult> {
	try {
		return { status: 'OK', message: await attempt() };
	} catch (error) {
		const { message, description } = error as { message: string; description?: string };
		const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
		return { status: 'Error', message: description ? `${sentence} ${description}` : message };
	}
}
