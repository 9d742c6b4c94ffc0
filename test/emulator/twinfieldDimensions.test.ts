/** The emulated dimension store as ProcessXml answers it, read with fast-xml-parser: saves, their refusals and status changes. */
import { XMLParser } from 'fast-xml-parser';

import { dimensionExists, markDimensionInUse, resetTwinfieldDimensions } from './twinfieldDimensions';
import { processXmlMessage } from './twinfieldProcessXml';

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false });
const offices = ['DEMO1', 'DEMO2'];

function send(message: string) {
	const outcome = processXmlMessage(message, offices);
	if (!('answer' in outcome)) throw new Error(outcome.serverError);
	return parser.parse(outcome.answer);
}

const read = (code: string, type = 'DEB') => send(`<read><type>dimensions</type><office>DEMO1</office><dimtype>${type}</dimtype><code>${code}</code></read>`);

beforeEach(() => resetTwinfieldDimensions());

describe('Twinfield dimensions in the emulator', () => {
	it('creates with a bare <dimension>, fills in its own values, and a later save replaces the document', () => {
		const created = send('<dimension status="active"><office>DEMO1</office><type>DEB</type><code>1500</code><name>Nieuw</name><website>https://n.example</website></dimension>').dimension;
		expect(created).toMatchObject({ '@_result': '1', '@_status': 'active', code: '1500', name: 'Nieuw', inuse: 'false', website: 'https://n.example', financials: { level: '2', substitutewith: { '#text': '1300' } } });
		expect(created.modified).toMatch(/^\d{14}$/);
		send('<dimensions><dimension><office>DEMO1</office><type>DEB</type><code>1500</code><name>Anders</name></dimension></dimensions>');
		const again = read('1500').dimension;
		expect(again.name).toBe('Anders');
		expect(again.website).toBeUndefined();
		expect(Number(again.touched)).toBe(2);
		expect(again.uid).toBe(created.uid);
	});

	it('marks each problem on its element, result="0" up to the root', () => {
		const answer = send(
			'<dimensions><dimension><office>DEMO1</office><type>DEB</type><code>1501</code><name/><inuse>true</inuse></dimension>' +
				'<dimension><office>DEMO1</office><type>DEB</type><code>1502</code><name>Goed</name></dimension></dimensions>',
		).dimensions;
		expect(answer['@_result']).toBe('0');
		const [refused, saved] = answer.dimension;
		expect(refused['@_result']).toBe('0');
		expect(refused.name).toMatchObject({ '@_msgtype': 'error', '@_msg': 'Name is mandatory.', '@_result': '0' });
		expect(refused.inuse).toMatchObject({ '@_msg': "The element 'inuse' may not be supplied." });
		expect(saved['@_result']).toBe('1');
		expect(read('1501').dimension.code).toMatchObject({ '@_msg': 'Dimension 1501 does not exist.' });
	});

	it('knows which codes exist, and a dimension used on a transaction can no longer be deleted', () => {
		expect([dimensionExists('DEMO1', '1010', ['DEB']), dimensionExists('DEMO1', '1010', ['CRD']), dimensionExists('DEMO2', '1010')]).toEqual([true, false, false]);
		markDimensionInUse('DEMO1', '1010');
		expect(send('<dimension status="deleted"><office>DEMO1</office><type>DEB</type><code>1010</code><name>X</name></dimension>').dimension['@_result']).toBe('0');
	});

	it('deletes only dimensions without transactions; hides any', () => {
		const refused = send('<dimension status="deleted"><office>DEMO1</office><type>DEB</type><code>1000</code><name>Acme B.V.</name></dimension>').dimension;
		expect(refused['@_msg']).toBe('Dimension 1000 is in use and cannot be deleted. Hide it instead.');
		expect(send('<dimension status="hide"><office>DEMO1</office><type>DEB</type><code>1000</code><name>Acme B.V.</name></dimension>').dimension['@_status']).toBe('hide');
		expect(send('<dimension status="deleted"><office>DEMO1</office><type>DEB</type><code>1011</code><name>Weg</name></dimension>').dimension['@_status']).toBe('deleted');
		expect(read('1011').dimension['@_result']).toBe('0');
		const list = send('<list><type>dimensions</type><office>DEMO1</office><dimtype>DEB</dimtype></list>').dimensions.dimension.map((item: { '#text': string }) => item['#text']);
		expect(list).not.toContain('1000');
		expect(list).not.toContain('1011');
	});
});
