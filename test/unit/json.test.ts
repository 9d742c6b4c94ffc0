import { readChildren, readJson, typedValue } from '../../nodes/shared/soap/json';
import { parseXml } from '../../nodes/shared/soap/xml';

const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

describe('readJson', () => {
	it('turns leaves into text and repeated elements into arrays', () => {
		const root = parseXml('<r><a>1</a><b>x</b><b>y</b><b>z</b></r>');
		expect(readJson(root)).toEqual({ a: '1', b: ['x', 'y', 'z'] });
	});

	it('makes a name an array even when it occurs once, where the schema says so', () => {
		const root = parseXml('<r><Identity><Id>7</Id></Identity></r>');
		expect(readJson(root, { arrays: ['Identity'] })).toEqual({ Identity: [{ Id: '7' }] });
		expect(readJson(parseXml('<r/>'), { arrays: ['Identity'] })).toBe('');
	});

	it('reads a list element as the array of its children, empty or not', () => {
		const schema = { lists: ['returnProperties', 'Result'] };
		expect(readJson(parseXml('<r><returnProperties><string>Id</string></returnProperties></r>'), schema)).toEqual({
			returnProperties: ['Id'],
		});
		expect(readJson(parseXml('<r><Result/></r>'), schema)).toEqual({ Result: [] });
		// A single list child stays a list, not an array of lists.
		expect(readJson(parseXml('<r><Result><a>1</a><a>2</a></Result></r>'), schema)).toEqual({ Result: ['1', '2'] });
	});

	it('keeps attributes as keys and the text beside them under _', () => {
		const root = parseXml('<offices result="1"><office name="Main" shortname="M">001</office><office name="Two">002</office></offices>');
		expect(readJson(root)).toEqual({
			result: '1',
			office: [
				{ name: 'Main', shortname: 'M', _: '001' },
				{ name: 'Two', _: '002' },
			],
		});
	});

	it('keeps an attribute whose name a child uses as @name', () => {
		expect(readJson(parseXml('<dimension name="attr"><name>child</name></dimension>'))).toEqual({
			name: 'child',
			'@name': 'attr',
		});
	});

	it('reads xsi:nil as null and leaves namespace declarations out', () => {
		const root = parseXml(`<r ${XSI} xmlns="urn:x"><CompanyId xsi:nil="true"/><Name>A</Name><Other q:nil="1" xmlns:q="http://www.w3.org/2001/XMLSchema-instance"/></r>`);
		expect(readJson(root)).toEqual({ CompanyId: null, Name: 'A', Other: null });
	});

	it('types values where the schema knows the type, and keeps what does not fit', () => {
		const root = parseXml(
			'<Identity><Id>12</Id><IsCurrent>true</IsCurrent><IsDefault>0</IsDefault><Amount>-1.50</Amount><Code>007</Code><When>2026-01-02T03:04:05Z</When><Bad>yes</Bad><Empty/></Identity>',
		);
		const schema = {
			types: { Id: 'number', IsCurrent: 'boolean', IsDefault: 'boolean', Amount: 'number', When: 'date', Bad: 'boolean', Empty: 'number' } as const,
		};
		expect(readJson(root, schema)).toEqual({
			Id: 12,
			IsCurrent: true,
			IsDefault: false,
			Amount: -1.5,
			Code: '007',
			When: '2026-01-02T03:04:05Z',
			Bad: 'yes',
			Empty: null,
		});
	});

	it('types attributes too', () => {
		expect(readJson(parseXml('<browse first="1" total="6" result="1"/>'), { types: { total: 'number', first: 'number' } })).toEqual({
			first: 1,
			total: 6,
			result: '1',
		});
	});

	it('keeps leaf text as sent and ignores whitespace between elements', () => {
		const root = parseXml('<r>\n  <name> ACME &amp; Co </name>\n  <c><![CDATA[<x>]]></c>\n</r>');
		expect(readJson(root)).toEqual({ name: ' ACME & Co ', c: '<x>' });
	});

	it('keeps prototype names as plain data', () => {
		// The parser refuses such names; the reader must be safe on its own all the same.
		const leaf = (name: string, text: string) => ({ namespace: '', name, attributes: {}, children: [], text });
		const root = { namespace: '', name: 'r', attributes: {}, children: [leaf('constructor', '1'), leaf('toString', '2')], text: '' };
		const value = readJson(root) as Record<string, unknown>;
		expect(Object.keys(value)).toEqual(['constructor', 'toString']);
		expect(value.constructor).toBe('1');
		expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
	});

	it('reads each child as its own value', () => {
		const root = parseXml('<list><Company><Id>1</Id></Company><Company><Id>2</Id></Company></list>');
		expect(readChildren(root, { types: { Id: 'number' } })).toEqual([{ Id: 1 }, { Id: 2 }]);
		expect(readChildren(undefined)).toEqual([]);
	});
});

describe('typedValue', () => {
	it('refuses numbers that are not plain decimals', () => {
		expect(typedValue('0x10', 'number')).toBe('0x10');
		expect(typedValue('1e400', 'number')).toBe('1e400');
		expect(typedValue(' 42 ', 'number')).toBe(42);
		expect(typedValue('', 'boolean')).toBeNull();
		expect(typedValue('text', 'string')).toBe('text');
	});
});
