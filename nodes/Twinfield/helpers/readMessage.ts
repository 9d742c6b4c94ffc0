/** The `<read>` message of one document of an office, written with the node's XML document builder. */
import { leaf, node, renderXml } from './xmlDocument';

/** `<read>` of type `type` in `office`; `code` names the document, `extra` adds elements such as `invoicenumber`. */
export function readMessage(type: string, office: string, code: string, extra: Record<string, string> = {}): string {
	const fields = [leaf('type', type), leaf('office', office), leaf('code', code), ...Object.entries(extra).map(([name, value]) => leaf(name, value))];
	return renderXml(node('read', fields));
}
