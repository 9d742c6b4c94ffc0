/** 24SevenOffice records in and out: "not set" values, UTC dates, plain decimals, IDs and the More Fields JSON. */
import type { INode } from 'n8n-workflow';

import { recordOutput } from '../../nodes/TwentyFourSevenOffice/helpers/recordOutput';
import { given, plainDecimal, recordId, utcDateTime, withMoreFields } from '../../nodes/TwentyFourSevenOffice/helpers/recordInput';
import { RESOURCE_READ_SCHEMA } from '../../nodes/TwentyFourSevenOffice/helpers/resourceSchema';
import { parseXml } from '../../nodes/shared/soap/xml';

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
