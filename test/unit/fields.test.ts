import { buildEnvelope } from '../../nodes/shared/soap/envelope';
import { FieldsError, jsonToFields } from '../../nodes/shared/soap/fields';

const TSO = 'http://24sevenOffice.com/webservices';

/** The operation element of the envelope built from these parameters. */
function body(operation: string, json: unknown): string {
	const envelope = buildEnvelope({ version: '1.1', namespace: TSO, operation, fields: jsonToFields(json) });
	return envelope.slice(envelope.indexOf('<soap:Body>') + '<soap:Body>\n'.length, envelope.indexOf('  </soap:Body>'));
}

describe('jsonToFields', () => {
	it('writes GetCompanies as the help page shows: nested search parameters and returnProperties as ArrayOfString', () => {
		const json = { searchParams: { ChangedAfter: '2026-01-01', CompanyName: 'A&B <AS>' }, returnProperties: ['Id', 'Name'] };
		expect(body('GetCompanies', json)).toBe(
			[
				`    <GetCompanies xmlns="${TSO}">`,
				'      <searchParams>',
				'        <ChangedAfter>2026-01-01</ChangedAfter>',
				'        <CompanyName>A&amp;B &lt;AS&gt;</CompanyName>',
				'      </searchParams>',
				'      <returnProperties>',
				'        <string>Id</string>',
				'        <string>Name</string>',
				'      </returnProperties>',
				'    </GetCompanies>',
				'',
			].join('\n'),
		);
	});

	it('repeats an element for each object of a list, as ArrayOfBundle, ArrayOfVoucher and ArrayOfEntry expect', () => {
		const json = {
			BundleList: {
				Bundles: { Bundle: [{ YearId: 2026, Name: 'One' }, { YearId: 2026, Name: 'Two' }] },
				SaveOption: 0,
				AllowDifference: false,
				IgnoreWarnings: ['vatisnotinbalance'],
			},
		};
		const xml = body('SaveBundleList', json);
		expect(xml).toContain(
			[
				'        <Bundles>',
				'          <Bundle>',
				'            <YearId>2026</YearId>',
				'            <Name>One</Name>',
				'          </Bundle>',
				'          <Bundle>',
				'            <YearId>2026</YearId>',
				'            <Name>Two</Name>',
				'          </Bundle>',
				'        </Bundles>',
				'        <SaveOption>0</SaveOption>',
				'        <AllowDifference>false</AllowDifference>',
				'        <IgnoreWarnings>',
				'          <string>vatisnotinbalance</string>',
				'        </IgnoreWarnings>',
			].join('\n'),
		);
	});

	it('gives the entries of a declared list their declared name, for objects and plain values', () => {
		const names = { Bundles: 'Bundle', Vouchers: 'Voucher', LineIds: 'guid' };
		const json = { BundleList: { Bundles: [{ Vouchers: [{ TransactionNo: 1 }] }, { Name: 'B' }], LineIds: ['a'] } };
		expect(jsonToFields(json, names)).toEqual({
			BundleList: { Bundles: { Bundle: [{ Vouchers: { Voucher: [{ TransactionNo: 1 }] } }, { Name: 'B' }] }, LineIds: { guid: ['a'] } },
		});
		expect(body('SaveBundleList', { Bundles: [] })).toContain('<Bundles>');
	});

	it('names entries of number lists int or decimal, and of true/false lists boolean', () => {
		expect(jsonToFields({ CompanyIds: [1, 2] })).toEqual({ CompanyIds: { int: [1, 2] } });
		expect(jsonToFields({ Amounts: [1, 2.5] })).toEqual({ Amounts: { decimal: [1, 2.5] } });
		expect(jsonToFields({ Flags: [true] })).toEqual({ Flags: { boolean: [true] } });
	});

	it('repeats the key itself when it already names the entries', () => {
		expect(body('GetCompanies', { returnProperties: { string: ['Id', 'Name'] } })).toContain(
			'      <returnProperties>\n        <string>Id</string>\n        <string>Name</string>\n      </returnProperties>',
		);
	});

	it('writes null as xsi:nil, which the envelope declares', () => {
		const envelope = buildEnvelope({ version: '1.1', namespace: TSO, operation: 'SaveInvoices', fields: jsonToFields({ IncludeVAT: null }) });
		expect(envelope).toContain('xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"');
		expect(envelope).toContain('<IncludeVAT xsi:nil="true" />');
	});

	it('lets a list of one kind hold nulls: they do not decide its entry name', () => {
		expect(jsonToFields({ ids: [null, 'a'] })).toEqual({ ids: { string: [null, 'a'] } });
		expect(jsonToFields({ ids: [1, null, 2] })).toEqual({ ids: { int: [1, null, 2] } });
		expect(jsonToFields({ ids: [1, null, 2.5] })).toEqual({ ids: { decimal: [1, null, 2.5] } });
		expect(jsonToFields({ ids: [null, true] })).toEqual({ ids: { boolean: [null, true] } });
		expect(jsonToFields({ ids: [null] })).toEqual({ ids: { string: [null] } });
	});

	it('treats empty parameters as none', () => {
		expect(jsonToFields(undefined)).toEqual({});
		expect(jsonToFields('')).toEqual({});
		expect(jsonToFields({})).toEqual({});
		expect(body('GetAccountList', {})).toBe(`    <GetAccountList xmlns="${TSO}" />\n`);
	});

	it('refuses what cannot become an ASMX request, naming where it is', () => {
		const fails = (json: unknown) => {
			try {
				jsonToFields(json);
			} catch (error) {
				expect(error).toBeInstanceOf(FieldsError);
				return (error as Error).message;
			}
			throw new Error('expected an error');
		};
		expect(fails(['Id'])).toBe('The parameters must be a JSON object, such as {"searchParams": {…}}');
		expect(fails('text')).toBe('The parameters must be a JSON object, such as {"searchParams": {…}}');
		expect(fails({ f: () => 1 })).toBe('A value of type function cannot be sent (at f)');
		expect(fails({ 'bad name': 1 })).toBe('"bad name" is not a valid parameter name (at bad name)');
		expect(fails({ a: { 'x:y': 1 } })).toMatch(/at a\.x:y/);
		expect(fails({ a: { '1st': 1 } })).toMatch(/not a valid parameter name/);
		expect(fails({ list: [[1]] })).toMatch(/list inside a list .*at list/);
		expect(fails({ list: [{ a: 1 }, 'b'] })).toMatch(/mixes objects and plain values/);
		expect(fails({ list: ['a', 1] })).toMatch(/mixes text, numbers/);
		expect(fails({ n: Number.NaN })).toMatch(/finite \(at n\)/);
		expect(fails({ Bundle: [{ Entry: [{ Amount: Infinity }] }] })).toMatch(/at Bundle\[0\]\.Entry\[0\]\.Amount/);
	});
});
