/** Pairing Twinfield's answer to a batch save with the documents sent, without a network. */
import type { INode } from 'n8n-workflow';

import type { OperationRun } from '../../nodes/shared/n8n/operation';
import type { SoapResult } from '../../nodes/shared/soap/call';
import { NO_SECRETS, SecretMask } from '../../nodes/shared/soap/serverText';
import { parseXml } from '../../nodes/shared/soap/xml';
import { outcomesOfAnswer, type SavedDocument } from '../../nodes/Twinfield/transport/saveBatch';

const node = { name: 'Twinfield', type: 'twinfield', typeVersion: 1, position: [0, 0], parameters: {}, id: 'n' } as INode;
const run = { context: { helpers: {} }, node } as unknown as OperationRun;
const sent = (mask = NO_SECRETS) => ({ mask }) as SoapResult;

type Failure = Error & { description?: string; context?: { itemIndex?: number } };

describe('A batch save answer', () => {
	it('gives each document its own outcome, in the order sent, with warnings kept', () => {
		const root = parseXml(
			'<dimensions result="0"><dimension result="1"><code>1</code></dimension>' +
				'<dimension result="0"><code>2</code><name msgtype="error" msg="Name is mandatory.//Name is too short." result="0"/></dimension>' +
				'<dimension result="1"><code>3</code><website msgtype="warning" msg="Website unreachable."/></dimension></dimensions>',
		);
		const [first, second, third] = outcomesOfAnswer(run, root, 'dimensions', [4, 7, 9], sent(), { noun: (document) => `thing ${document.children[0].text}`, fieldLabel: (path) => (path === 'name' ? 'Name' : undefined) });
		expect((first as SavedDocument).element.children[0].text).toBe('1');
		expect((first as SavedDocument).warnings).toEqual([]);
		const failure = second as Failure;
		expect(failure.message).toBe('Twinfield refused the thing 2: Name is mandatory. (Name)');
		expect(failure.description).toBe('Name: Name is mandatory. Name: Name is too short. Correct the item and run it again. The other items were sent on their own merits and are not affected.');
		expect(failure.context?.itemIndex).toBe(7);
		expect((third as SavedDocument).warnings).toEqual([{ type: 'warning', element: 'dimension/website', message: 'Website unreachable.' }]);
	});

	it('takes one document answered without its plural parent', () => {
		const [only] = outcomesOfAnswer(run, parseXml('<dimension result="1"><code>5</code></dimension>'), 'dimensions', [0], sent());
		expect((only as SavedDocument).element.name).toBe('dimension');
	});

	it('pairs a bare document only with a request of one, and only when it holds data', () => {
		const bare = parseXml('<dimension result="1"><code>5</code></dimension>');
		expect(outcomesOfAnswer(run, bare, 'dimensions', [0, 1], sent()).map((outcome) => (outcome as Error).message)).toEqual([
			'Twinfield answered <dimension> with 1 documents for the 2 sent',
			'Twinfield answered <dimension> with 1 documents for the 2 sent',
		]);
		const [refused] = outcomesOfAnswer(run, parseXml('<dimension result="0" msgtype="error" msg="Not allowed"/>'), 'dimensions', [0], sent());
		expect([(refused as Failure).message, (refused as Failure).description]).toEqual(['Twinfield refused the whole request: Not allowed', 'dimension: Not allowed. Nothing of it was saved.']);
		expect((refused as Failure & { errorResponse: unknown }).errorResponse).toMatchObject({ messages: [{ type: 'error', element: 'dimension', message: 'Not allowed' }] });
	});

	it('reads a document without a result by its messages: an error fails it, a warning does not', () => {
		const root = parseXml('<dimensions><dimension><code>1</code><name msgtype="error" msg="Name is mandatory"/></dimension><dimension><code>2</code><name msgtype="warning" msg="Short"/></dimension></dimensions>');
		const [failed, saved] = outcomesOfAnswer(run, root, 'dimensions', [0, 1], sent());
		expect((failed as Failure).message).toBe('Twinfield refused the dimension: Name is mandatory (name)');
		expect((failed as Failure).description).toBe('name: Name is mandatory. Correct the item and run it again. The other items were sent on their own merits and are not affected.');
		expect((saved as SavedDocument).warnings).toEqual([{ type: 'warning', element: 'dimension/name', message: 'Short' }]);
	});

	it('keeps only warnings and information with a saved document', () => {
		const root = parseXml('<dimensions><dimension result="1"><code>1</code><name msgtype="error" msg="Odd."/><website msgtype="info" msg="Noted."/></dimension></dimensions>');
		const [saved] = outcomesOfAnswer(run, root, 'dimensions', [0], sent());
		expect((saved as SavedDocument).warnings).toEqual([{ type: 'info', element: 'dimension/website', message: 'Noted.' }]);
	});

	it('explains a refusal that carries only a warning, or nothing at all', () => {
		const root = parseXml('<dimensions><dimension result="0"><name msgtype="warning" msg="Looks like a duplicate."/></dimension><dimension result="0" msgtype="info" msg="Note"/><dimension result="0"/></dimensions>');
		const [warned, noted, silent] = outcomesOfAnswer(run, root, 'dimensions', [0, 1, 2], sent()) as Failure[];
		expect([warned.message, warned.description]).toEqual([
			'Twinfield did not save the dimension because of a warning: Looks like a duplicate. (name)',
			'warning: name: Looks like a duplicate. The other items were sent on their own merits and are not affected.',
		]);
		expect([noted.message, noted.description]).toEqual([
			'Twinfield did not save the dimension because of a warning: Note (the document as a whole)',
			'info: the document as a whole: Note. The other items were sent on their own merits and are not affected.',
		]);
		expect([silent.message, silent.description]).toEqual(['Twinfield refused the dimension without saying why', 'The answer had result="0" and no message. The other items were sent on their own merits and are not affected.']);
	});

	it('fails every document when the answer cannot be paired, saying some may be saved', () => {
		const outcomes = outcomesOfAnswer(run, parseXml('<dimensions result="1"><dimension result="1"/></dimensions>'), 'dimensions', [0, 1], sent());
		expect(outcomes.map((outcome) => (outcome as Error).message)).toEqual([
			'Twinfield answered <dimensions> with 1 documents for the 2 sent',
			'Twinfield answered <dimensions> with 1 documents for the 2 sent',
		]);
		expect((outcomes[1] as Failure).description).toContain('Check in Twinfield before running the items again');
	});

	it('fails every document with the reason when Twinfield refused the whole request', () => {
		const root = parseXml('<dimensions result="0" msgtype="error" msg="Only &lt;dimension&gt; elements may be sent."><x/></dimensions>');
		const outcomes = outcomesOfAnswer(run, root, 'dimensions', [0, 1], sent());
		expect((outcomes[0] as Error).message).toBe('Twinfield refused the whole request: Only <dimension> elements may be sent.');
	});

	it('masks what the call sent as secret in the messages it quotes', () => {
		const root = parseXml('<dimensions><dimension result="0"><name msgtype="error" msg="Session s3cr3t-id is not yours." result="0"/></dimension></dimensions>');
		const [outcome] = outcomesOfAnswer(run, root, 'dimensions', [0], sent(new SecretMask(['s3cr3t-id'])));
		expect((outcome as Error).message).not.toContain('s3cr3t-id');
	});
});
