/** Reading Twinfield's ProcessXml answers and Finder responses, without a network. */
import { readSearchResponse } from '../../nodes/Twinfield/helpers/finder';
import type { INode } from 'n8n-workflow';

import { documentRefusal } from '../../nodes/Twinfield/helpers/documentRefusal';
import { answerFailed, answerItems, answerMessages } from '../../nodes/Twinfield/helpers/processXmlAnswer';
import { parseXml } from '../../nodes/shared/soap/xml';

describe('ProcessXml answers', () => {
	it('splits messages joined with // and names the element, with indices only where names repeat', () => {
		const root = parseXml(
			'<transactions><transaction result="1"/><transaction result="0"><lines><line><dim1 msgtype="error" msg="A.// //B. //"/></line><line/></lines><header msgtype="warning" msg="C"/></transaction></transactions>',
		);
		expect(answerMessages(root)).toEqual([
			{ type: 'error', element: 'transactions/transaction[2]/lines/line[1]/dim1', message: 'A.' },
			{ type: 'error', element: 'transactions/transaction[2]/lines/line[1]/dim1', message: 'B.' },
			{ type: 'warning', element: 'transactions/transaction[2]/header', message: 'C' },
		]);
		// No result on the root: an item that failed makes the answer fail.
		expect(answerFailed(root)).toBe(true);
		expect(answerFailed(parseXml('<transactions><transaction result="1"/></transactions>'))).toBe(false);
	});

	it('reads an empty list as no items and a not-found read as one failed answer', () => {
		expect(answerItems(parseXml('<dimensions office="001" type="DEB" result="1"/>'))).toEqual([]);
		const missing = parseXml('<salesinvoice msgtype="error" msg="Factuur 9 bestaat niet." result="0"/>');
		expect(answerFailed(missing)).toBe(true);
		expect(answerMessages(missing)).toEqual([{ type: 'error', element: 'salesinvoice', message: 'Factuur 9 bestaat niet.' }]);
	});

	it('reads a flat list as one item per element, and anything with nested data as one object', () => {
		expect(answerItems(parseXml('<offices result="1" user="U"><office name="Main">001</office><office name="Other">002</office></offices>'))).toEqual([
			{ code: '001', name: 'Main', user: 'U' },
			{ code: '002', name: 'Other', user: 'U' },
		]);
		expect(answerItems(parseXml('<offices><office>001</office><office><name>Other</name></office></offices>'))).toEqual([
			{ offices: { office: ['001', { name: 'Other' }] } },
		]);
		expect(answerItems(parseXml('<lists><office>001</office><user>U</user></lists>'))).toEqual([{ lists: { office: '001', user: 'U' } }]);
	});

	it('keys browse rows by label, falling back to the field, and types amounts', () => {
		const root = parseXml(
			'<browse result="1"><th><td label="Period" type="String">fin.trs.head.yearperiod</td><td label="" type="Value">fin.trs.line.valuesigned</td></th>' +
				'<tr><td field="fin.trs.head.yearperiod" type="String">2026/01</td><td field="fin.trs.line.valuesigned" type="Value">-12.50</td><key><office>001</office></key></tr></browse>',
		);
		expect(answerItems(root)).toEqual([{ Period: '2026/01', 'fin.trs.line.valuesigned': -12.5, key: { office: '001' } }]);
	});
});

describe('Finder responses', () => {
	const ns = 'xmlns="http://www.twinfield.com/"';

	it('reads rows by column name, and an answer without data as no rows', () => {
		const page = readSearchResponse(
			parseXml(`<SearchResponse ${ns}><SearchResult /><data><TotalRows>7</TotalRows><Columns><string> Code </string><string>Name</string></Columns><Items><ArrayOfString><string>1000</string><string>A &amp; B</string></ArrayOfString></Items></data></SearchResponse>`),
		);
		expect(page).toEqual({ messages: [], total: 7, columns: ['Code', 'Name'], rows: [{ Code: '1000', Name: 'A & B' }] });
		const refused = readSearchResponse(
			parseXml(`<SearchResponse ${ns}><SearchResult><MessageOfErrorCodes><Type>Error</Type><Text>No.</Text><Code>AccessDenied</Code><Parameters><string>x</string></Parameters></MessageOfErrorCodes></SearchResult></SearchResponse>`),
		);
		expect(refused).toEqual({ messages: [{ type: 'Error', text: 'No.', code: 'AccessDenied', parameters: ['x'] }], total: 0, columns: [], rows: [] });
	});

	it('keeps every cell when columns are named twice or not at all', () => {
		const page = readSearchResponse(
			parseXml(
				`<SearchResponse ${ns}><SearchResult /><data><TotalRows>1</TotalRows><Columns><string>Code</string><string>Code</string><string></string><string>Code_2</string></Columns>` +
					'<Items><ArrayOfString><string>a</string><string>b</string><string>c</string><string>d</string></ArrayOfString></Items></data></SearchResponse>',
			),
		);
		expect(page.rows).toEqual([{ Code: 'a', Code_2: 'b', column3: 'c', Code_2_2: 'd' }]);
	});
});

describe('a refused read', () => {
	const node: INode = { id: '1', name: 'Twinfield', type: 'twinfield', typeVersion: 1, position: [0, 0], parameters: {} };
	const scope = { node, itemIndex: 1, service: 'Twinfield', operation: 'ProcessXmlString' };
	const refusal = (messages: Parameters<typeof documentRefusal>[2]) => documentRefusal(scope, 'read of article X in office 001', messages);
	const advice = 'Check the office and the code or number, and run the workflow again.';

	it('shows the errors, not the warnings beside them, each as a sentence', () => {
		const error = refusal([
			{ type: 'warning', element: 'article/header/unitnamesingular', message: 'Unit missing' },
			{ type: 'error', element: 'article/code', message: 'Article X does not exist' },
			{ type: 'error', element: 'article', message: 'Nothing read!' },
		]);
		expect(error.message).toBe('Twinfield refused the read of article X in office 001: Code: Article X does not exist (and 1 more)');
		expect(error.description).toBe(`Code: Article X does not exist. Nothing read! ${advice}`);
		expect((error.errorResponse as { messages: unknown[] }).messages).toHaveLength(3);
	});

	it('shows the warnings when there is no error', () => {
		const error = refusal([{ type: 'warning', element: 'article', message: 'Blocked' }]);
		expect([error.message, error.description]).toEqual(['Twinfield refused the read of article X in office 001: Blocked', `Blocked. ${advice}`]);
	});

	it('says so when Twinfield gave no reason', () => {
		const error = refusal([]);
		expect([error.message, error.description]).toEqual([
			'Twinfield refused the read of article X in office 001 without saying why',
			`The answer had result="0" and no message. ${advice}`,
		]);
	});
});
