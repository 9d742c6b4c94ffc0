/** Twinfield XML messages written from values: every text escaped, no white space between elements, as Twinfield asks. */
import { xmlEscape } from '../../shared/soap/xmlText';

/** One element: a text, or child elements (already written); `undefined` children are left out. */
export function xmlElement(name: string, content: string | Array<string | undefined>, attributes: Record<string, string> = {}): string {
	const attrs = Object.entries(attributes)
		.map(([key, value]) => ` ${key}="${xmlEscape(value)}"`)
		.join('');
	const inner = typeof content === 'string' ? xmlEscape(content) : content.filter((part) => part !== undefined).join('');
	return inner === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${inner}</${name}>`;
}

/** An element only when its value is not empty. */
export function optionalElement(name: string, value: string | undefined): string | undefined {
	return value === undefined || value === '' ? undefined : xmlElement(name, value);
}

/** `<read>` of one document of an office. */
export function readMessage(type: string, office: string, code: string, extra: Array<string | undefined> = []): string {
	return xmlElement('read', [xmlElement('type', type), xmlElement('office', office), xmlElement('code', code), ...extra]);
}
