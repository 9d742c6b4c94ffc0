/** Twinfield dimension documents without a network: building and changing them, reading them as records, and the fair-use waits. */
import { XMLParser } from 'fast-xml-parser';
import type { INode } from 'n8n-workflow';

import { rateLimitError } from '../../nodes/shared/soap/errors';
import { parseXml } from '../../nodes/shared/soap/xml';
import { articleRecord } from '../../nodes/Twinfield/helpers/articleRecord';
import { ledgerRecord, relationRecord, statusOf } from '../../nodes/Twinfield/helpers/dimensionRecord';
import { isoInstant } from '../../nodes/Twinfield/helpers/twinfieldValues';
import { applyRelationChanges, newRelationDocument, SERVER_ELEMENTS } from '../../nodes/Twinfield/helpers/relationDocument';
import { fromAnswer, renderXml } from '../../nodes/Twinfield/helpers/xmlDocument';
import { withFairUseRetries } from '../../nodes/Twinfield/transport/fairUse';

/** fast-xml-parser, the independent reading: attributes under @_, every value as text. */
const reference = new XMLParser({ ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false, trimValues: false });

const READ_ANSWER =
	'<dimension status="active" result="1"><office name="Demo company 1" shortname="Demo 1">001</office><type name="Debtors" shortname="Debtors">DEB</type>' +
	'<code>1000</code><uid>abc</uid><name>Acme &amp; Zn</name><shortname/><inuse>true</inuse><behaviour>normal</behaviour><modified>20260112101500</modified><touched>3</touched>' +
	'<website>https://acme.example</website><vatnumber>NL001234567B01</vatnumber>' +
	'<financials><duedays>14</duedays><level>2</level><substitutewith dimensiontype="BAS">1300</substitutewith><vatcode name="" shortname="" type=""/><childvalidations><childvalidation type="group" level="1">NL*</childvalidation></childvalidations></financials>' +
	'<addresses><address id="1" type="invoice" default="true"><name>Acme</name><country name="Nederland" shortname="NL">NL</country><field2>Damrak 1</field2><email>a@acme.example</email></address></addresses>' +
	'<banks><bank id="1" default="true"><iban>NL91ABNA0417164300</iban></bank></banks></dimension>';

describe('A read answer sent back', () => {
	it("leaves out Twinfield's own values and its decorations, keeps the data", () => {
		const xml = renderXml(fromAnswer(parseXml(READ_ANSWER), SERVER_ELEMENTS));
		expect(reference.parse(xml)).toEqual({
			dimension: {
				'@_status': 'active',
				office: '001',
				type: 'DEB',
				code: '1000',
				name: 'Acme & Zn',
				shortname: '',
				website: 'https://acme.example',
				vatnumber: 'NL001234567B01',
				// A reference's decorations go; a type that is data (on childvalidation, address) stays.
				financials: { duedays: '14', level: '2', substitutewith: '1300', vatcode: '', childvalidations: { childvalidation: { '@_type': 'group', '@_level': '1', '#text': 'NL*' } } },
				addresses: { address: { '@_id': '1', '@_type': 'invoice', '@_default': 'true', name: 'Acme', country: 'NL', field2: 'Damrak 1', email: 'a@acme.example' } },
				banks: { bank: { '@_id': '1', '@_default': 'true', iban: 'NL91ABNA0417164300' } },
			},
		});
	});

	it('changes only what is given; lists given replace the old ones', () => {
		const document = fromAnswer(parseXml(READ_ANSWER), SERVER_ELEMENTS);
		applyRelationChanges(document, { dueDays: 30, email: 'new@acme.example', banks: [{ default: true, iban: 'nl02 abna 0123 4567 89' }], otherFields: { creditmanagement: { basecreditlimit: 5000, '@x': 'y' }, paymentconditions: { paymentcondition: [{ discountdays: 8 }, { discountdays: 14 }] } } });
		const parsed = reference.parse(renderXml(document)).dimension;
		expect(parsed.financials.duedays).toBe('30');
		expect(parsed.website).toBe('https://acme.example');
		expect(parsed.addresses.address.email).toBe('new@acme.example');
		expect(parsed.banks).toEqual({ bank: { '@_default': 'true', iban: 'NL02ABNA0123456789' } });
		expect(parsed.creditmanagement).toEqual({ '@_x': 'y', basecreditlimit: '5000' });
		expect(parsed.paymentconditions).toEqual({ paymentcondition: [{ discountdays: '8' }, { discountdays: '14' }] });
	});

	it('puts a new e-mail on a new invoice address, named after the relation, even when there is no name', () => {
		const unnamed = newRelationDocument('001', 'DEB', '1200', { email: 'a@b.nl' });
		expect(reference.parse(renderXml(unnamed)).dimension.addresses).toEqual({ address: { '@_type': 'invoice', '@_default': 'true', name: '', email: 'a@b.nl' } });
	});

	it('refuses keys Twinfield fills in or that are no element names', () => {
		const document = newRelationDocument('001', 'DEB', '1200', { name: 'X' });
		expect(() => applyRelationChanges(document, { otherFields: { modified: '1' } })).toThrow('Other Twinfield Fields: "modified" is filled in by Twinfield and may not be sent.');
		expect(() => applyRelationChanges(document, { otherFields: { code: '1' } })).toThrow('"code" is set by the node\'s own fields');
		expect(() => applyRelationChanges(document, { otherFields: { 'a b': '1' } })).toThrow('"a b" is not an XML element name');
	});
	it('writes every address and bank field under its Twinfield name, trimmed, leaving out empty ones', () => {
		const document = newRelationDocument('001', 'CRD', '2000', {
			addresses: [
				{ type: 'postal', default: true, name: ' Smit ', attention: 'Attn', street: 'Damrak 1', addressLine2: 'Floor 2', postcode: '1012', city: 'Amsterdam', country: 'nl', telephone: '020', email: 'a@b.nl', contact: 'Jan' },
				{ name: 'Second', city: ' ' },
			],
			banks: [
				{ default: true, iban: 'nl91 abna 0417 1643 00', accountHolder: ' Smit BV ', accountNumber: '417164300', bic: 'ABNANL2A', bankName: 'ABN AMRO', city: 'Amsterdam', country: 'nl' },
				{ iban: '  ', bankName: 'Other bank' },
			],
		});
		expect(reference.parse(renderXml(document)).dimension).toEqual({
			'@_status': 'active',
			office: '001',
			type: 'CRD',
			code: '2000',
			addresses: {
				address: [
					{ '@_type': 'postal', '@_default': 'true', name: 'Smit', country: 'NL', city: 'Amsterdam', postcode: '1012', telephone: '020', email: 'a@b.nl', contact: 'Jan', field1: 'Attn', field2: 'Damrak 1', field3: 'Floor 2' },
					{ '@_type': 'invoice', '@_default': 'false', name: 'Second' },
				],
			},
			banks: {
				bank: [
					{ '@_default': 'true', ascription: 'Smit BV', accountnumber: '417164300', bankname: 'ABN AMRO', biccode: 'ABNANL2A', city: 'Amsterdam', country: 'NL', iban: 'NL91ABNA0417164300' },
					{ '@_default': 'false', bankname: 'Other bank' },
				],
			},
		});
	});

	it('writes lists of plain values in Other Twinfield Fields as repeated elements, null as empty', () => {
		const document = newRelationDocument('001', 'DEB', '1200', { otherFields: { remittanceadvice: { sendmail: [null, 'a@b.nl', 3] }, '@status': null, website: null } });
		expect(renderXml(document)).toBe(
			'<dimension status=""><office>001</office><type>DEB</type><code>1200</code><remittanceadvice><sendmail/><sendmail>a@b.nl</sendmail><sendmail>3</sendmail></remittanceadvice><website/></dimension>',
		);
	});
});

describe('A new customer document', () => {
	it('holds the fields in the documented order, escaped, with an invoice address for the e-mail', () => {
		const xml = renderXml(newRelationDocument('001', 'DEB', '1200', { name: 'Smit & Zonen <BV>', dueDays: 30, vatNumber: 'NL1', email: 'a@b.nl' }));
		expect(xml).toBe(
			'<dimension status="active"><office>001</office><type>DEB</type><code>1200</code><name>Smit &amp; Zonen &lt;BV&gt;</name><vatnumber>NL1</vatnumber>' +
				'<financials><duedays>30</duedays></financials><addresses><address type="invoice" default="true"><name>Smit &amp; Zonen &lt;BV&gt;</name><email>a@b.nl</email></address></addresses></dimension>',
		);
	});
});

describe('A dimension as a record', () => {
	it('types numbers, booleans and dates', () => {
		const record = relationRecord(parseXml(READ_ANSWER));
		expect(record).toMatchObject({ code: '1000', inUse: true, dueDays: 14, level: 2, modifiedAt: '2026-01-12T10:15:00.000Z', controlAccount: '1300', email: 'a@acme.example' });
		expect(record.addresses).toEqual([
			{ id: 1, type: 'invoice', default: true, name: 'Acme', contact: '', attention: '', street: 'Damrak 1', addressLine2: '', postcode: '', city: '', country: 'NL', telephone: '', email: 'a@acme.example' },
		]);
	});

	it("takes the e-mail from the default invoice address, else the default one, else the first", () => {
		const relation = (addresses: string) => relationRecord(parseXml(`<dimension><code>1</code><addresses>${addresses}</addresses></dimension>`));
		const postalDefault = '<address id="1" type="postal" default="true"><email>postal@x.test</email></address>';
		const invoiceDefault = '<address id="2" type="invoice" default="true"><email>invoice@x.test</email></address>';
		const invoice = '<address id="3" type="invoice" default="false"><email>other@x.test</email></address>';
		expect(relation(postalDefault + invoiceDefault).email).toBe('invoice@x.test');
		expect(relation(invoice + postalDefault).email).toBe('postal@x.test');
		expect(relation(invoice).email).toBe('other@x.test');
		expect(relation('').email).toBe('');
	});

	it('reads every address field under its name in the node', () => {
		const record = relationRecord(
			parseXml(
				'<dimension><addresses><address id="7" type="postal" default="false"><name>Smit</name><contact>Jan</contact><field1>Attn</field1><field2>Damrak 1</field2><field3>Floor 2</field3><postcode>1012</postcode><city>Amsterdam</city><country>NL</country><telephone>020</telephone><email>a@b.nl</email></address><address/></addresses></dimension>',
			),
		);
		expect(record.addresses).toEqual([
			{ id: 7, type: 'postal', default: false, name: 'Smit', contact: 'Jan', attention: 'Attn', street: 'Damrak 1', addressLine2: 'Floor 2', postcode: '1012', city: 'Amsterdam', country: 'NL', telephone: '020', email: 'a@b.nl' },
			{ id: null, type: '', default: false, name: '', contact: '', attention: '', street: '', addressLine2: '', postcode: '', city: '', country: '', telephone: '', email: '' },
		]);
	});

	it('reads every bank field, and the defaults of a bare document', () => {
		const record = relationRecord(
			parseXml(
				'<dimension status="hide"><code>2</code><inuse>TRUE</inuse><financials><duedays>x</duedays><level>-1</level></financials><banks><bank id="4" default="true"><ascription>Smit BV</ascription><iban>NL91ABNA0417164300</iban><accountnumber>417164300</accountnumber><biccode>ABNANL2A</biccode><bankname>ABN AMRO</bankname><city>Amsterdam</city><country>NL</country></bank><bank/></banks></dimension>',
			),
		);
		expect(record).toMatchObject({ status: 'hidden', inUse: true, dueDays: null, level: -1, office: '', modifiedAt: null, chamberOfCommerceNumber: '' });
		expect(record.bankAccounts).toEqual([
			{ id: 4, default: true, accountHolder: 'Smit BV', iban: 'NL91ABNA0417164300', accountNumber: '417164300', bic: 'ABNANL2A', bankName: 'ABN AMRO', city: 'Amsterdam', country: 'NL' },
			{ id: null, default: false, accountHolder: '', iban: '', accountNumber: '', bic: '', bankName: '', city: '', country: '' },
		]);
		expect(ledgerRecord(parseXml('<dimension><code>8000</code></dimension>'))).toEqual({ office: '', type: '', code: '8000', name: '', shortName: '', status: 'active', inUse: false, uid: '', modifiedAt: null, level: null });
		expect([statusOf('hide'), statusOf('deleted'), statusOf(''), statusOf(undefined)]).toEqual(['hidden', 'deleted', 'active', 'active']);
	});

	it('reads an article with its sub-articles and prices', () => {
		const article = articleRecord(
			parseXml(
				'<article><header status="active"><office>001</office><code>CONSULT</code><name>Consultancy</name><shortname>Cons</shortname><type>normal</type><unitnamesingular>hour</unitnamesingular><unitnameplural>hours</unitnameplural><vatcode>VH</vatcode><allowchangevatcode>true</allowchangevatcode><performancetype>services</performancetype><allowdiscountorpremium>false</allowdiscountorpremium><allowchangeunitsprice>1</allowchangeunitsprice><allowdecimalquantity>0</allowdecimalquantity></header>' +
					'<lines><line id="1" status="active"><subcode>SENIOR</subcode><name>Senior</name><shortname>Sr</shortname><unitspriceexcl>120.00</unitspriceexcl><unitspriceinc>145.20</unitspriceinc><units>1</units><freetext1>8020</freetext1></line><line/></lines></article>',
			),
		);
		expect(article).toEqual({
			office: '001',
			code: 'CONSULT',
			name: 'Consultancy',
			shortName: 'Cons',
			type: 'normal',
			status: 'active',
			unitNameSingular: 'hour',
			unitNamePlural: 'hours',
			vatCode: 'VH',
			allowChangeVatCode: true,
			performanceType: 'services',
			allowDiscountOrPremium: false,
			allowChangeUnitsPrice: true,
			allowDecimalQuantity: false,
			subArticles: [
				{ subCode: 'SENIOR', name: 'Senior', shortName: 'Sr', unitsPriceExcl: 120, unitsPriceInc: 145.2, units: 1, generalLedgerAccount: '8020', status: 'active' },
				{ subCode: '', name: '', shortName: '', unitsPriceExcl: null, unitsPriceInc: null, units: null, generalLedgerAccount: '', status: null },
			],
		});
		expect(articleRecord(parseXml('<article/>'))).toMatchObject({ code: '', status: null, allowChangeVatCode: null, subArticles: [] });
	});

	it.each([
		['20260112101500', '2026-01-12T10:15:00.000Z'],
		['20260112', '2026-01-12T00:00:00.000Z'],
		['20260230000000', null],
		['', null],
		['2026-01-12', null],
	])('reads the stamp %j as %j', (stamp, iso) => {
		expect(isoInstant(stamp)).toBe(iso);
	});
});

describe('Fair-use waits', () => {
	const node = { name: 'Twinfield', type: 'twinfield', typeVersion: 1, position: [0, 0], parameters: {}, id: 'n' } as INode;
	const limited = (retryAfter?: string) => rateLimitError({ node, itemIndex: 0, service: 'Twinfield', operation: 'ProcessXmlString' }, retryAfter);

	async function waitsFor(answers: Array<Error | string>): Promise<{ waits: number[]; result: unknown }> {
		const waits: number[] = [];
		let call = 0;
		const send = async () => {
			const answer = answers[Math.min(call++, answers.length - 1)];
			if (answer instanceof Error) throw answer;
			return answer;
		};
		const result = await withFairUseRetries(send, async (ms) => {
			waits.push(ms);
		}).catch((error: Error) => error);
		return { waits, result };
	}

	it('waits as told, doubling, and succeeds when Twinfield lets the request through', async () => {
		expect(await waitsFor([limited('7'), limited('7'), 'ok'])).toEqual({ waits: [7000, 14000], result: 'ok' });
	});

	it('waits 5 seconds when no Retry-After came, and at most a minute a time', async () => {
		expect((await waitsFor([limited(), limited(), 'ok'])).waits).toEqual([5000, 10000]);
		expect((await waitsFor([limited('45'), limited('45'), 'ok'])).waits).toEqual([45000, 60000]);
	});

	it('gives up after two more tries, saying what it tried', async () => {
		const { waits, result } = await waitsFor([limited('1')]);
		expect(waits).toEqual([1000, 2000]);
		expect((result as { description?: string }).description).toMatch(/^The node waited 3 seconds in all and sent the request 2 more times;.* Wait 1 second before/);
	});

	it('does not wait for more than a minute, nor after other errors', async () => {
		expect((await waitsFor([limited('61'), 'ok'])).waits).toEqual([]);
		const other = new Error('boom');
		expect(await waitsFor([other, 'ok'])).toEqual({ waits: [], result: other });
	});
});
