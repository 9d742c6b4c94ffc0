/** 24SevenOffice records in and out: "not set" values, UTC dates, plain decimals, IDs and the More Fields JSON. */
import type { INode } from 'n8n-workflow';

import { recordOutput } from '../../nodes/TwentyFourSevenOffice/helpers/recordOutput';
import { given, plainDecimal, recordId, utcDateTime, withMoreFields } from '../../nodes/TwentyFourSevenOffice/helpers/recordInput';
import { RESOURCE_READ_SCHEMA } from '../../nodes/TwentyFourSevenOffice/helpers/resourceSchema';
import { parseXml } from '../../nodes/shared/soap/xml';
import { refusalOf } from './refusal';

const node: INode = { id: '1', name: '24SevenOffice', type: 'twentyFourSevenOffice', typeVersion: 1, position: [0, 0], parameters: {} };

describe('recordOutput', () => {
	it('types values, turns the "not set" defaults into null, marks dates as UTC and keeps only the named properties in their order', () => {
		const product = parseXml(
			'<Product><CashPriceIncTax>-1.7976931348623157E+308</CashPriceIncTax><Id>7</Id><Name>Telt</Name><TaxRate>25.00</TaxRate>' +
				'<Stock>-79228162514264337593543950335</Stock><StatusId>-2147483648</StatusId><Price>3999.50</Price><DateChanged>2026-05-01T08:30:00</DateChanged>' +
				'<Web>true</Web><APIException><Type/><Message/></APIException></Product>',
		);
		const output = recordOutput(product, ['Id', 'Name', 'Price', 'TaxRate', 'Stock', 'StatusId', 'Web', 'DateChanged', 'EAN1'], RESOURCE_READ_SCHEMA);
		expect(output).toEqual({ Id: 7, Name: 'Telt', Price: 3999.5, TaxRate: 25, Stock: null, StatusId: null, Web: true, DateChanged: '2026-05-01T08:30:00Z' });
		expect(Object.keys(output)).toEqual(['Id', 'Name', 'Price', 'TaxRate', 'Stock', 'StatusId', 'Web', 'DateChanged']);
	});

	it("keeps a text that reads like .NET's smallest number: only numbers are sentinels", () => {
		const product = parseXml('<Product><Name>-3000000000</Name><StatusId>-3000000000</StatusId></Product>');
		expect(recordOutput(product, ['Name', 'StatusId'], RESOURCE_READ_SCHEMA)).toEqual({ Name: '-3000000000', StatusId: null });
	});

	it('marks only date properties as UTC: a text that looks like a date-time stays as it came', () => {
		const product = parseXml('<Product><Name>2026-05-01T08:30:00</Name><DateChanged>2026-05-01T08:30:00.5</DateChanged></Product>');
		expect(recordOutput(product, ['Name', 'DateChanged'], RESOURCE_READ_SCHEMA)).toEqual({ Name: '2026-05-01T08:30:00', DateChanged: '2026-05-01T08:30:00.5Z' });
	});

	it('leaves a date that already has a zone, and an unset date, as the reader gives them', () => {
		const company = parseXml('<Company><DateCreated>0001-01-01T00:00:00</DateCreated><DateChanged>2026-05-01T08:30:00+02:00</DateChanged></Company>');
		expect(recordOutput(company, ['DateCreated', 'DateChanged'], RESOURCE_READ_SCHEMA)).toEqual({ DateCreated: null, DateChanged: '2026-05-01T08:30:00+02:00' });
	});
});

describe('values for the services', () => {
	it('writes date-times in UTC without a zone; a plain date is midnight UTC', () => {
		expect(utcDateTime(node, 0, '2026-02-14T14:00:00+01:00', 'Changed After')).toBe('2026-02-14T13:00:00');
		expect(utcDateTime(node, 0, '2026-02-14', 'Changed After')).toBe('2026-02-14T00:00:00');
		expect(utcDateTime(node, 0, '2026-02-14T13:00:00.000Z', 'Changed After')).toBe('2026-02-14T13:00:00');
		expect(() => utcDateTime(node, 3, 'soon', 'Changed After')).toThrow('Changed After is not a date');
	});

	it('writes decimals in plain notation with up to four decimals, never with an exponent', () => {
		expect(plainDecimal(node, 0, 1250.5, 'Price')).toBe('1250.5');
		expect(plainDecimal(node, 0, 100, 'Price')).toBe('100');
		expect(plainDecimal(node, 0, 1e-7, 'Price')).toBe('0');
		expect(plainDecimal(node, 0, '0.0001', 'Price')).toBe('0.0001');
		expect(plainDecimal(node, 0, -42.125, 'Price')).toBe('-42.125');
		expect(plainDecimal(node, 0, 123456789012.5, 'Price')).toBe('123456789012.5');
		expect(() => plainDecimal(node, 0, 1e21, 'Price')).toThrow('Price is too large');
		expect(() => plainDecimal(node, 0, '', 'Price')).toThrow('Price is not a number');
		expect(() => plainDecimal(node, 0, 'ten', 'Price')).toThrow('Price is not a number');
	});

	it('takes whole positive IDs only', () => {
		expect(recordId(node, 0, ' 10023 ', 'customer')).toBe(10023);
		expect(() => recordId(node, 0, '0', 'customer')).toThrow('"0" is not a customer ID');
		expect(() => recordId(node, 0, '12.5', 'customer')).toThrow('"12.5" is not a customer ID');
		expect(() => recordId(node, 0, '', 'customer')).toThrow('No customer was chosen');
	});

	it('leaves out what is empty, and adds More Fields only where the node sets nothing', () => {
		expect(given({ A: '', B: ' x ', C: undefined, D: {}, E: 0, F: false })).toEqual({ B: 'x', E: 0, F: false });
		expect(withMoreFields(node, 0, { Name: 'A' }, '{"Note": "VIP", "Relations": [{"ContactId": 1}]}')).toEqual({ Name: 'A', Note: 'VIP', Relations: { Relation: [{ ContactId: 1 }] } });
		expect(withMoreFields(node, 0, { Name: 'A' }, '')).toEqual({ Name: 'A' });
		expect(() => withMoreFields(node, 0, { Name: 'A' }, '{"Name": "B"}')).toThrow("More Fields sets Name, which the node's own fields already set");
		expect(() => withMoreFields(node, 0, {}, '[1]')).toThrow(/^More Fields cannot be sent/);
	});
});

describe('what a refused value tells the user', () => {
	it.each([
		[() => utcDateTime(node, 4, '', 'Changed After'), 'Changed After is not a date', "Give a date and time such as 2026-01-31T00:00:00Z, or a date such as 2026-01-31. A time without a zone is read in n8n's time zone."],
		[() => utcDateTime(node, 4, null, 'Due'), 'Due is not a date', "Give a date and time such as 2026-01-31T00:00:00Z, or a date such as 2026-01-31. A time without a zone is read in n8n's time zone."],
		[() => plainDecimal(node, 4, undefined, 'Price'), 'Price is not a number', 'Give Price as a number such as 1250.50.'],
		[() => plainDecimal(node, 4, Number.NaN, 'Price'), 'Price is not a number', 'Give Price as a number such as 1250.50.'],
		[() => plainDecimal(node, 4, '-2e15', 'Price'), 'Price is too large', 'Give Price below 1,000,000,000,000,000.'],
		[() => recordId(node, 4, 'abc', 'product'), '"abc" is not a product ID', 'Choose the product from the list, or give its ID: a whole number such as 10023.'],
		[() => recordId(node, 4, undefined, 'product'), 'No product was chosen', 'Choose the product from the list, or give its ID: a whole number such as 10023.'],
		[() => withMoreFields(node, 4, {}, '{"a":'), 'More Fields is not valid JSON', expect.stringMatching(/\. Write it as a JSON object, for example \{"Note": "VIP", "PaymentTime": 14\}\.$/)],
		[() => withMoreFields(node, 4, {}, '"x"'), 'More Fields cannot be sent: The parameters must be a JSON object, such as {"searchParams": {…}}', 'Write a JSON object whose keys are property names from 24SevenOffice\'s documentation, for example {"Note": "VIP"}.'],
		[() => withMoreFields(node, 4, { A: 1, B: 2 }, { B: 3, A: 4 }), "More Fields sets B, A, which the node's own fields already set", 'Set each property in one place only: remove it from More Fields or clear the node field.'],
	])('%#: %s', (run, message, description) => {
		expect(refusalOf(run)).toEqual([message, description, 4]);
	});

	it('a number given as text is read the same as a number', () => {
		expect(plainDecimal(node, 0, ' 12.5 ', 'Price')).toBe('12.5');
		expect(() => plainDecimal(node, 0, '   ', 'Price')).toThrow('Price is not a number');
		expect(withMoreFields(node, 0, { A: 1 }, null)).toEqual({ A: 1 });
		expect(withMoreFields(node, 0, { A: 1 }, { B: 2 })).toEqual({ A: 1, B: 2 });
	});
});
