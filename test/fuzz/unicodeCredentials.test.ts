/**
 * Property: any Unicode password either reaches the service exactly as typed,
 * read by the emulator as an XML 1.0 processor reads it, or is refused before
 * anything is sent, with a message that says why.
 */
import fc from 'fast-check';

import { buildEnvelope } from '../../nodes/shared/soap/envelope';
import { parseXml as readAsService } from '../emulator/xml';
import { twinfieldDemo } from '../emulator';
import { runStep, twinfieldCredential, useEmulator } from '../engine/harness';
import { unicodeRuns, unicodeWorkflowRuns } from './counts';

const emulator = useEmulator();

/**
 * XML 1.0's Char production, code point by code point, as the specification
 * writes it: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]. A half of a surrogate pair is a code point of its own
 * here (D800–DFFF), which the production leaves out.
 */
function isXmlChar(codePoint: number): boolean {
	return (
		codePoint === 0x9 ||
		codePoint === 0xa ||
		codePoint === 0xd ||
		(codePoint >= 0x20 && codePoint <= 0xd7ff) ||
		(codePoint >= 0xe000 && codePoint <= 0xfffd) ||
		(codePoint >= 0x10000 && codePoint <= 0x10ffff)
	);
}

/** Whether XML 1.0 can carry the text at all. */
const NOT_XML = { test: (text: string) => [...text].some((char) => !isXmlChar(char.codePointAt(0) ?? 0)) };

const passwords = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 24 }),
	fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 12 }),
	fc.array(fc.constantFrom('a', '\r', '\r\n', '\n', '\t', '\u0085', '\u2028', '\u2029', '&', '<', ']]>', '"', "'", '&amp;', ' ', '😀', '\uD800', '\u0000', '\uFFFE'), { maxLength: 10 }).map((parts) => parts.join('')),
);

describe('Unicode credentials', () => {
	it('reach the service byte-exact through the envelope, or cannot be sent', () => {
		fc.assert(
			fc.property(passwords, fc.constantFrom('1.1', '1.2') as fc.Arbitrary<'1.1' | '1.2'>, (password, version) => {
				let envelope: string;
				try {
					envelope = buildEnvelope({ version, namespace: 'http://www.twinfield.com/', operation: 'Logon', fields: { user: 'u', password, organisation: 'o' } });
				} catch (error) {
					expect(NOT_XML.test(password)).toBe(true);
					expect((error as Error).message).toMatch(/^The value of "password" contains (a control character|half of a character pair)/);
					return;
				}
				expect(NOT_XML.test(password)).toBe(false);
				const body = readAsService(envelope).children.find((child) => child.local === 'Body');
				const logon = body?.children[0];
				expect(logon?.children.find((child) => child.local === 'password')?.text).toBe(password);
			}),
			{ numRuns: unicodeRuns },
		);
	});

	it('reach the emulator exactly as typed through a workflow, or are refused with a clear message', async () => {
		await fc.assert(
			fc.asyncProperty(passwords, async (password) => {
				const before = emulator().requests.length;
				const run = await runStep(
					{ name: 'Twinfield', type: 'twinfield', parameters: { resource: 'session', operation: 'logOn' } },
					'twinfieldApi',
					{ ...twinfieldCredential(emulator(), twinfieldDemo), password },
				);
				const sent = emulator().requests.slice(before).filter((request) => request.operation === 'Logon');
				if (NOT_XML.test(password)) {
					expect(sent).toHaveLength(0);
					// The log-on runs as the credential's preAuthentication, which n8n reports as an API error.
					expect(['NodeOperationError', 'NodeApiError']).toContain(run.error?.name);
					expect(run.error?.message).toMatch(/^The value of "password" contains/);
					return;
				}
				expect(sent).toHaveLength(1);
				expect(sent[0].values?.password).toBe(password);
				// Wrong on purpose, unless the generator found the demo password.
				if (password !== twinfieldDemo.password) expect(run.error?.message).toBe('Twinfield rejected the user name, password or organisation');
			}),
			{ numRuns: unicodeWorkflowRuns },
		);
	}, 600_000);
});
